/** Date helpers for rules. Dates are `YYYY-MM-DD` strings (LDT_Datum has no time zone). */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the string is a date that exists (2026-02-30 does not). */
export function isDate(s: string | undefined): s is string {
  if (!s) return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Lexical comparison is date order for YYYY-MM-DD. */
export function before(a: string, b: string): boolean {
  return a < b;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  return `${String(y).padStart(4, '0')}${date.slice(4)}`;
}

/** Whether [s1, e1] and [s2, e2] overlap; an absent end is open. */
export function overlaps(s1: string, e1: string | undefined, s2: string, e2: string | undefined): boolean {
  return (e2 === undefined || s1 <= e2) && (e1 === undefined || s2 <= e1);
}

/**
 * The stylesheet's adjustDate (carry): a yyyymmdd number whose day or month overflowed is carried
 * into the next month/year (leap years: year divisible by 4).
 */
export function adjustDate(date: number): number {
  let d = date;
  for (;;) {
    if (Number.isNaN(d)) return NaN;
    const day = d % 100;
    const month = Math.floor(d / 100) % 100;
    const year = Math.floor(d / 10000) % 10000;
    let v = d;
    if (day > 30 && [4, 6, 9, 11].includes(month)) v = d - 30 + 100;
    else if (day > 31 && [1, 3, 5, 7, 8, 10, 12].includes(month)) v = d - 31 + 100;
    else if (day > 29 && month === 2 && year % 4 === 0) v = d - 29 + 100;
    else if (day > 28 && month === 2 && year % 4 !== 0) v = d - 28 + 100;
    if (Math.floor(v / 100) % 100 > 12) v = v - 1200 + 10000;
    if (v === d) return d;
    d = v;
  }
}
