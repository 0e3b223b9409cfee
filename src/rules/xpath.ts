/**
 * The XPath 1.0 value semantics the official stylesheet compares with, shared by the rules so
 * that they agree with it to the character: normalize-space() (XML white space only, not every
 * Unicode space), number() and the stylesheet's dates as numbers (number(translate(d, '-', ''))).
 */
const XML_SPACE_RUN = /[ \t\r\n]+/g;
const XPATH_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

export function normalizeSpace(s: string | undefined): string {
  return (s ?? '').replace(XML_SPACE_RUN, ' ').replace(/^ | $/g, '');
}

/** number(s): NaN unless the trimmed text is a plain decimal. */
export function xpathNumber(s: string | undefined): number {
  if (s === undefined) return NaN;
  const t = s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  return XPATH_NUMBER.test(t) ? Number(t) : NaN;
}

/** number(translate(date, '-', '')): 2026-11-02 → 20261102; NaN when absent or not numeric. */
export function dateNumber(s: string | undefined): number {
  return s === undefined ? NaN : xpathNumber(s.replace(/-/g, ''));
}
