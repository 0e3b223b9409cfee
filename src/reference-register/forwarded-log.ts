/**
 * Request lines of the register's worker processes (threads > 1), written by the primary's
 * logger: a worker collects its lines and sends them in batches over the cluster channel (one
 * message per batch, not per request), the primary writes each with its own pino logger (so the
 * BSN masking and destination are the primary's) adding the worker's number as `thread`.
 */
import type { Logger } from 'pino';

export type Level = 'info' | 'warn' | 'error';
export type LogLine = [level: Level, obj: Record<string, unknown>, msg: string];

/** A logger for RequestLog (info/warn/error with an object and a message) that batches its lines into `send`. */
export function forwardingLogger(send: (lines: LogLine[]) => void, everyMs = 50, maxLines = 200): { logger: Logger; flush(): void } {
  let lines: LogLine[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (lines.length === 0) return;
    const out = lines;
    lines = [];
    send(out);
  };
  const at = (level: Level) => (obj: Record<string, unknown>, msg: string): void => {
    lines.push([level, obj, msg]);
    if (lines.length >= maxLines) flush();
    else timer ??= setTimeout(flush, everyMs).unref();
  };
  return { logger: { info: at('info'), warn: at('warn'), error: at('error') } as unknown as Logger, flush };
}

/** Writes a worker's batch with the primary's logger. */
export function writeForwarded(logger: Logger, lines: readonly LogLine[], thread: number): void {
  for (const [level, obj, msg] of lines) if (level === 'info' || level === 'warn' || level === 'error') logger[level]({ ...obj, thread }, msg);
}
