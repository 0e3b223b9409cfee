import { XMLParser } from 'fast-xml-parser';

/** Parses an XSD file (trusted: it comes from an installed pack) into plain objects. */
const ARRAYS = new Set([
  'xs:element', 'xs:complexType', 'xs:simpleType', 'xs:enumeration', 'xs:pattern', 'xs:import', 'xs:documentation',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (name) => ARRAYS.has(name),
});

export type XsdNode = Record<string, unknown>;

export function parseXsd(text: string): XsdNode {
  const doc = parser.parse(text) as XsdNode;
  const schema = doc['xs:schema'];
  if (!schema || typeof schema !== 'object') throw new Error('not an XML Schema (no xs:schema root)');
  return schema as XsdNode;
}

export function list(node: XsdNode | undefined, key: string): XsdNode[] {
  const v = node?.[key];
  return Array.isArray(v) ? (v as XsdNode[]) : v ? [v as XsdNode] : [];
}

export function attr(node: XsdNode | undefined, name: string): string | undefined {
  const v = node?.[`@${name}`];
  return typeof v === 'string' ? v : undefined;
}

export function child(node: XsdNode | undefined, key: string): XsdNode | undefined {
  const v = node?.[key];
  if (Array.isArray(v)) return v[0] as XsdNode | undefined;
  return v && typeof v === 'object' ? (v as XsdNode) : undefined;
}
