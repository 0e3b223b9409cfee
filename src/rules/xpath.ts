/**
 * The XPath 1.0 value semantics the official stylesheet compares with, shared by the rules so
 * that they agree with it to the character: normalize-space() (XML white space only, not every
 * Unicode space), number() and the stylesheet's dates as numbers (number(translate(d, '-', ''))).
 */
const XML_SPACE_RUN = /[ \t\r\n]+/g;
const XPATH_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Whether normalize-space() leaves the text as it is: no tab/CR/LF, no leading, trailing or double space. */
function alreadyNormal(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c === 32 && previous === 32)) return false;
    previous = c;
  }
  return true;
}

export function normalizeSpace(s: string | undefined): string {
  if (s === undefined) return '';
  if (alreadyNormal(s)) return s;
  return s.replace(XML_SPACE_RUN, ' ').replace(/^ | $/g, '');
}

/** Whether the text starts or ends with XML white space (the trim of xpathNumber() changes it). */
function hasEdgeSpace(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  return a === 32 || a === 9 || a === 10 || a === 13 || z === 32 || z === 9 || z === 10 || z === 13;
}

/** number(s): NaN unless the trimmed text is a plain decimal. */
export function xpathNumber(s: string | undefined): number {
  if (s === undefined) return NaN;
  const t = hasEdgeSpace(s) ? s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '') : s;
  return XPATH_NUMBER.test(t) ? Number(t) : NaN;
}

/** number(translate(date, '-', '')): 2026-11-02 → 20261102; NaN when absent or not numeric. */
export function dateNumber(s: string | undefined): number {
  if (s === undefined || s.length === 0) return NaN; // number('') is NaN
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    // The usual YYYY-MM-DD: the digits as a number, without building strings.
    let n = 0;
    for (let i = 0; i < 10; i++) {
      if (i === 4 || i === 7) continue;
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return xpathNumber(s.replace(/-/g, ''));
      n = n * 10 + d;
    }
    return n;
  }
  return xpathNumber(s.replace(/-/g, ''));
}
