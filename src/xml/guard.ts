import type { Issue } from '../issues.js';
import { RETOURCODE_TECHNICAL } from '../issues.js';
import type { ErrorCode } from '../errors.js';
import type { XmlLimits } from './limits.js';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOT = 0x22;
const APOS = 0x27;
const NL = 0x0a;

export interface GuardResult {
  /** The bytes to parse: the input without a UTF-8 byte order mark. */
  bytes: Uint8Array;
  issue?: Issue;
}

function reject(code: ErrorCode, message: string, line?: number): GuardResult {
  const issue: Issue = { source: 'xml', code, message, retourcode: RETOURCODE_TECHNICAL };
  if (line !== undefined) issue.line = line;
  return { bytes: new Uint8Array(0), issue };
}

function lineAt(b: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (b[i] === NL) line++;
  return line;
}

const ENCODING_RE = /^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

export function tooLarge(size: number, maxBytes: number): Issue {
  return { source: 'xml', code: 'XML_TOO_LARGE', message: `message is ${size} bytes; the limit is ${maxBytes}`, retourcode: RETOURCODE_TECHNICAL };
}

/**
 * Checks a message before any parser sees it: size, encoding, no DOCTYPE/ENTITY, element depth
 * and attributes per element. Linear in the input; jumps from '<' to '<' with native indexOf, so
 * text content is not walked byte by byte.
 */
export function guard(input: Uint8Array, limits: XmlLimits): GuardResult {
  if (input.length > limits.maxBytes) return { bytes: new Uint8Array(0), issue: tooLarge(input.length, limits.maxBytes) };
  let b = input;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  else if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe)) {
    return reject('XML_ENCODING', 'message is UTF-16 encoded; iWlz messages are UTF-8');
  }
  let start = 0;
  while (start < b.length && (b[start] === 0x20 || b[start] === 0x09 || b[start] === 0x0a || b[start] === 0x0d)) start++;
  if (start === b.length) return reject('XML_EMPTY', 'message is empty');
  if (b[start] === LT && b[start + 1] === QUESTION) {
    const declEnd = b.indexOf(GT, start);
    const decl = Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, Math.min(declEnd + 1 - start, 200))).toString('latin1');
    const enc = ENCODING_RE.exec(decl)?.[1];
    if (enc && !/^utf-?8$/i.test(enc)) {
      return reject('XML_ENCODING', `declared encoding ${enc}: iWlz messages are UTF-8`, 1);
    }
  }
  return scan(b, start, limits) ?? { bytes: b };
}

/**
 * One pass over the message as a latin1 string (one character per byte, so offsets are byte
 * offsets; V8's own indexOf jumps from '<' to '<' without crossing into C++ per call). Counts
 * depth and attributes, stops at a declaration (<!DOCTYPE, <!ENTITY, …); malformed markup is
 * left for the parser to locate.
 */
function scan(b: Uint8Array, start: number, limits: XmlLimits): GuardResult | undefined {
  const s = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  let depth = 0;
  let dq = 0;
  let sq = 0;
  let i = s.indexOf('<', start);
  while (i !== -1) {
    const c = s.charCodeAt(i + 1);
    if (c === BANG) {
      if (s.startsWith('--', i + 2)) {
        const end = s.indexOf('-->', i + 4);
        if (end === -1) return undefined;
        i = s.indexOf('<', end + 3);
        continue;
      }
      if (s.charCodeAt(i + 2) === 0x5b) {
        const end = s.indexOf(']]>', i + 3);
        if (end === -1) return undefined;
        i = s.indexOf('<', end + 3);
        continue;
      }
      const what = /^[A-Z]+/.exec(s.slice(i + 2, i + 10))?.[0] ?? 'declaration';
      return reject('XML_DOCTYPE_FORBIDDEN', `<!${what}> is not allowed: iWlz messages carry no DTD or entity declarations`, lineAt(b, i));
    }
    if (c === QUESTION) {
      const end = s.indexOf('?>', i + 2);
      if (end === -1) return undefined;
      i = s.indexOf('<', end + 2);
      continue;
    }
    if (c === SLASH) {
      depth--;
      i = s.indexOf('<', i + 2);
      continue;
    }
    // A start tag. Every attribute has a quoted value, so a tag without a quote before its first
    // '>' has no attributes and ends there; only tags with quotes are walked character by
    // character. The next quote positions only move forward, which keeps this linear.
    let j = s.indexOf('>', i + 1);
    if (j === -1) return undefined;
    let attrs = 0;
    if (dq !== -1 && dq <= i) dq = s.indexOf('"', i + 1);
    if (sq !== -1 && sq <= i) sq = s.indexOf("'", i + 1);
    if ((dq !== -1 && dq < j) || (sq !== -1 && sq < j)) {
      let quote = 0;
      for (j = i + 1; j < s.length; j++) {
        const d = s.charCodeAt(j);
        if (quote) {
          if (d === quote) quote = 0;
        } else if (d === GT) break;
        else if (d === QUOT || d === APOS) {
          quote = d;
          attrs++;
        }
      }
      if (j >= s.length) return undefined;
    }
    if (attrs > limits.maxAttributes) {
      return reject('XML_TOO_MANY_ATTRIBUTES', `an element has ${attrs} attributes; the limit is ${limits.maxAttributes}`, lineAt(b, i));
    }
    if (s.charCodeAt(j - 1) !== SLASH && ++depth > limits.maxDepth) {
      return reject('XML_TOO_DEEP', `elements are nested deeper than ${limits.maxDepth}`, lineAt(b, i));
    }
    i = s.indexOf('<', j + 1);
  }
  return undefined;
}
