/**
 * The named value converters of the mapping language (BRIEF §5.9). Each one is a tiny pure
 * function from message text to register value; a value it cannot convert is a ConvertError
 * (the message was XSD-valid, so this points at a mapping applied to the wrong field).
 */

export class ConvertError extends Error {}

/** `date(x)`: a register `Date` is the message date verbatim (`YYYY-MM-DD`, no timezone). */
export function date(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new ConvertError(`${JSON.stringify(value)} is not a date YYYY-MM-DD`);
  return value;
}

/** `int(x)`: an `xs:integer` in any lexical form (`007`, `+7`) as a number (`7`). */
export function int(value: string): number {
  const s = value.trim();
  if (!/^[+-]?\d+$/.test(s)) throw new ConvertError(`${JSON.stringify(value)} is not a whole number`);
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new ConvertError(`${JSON.stringify(value)} is too large`);
  return n === 0 ? 0 : n; // no -0
}

/** `jaNee(x)`: LDT_JaNee stays the code `1` (ja) / `2` (nee); anything else is refused. */
export function jaNee(value: string): string {
  if (value !== '1' && value !== '2') throw new ConvertError(`${JSON.stringify(value)} is not a JaNee code (1 or 2)`);
  return value;
}

const AMS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** Minutes Amsterdam is ahead of UTC at the instant `ms`. */
function amsterdamOffset(ms: number): number {
  const p = Object.fromEntries(AMS.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const local = Date.UTC(Number(p['year']), Number(p['month']) - 1, Number(p['day']), Number(p['hour']), Number(p['minute']), Number(p['second']));
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60000);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `dateTimeAmsterdam(date, time)`: an estafette date + time (Dutch wall-clock time, no zone) as
 * an ISO-8601 DateTime with the Europe/Amsterdam offset of that moment (`+01:00` in winter,
 * `+02:00` in summer). In the autumn hour that occurs twice the first (summer-time) one is meant;
 * a spring time that does not exist (02:30 on the last Sunday of March) is read with the winter
 * offset, so it becomes 03:30 summer time.
 */
export function dateTimeAmsterdam(day: string, time: string): string {
  date(day);
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?$/.exec(time);
  if (!m) throw new ConvertError(`${JSON.stringify(time)} is not a time hh:mm:ss`);
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, Number(m[1]), Number(m[2]), Number(m[3]));
  // The earlier of the candidate offsets that reproduces the wall time; else the one before the change.
  const before = amsterdamOffset(wall - 3 * 3600_000);
  const after = amsterdamOffset(wall + 3 * 3600_000);
  const fits = [Math.max(before, after), Math.min(before, after)].filter((o) => amsterdamOffset(wall - o * 60000) === o);
  const offset = fits[0] ?? before;
  const instant = wall - offset * 60000;
  const shown = amsterdamOffset(instant);
  const local = new Date(instant + shown * 60000);
  const sign = shown < 0 ? '-' : '+';
  const abs = Math.abs(shown);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${m[4] ?? ''}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
