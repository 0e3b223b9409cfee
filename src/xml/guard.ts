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
const EQ = 0x3d;
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
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  let depth = 0;
  let i = buf.indexOf(LT, start);
  while (i !== -1) {
    const c = buf[i + 1];
    if (c === BANG) {
      // comment, CDATA or a declaration
      if (buf[i + 2] === 0x2d && buf[i + 3] === 0x2d) {
        const end = buf.indexOf('-->', i + 4);
        if (end === -1) break;
        i = buf.indexOf(LT, end + 3);
        continue;
      }
      if (buf[i + 2] === 0x5b) {
        const end = buf.indexOf(']]>', i + 3);
        if (end === -1) break;
        i = buf.indexOf(LT, end + 3);
        continue;
      }
      // <!DOCTYPE, <!ENTITY, <!ELEMENT …: never in an iWlz message
      const what = buf.toString('latin1', i + 2, Math.min(i + 10, buf.length)).match(/^[A-Z]+/)?.[0] ?? 'declaration';
      return reject('XML_DOCTYPE_FORBIDDEN', `<!${what}> is not allowed: iWlz messages carry no DTD or entity declarations`, lineAt(buf, i));
    }
    if (c === QUESTION) {
      const end = buf.indexOf('?>', i + 2);
      if (end === -1) break;
      i = buf.indexOf(LT, end + 2);
      continue;
    }
    if (c === SLASH) {
      depth--;
      i = buf.indexOf(LT, i + 2);
      continue;
    }
    // a start tag: walk to its '>' outside quotes, counting attributes
    let j = i + 1;
    let attrs = 0;
    let quote = 0;
    for (; j < buf.length; j++) {
      const d = buf[j];
      if (quote) {
        if (d === quote) quote = 0;
      } else if (d === QUOT || d === APOS) quote = d;
      else if (d === EQ) attrs++;
      else if (d === GT) break;
    }
    if (j >= buf.length) break;
    if (attrs > limits.maxAttributes) {
      return reject('XML_TOO_MANY_ATTRIBUTES', `an element has ${attrs} attributes; the limit is ${limits.maxAttributes}`, lineAt(buf, i));
    }
    if (buf[j - 1] !== SLASH) {
      depth++;
      if (depth > limits.maxDepth) {
        return reject('XML_TOO_DEEP', `elements are nested deeper than ${limits.maxDepth}`, lineAt(buf, i));
      }
    }
    i = buf.indexOf(LT, j + 1);
  }
  // Truncation and other well-formedness errors are left to the parser, which locates them.
  return { bytes: b };
}
