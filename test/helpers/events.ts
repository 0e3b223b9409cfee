import { XmlDocument } from 'libxml2-wasm';
import { firstChildElement, localName, namespaceUri, nextElement, type NodePtr, rootElement, textContent } from '../../src/xml/libxml-tree.js';

/**
 * The information content of a document as a list of lines: `{ns}name` per element, indented by
 * depth, with the text of leaves. Prefixes, indentation and the XML declaration do not count, so
 * two documents with the same list are the same message.
 */
export function xmlEvents(xml: string | Uint8Array): string[] {
  const doc = typeof xml === 'string' ? XmlDocument.fromString(xml) : XmlDocument.fromBuffer(xml);
  try {
    const out: string[] = [];
    const visit = (p: NodePtr, depth: number): void => {
      const first = firstChildElement(p);
      const head = `${'  '.repeat(depth)}{${namespaceUri(p)}}${localName(p)}`;
      out.push(first ? head : `${head}=${JSON.stringify(textContent(p))}`);
      for (let c = first; c !== 0; c = nextElement(c)) visit(c, depth + 1);
    };
    visit(rootElement(doc), 0);
    return out;
  } finally {
    doc.dispose();
  }
}
