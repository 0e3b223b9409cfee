import { ParseOption, XmlDocument, XmlParseError } from 'libxml2-wasm';
import type { Issue } from '../issues.js';
import { RETOURCODE_TECHNICAL } from '../issues.js';

/**
 * Parse options: no network, no external entities, no DTD loading, no entity substitution,
 * line numbers beyond 65535. DOCTYPEs are refused earlier (xml/guard.ts); these options are the
 * second wall.
 */
export const SAFE_PARSE = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_BIG_LINES;

/**
 * For XML the bridge wrote itself (messages/write.ts: elements and escaped text, no comments,
 * PIs, CDATA or mixed content), on top of SAFE_PARSE: short texts live in their node (COMPACT),
 * and the indentation between elements is not kept as text nodes (NOBLANKS) — ~15 % less parse +
 * validation. NOBLANKS is libxml2's heuristic: it keeps a blank text that is an element's only
 * content or that runs into other text, but drops a blank run a CR follows at the start of a
 * text (`<a> \r\n </a>` is read as "\n "). So it is only for text without CR (writtenParse), and
 * never for input, where a comment inside a value has the same effect.
 */
const WRITTEN_PARSE = SAFE_PARSE | ParseOption.XML_PARSE_NOBLANKS | ParseOption.XML_PARSE_COMPACT;
const WRITTEN_PARSE_CR = SAFE_PARSE | ParseOption.XML_PARSE_COMPACT;

/** The parse options for XML the bridge wrote: see WRITTEN_PARSE. */
export function writtenParse(xml: string): number {
  return xml.includes('\r') ? WRITTEN_PARSE_CR : WRITTEN_PARSE;
}

export type ParseResult = { doc: XmlDocument; issues?: undefined } | { doc?: undefined; issues: Issue[] };

export function parseXml(bytes: Uint8Array, option = SAFE_PARSE): ParseResult {
  try {
    return { doc: XmlDocument.fromBuffer(bytes, { option }) };
  } catch (e) {
    if (!(e instanceof XmlParseError)) throw e;
    const details = e.details.length ? e.details : [{ message: e.message, line: 0, col: 0 }];
    const issues = details.slice(0, 10).map((d): Issue => {
      const message = d.message.trim();
      const encoding = /encoding|UTF-8|Input is not proper/i.test(message);
      const issue: Issue = {
        source: 'xml',
        code: encoding ? 'XML_ENCODING' : 'XML_NOT_WELL_FORMED',
        message,
        retourcode: RETOURCODE_TECHNICAL,
      };
      if (d.line) issue.line = d.line;
      if (d.col) issue.column = d.col;
      return issue;
    });
    return { issues };
  }
}
