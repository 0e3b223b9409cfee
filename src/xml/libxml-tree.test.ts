import { XmlDocument } from 'libxml2-wasm';
import * as internal from 'libxml2-wasm/lib/libxml2.mjs';
import { describe, expect, it } from 'vitest';
import { elementAtNodePath, firstChildElement, heapBytes, lineOf, localName, nameAt, namedPath, namespaceUri, nextElement, rootElement, textContent } from './libxml-tree.js';

const XML = `<?xml version="1.0"?>
<Bericht xmlns="urn:m" xmlns:iwlz="urn:b">
  <A>plain</A>
  <A>a &amp; b &lt;c&gt; &#233;&#x20AC;</A>
  <B><![CDATA[x<y]]> and <!-- c --> z</B>
  <iwlz:C><iwlz:D>1</iwlz:D><iwlz:D>2</iwlz:D></iwlz:C>
  <E/>
</Bericht>`;

/** The NUL-terminated name at nameAt(), decoded from heapBytes(). */
function nameBytesAt(p: number): string {
  const b = heapBytes();
  const at = nameAt(p);
  let end = at;
  while (b[end] !== 0) end++;
  return new TextDecoder().decode(b.subarray(at, end));
}

function children(p: number): number[] {
  const out: number[] = [];
  for (let c = firstChildElement(p); c !== 0; c = nextElement(c)) out.push(c);
  return out;
}

describe('libxml-tree (pins the libxml2-wasm internals it reads)', () => {
  it('walks elements with names, namespaces, lines and text', () => {
    const doc = XmlDocument.fromString(XML);
    const root = rootElement(doc);
    expect(localName(root)).toBe('Bericht');
    expect(namespaceUri(root)).toBe('urn:m');
    const [a1, a2, b, c, e] = children(root) as [number, number, number, number, number];
    expect(children(root).map(localName)).toEqual(['A', 'A', 'B', 'C', 'E']);
    expect(textContent(a1)).toBe('plain');
    expect(textContent(a2)).toBe('a & b <c> é€');
    expect(textContent(b)).toBe('x<y and  z');
    expect(textContent(e)).toBe('');
    expect(namespaceUri(c)).toBe('urn:b');
    expect(lineOf(b)).toBe(5);
    expect(namedPath(a2)).toBe('/Bericht/A[2]');
    expect(namedPath(children(c)[1]!)).toBe('/Bericht/C/D[2]');
    expect(namedPath(b)).toBe('/Bericht/B');
    doc.dispose();
  });

  it('resolves libxml2 node paths with * steps and prefixed steps', () => {
    const doc = XmlDocument.fromString(XML);
    const d2 = elementAtNodePath(doc, '/*/iwlz:C/iwlz:D[2]');
    expect(textContent(d2)).toBe('2');
    expect(namedPath(elementAtNodePath(doc, '/*/*[3]'))).toBe('/Bericht/B');
    expect(elementAtNodePath(doc, '/*/*[9]')).toBe(0);
    expect(elementAtNodePath(doc, '/*/not a step[')).toBe(0);
    doc.dispose();
  });

  it('does not carry decoded names from one document to the next', () => {
    for (let i = 0; i < 50; i++) {
      const a = XmlDocument.fromString(`<R${i}><X${i}>v</X${i}></R${i}>`);
      const root = rootElement(a);
      expect(localName(root)).toBe(`R${i}`);
      expect(localName(firstChildElement(root))).toBe(`X${i}`);
      a.dispose();
    }
  });

  it('keeps reading a document after libxml2 grew its heap (the memory views are renewed)', () => {
    const heapBytes = (): number => (internal as unknown as { XmlNodeSetStruct: { nodeTable(p: number, n: number): Int32Array } }).XmlNodeSetStruct.nodeTable(0, 0).buffer.byteLength;
    const doc = XmlDocument.fromString(XML);
    const [a1] = children(rootElement(doc)) as [number];
    expect(textContent(a1)).toBe('plain');
    const before = heapBytes();
    const big = XmlDocument.fromString(`<big>${'<x>yy</x>'.repeat(Math.ceil(before / 64))}</big>`);
    expect(heapBytes()).toBeGreaterThan(before);
    expect(textContent(a1)).toBe('plain');
    expect(localName(a1)).toBe('A');
    expect(textContent(firstChildElement(rootElement(big)))).toBe('yy');
    big.dispose();
    doc.dispose();
  });

  it('names documents share are recognised again, whatever document they come from', () => {
    for (let i = 0; i < 30; i++) {
      const name = ['Client', 'Clienten', 'Cliënt', 'Één'][i % 4]!;
      const d = XmlDocument.fromString(`<${name}><Bsn>${i}</Bsn><B${i % 2}/></${name}>`);
      const root = rootElement(d);
      expect(localName(root)).toBe(name);
      expect(children(root).map(localName)).toEqual(['Bsn', `B${i % 2}`]);
      d.dispose();
    }
  });

  it('gives the address of an element\'s local name in the memory heapBytes() shows, also after libxml2 grew it', () => {
    const doc = XmlDocument.fromString('<Cliënt xmlns:p="urn:p"><p:Bsn>1</p:Bsn><Naam/><Naam/></Cliënt>');
    const root = rootElement(doc);
    const [bsn, naam1, naam2] = children(root) as [number, number, number];
    expect([root, bsn, naam1].map(nameBytesAt)).toEqual(['Cliënt', 'Bsn', 'Naam']);
    expect(nameAt(naam2)).toBe(nameAt(naam1)); // names are interned in the document's dictionary
    const before = heapBytes().length;
    const big = XmlDocument.fromString(`<big>${'<x>yy</x>'.repeat(Math.ceil(before / 64))}</big>`);
    expect(heapBytes().length).toBeGreaterThan(before);
    expect(nameBytesAt(bsn)).toBe('Bsn');
    big.dispose();
    doc.dispose();
  });

  it('decodes texts of every length, ASCII or not', () => {
    for (let n = 0; n <= 40; n++) {
      const ascii = Array.from({ length: n }, (_, i) => String.fromCharCode(32 + ((i * 11) % 95))).join('');
      const other = 'é€'.repeat(n);
      const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const doc = XmlDocument.fromString(`<r><a>${esc(ascii)}</a><b>${other}</b></r>`);
      const [a, b] = children(rootElement(doc)) as [number, number];
      expect(textContent(a)).toBe(ascii);
      expect(textContent(b)).toBe(other);
      doc.dispose();
    }
  });
});
