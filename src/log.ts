import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The root logger. No log line carries a full BSN: every run of exactly nine digits in a message
 * or in a logged value (an issue text can quote an element's value) is masked to its last three
 * digits, `******672`, on the serialised line just before it is written. Hashes for audit records are made elsewhere; logs never need the BSN.
 */
const NINE_DIGITS = /(?<!\d)\d{6}(\d{3})(?!\d)/g;

export function maskBsn(text: string): string {
  return text.replace(NINE_DIGITS, '******$1');
}

export interface LogOptions {
  level?: string;
  destination?: DestinationStream;
}

export function createLogger(opts: LogOptions = {}): Logger {
  const destination = opts.destination ?? pino.destination(2);
  // Masked at the last moment, on the serialised line: message, fields and child bindings alike.
  const masked: DestinationStream = { write: (line: string) => destination.write(maskBsn(line)) };
  return pino({ level: opts.level ?? 'info', base: { app: 'iwlz-bridge' } }, masked);
}
