import type { XmlDocument } from 'libxml2-wasm';
import { firstChildElement, localName, nextElement, type NodePtr, rootElement, textContent } from '../xml/libxml-tree.js';
import type { SchemaModel } from '../schema/model.js';
import type { XmlRecord, XmlValue } from './model-types.js';
import { type ReadRecords, keepReadRecords, newReadRecords } from './read-records.js';
import { type Shape, shapeOf } from './shape.js';

/**
 * Whether trim() might change the text: white space or any non-ASCII character at either end
 * (most values have neither, and then the trim is skipped).
 */
function hasEdgeSpace(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  return a <= 32 || a >= 127 || z <= 32 || z >= 127;
}

/**
 * Reads one record and lists it (and every record below it) in `rec`, in document order:
 * `parent` is the parent's index there.
 */
function readNode(ptr: NodePtr, shape: Shape, rec: ReadRecords, parent: number, name: string): XmlRecord {
  const out: XmlRecord = {};
  const list = rec.list;
  const self = list.length / 3;
  list.push(out, name, parent);
  let repeats = false;
  for (let c = firstChildElement(ptr); c !== 0; c = nextElement(c)) {
    const child = shape.byName.get(localName(c));
    if (!child) continue; // the document was validated: cannot happen
    const key = child.name; // internalized, unlike the decoded name
    let value: XmlValue;
    if (child.complex) value = readNode(c, child.complex, rec, self, key);
    else {
      const text = textContent(c);
      value = child.collapse && hasEdgeSpace(text) ? text.trim() : text;
    }
    if (child.many) {
      const list = out[key] as XmlValue[] | undefined;
      if (list) {
        list.push(value);
        repeats = true;
      } else out[key] = [value];
    } else out[key] = value;
  }
  if (repeats) rec.repeating.push(self);
  return out;
}

/**
 * Reads the typed model from a document libxml2 already parsed and validated, so the message is
 * parsed once. The root Bericht becomes the returned record. The records it met are kept beside
 * it (readRecordsOf() in read-records.ts), so the rules find them without walking the model.
 */
export function readMessage(doc: XmlDocument, model: SchemaModel, kind: string): XmlRecord {
  const info = model.messages[kind];
  if (!info) throw new Error(`${kind} is not in release ${model.release}`);
  const rec = newReadRecords();
  const message = readNode(rootElement(doc), shapeOf(model, info.rootType), rec, -1, 'Bericht');
  keepReadRecords(message, rec);
  return message;
}

/**
 * Reads the Header of a document that may be invalid, as far as its elements are where the
 * schema has them (others are skipped): enough to address a header-only retour.
 */
export function readHeader(doc: XmlDocument, model: SchemaModel, kind: string): XmlRecord | undefined {
  const info = model.messages[kind];
  if (!info) return undefined;
  const headerShape = shapeOf(model, info.rootType).byName.get('Header')?.complex;
  const root = rootElement(doc);
  for (let c = firstChildElement(root); c !== 0; c = nextElement(c)) {
    if (localName(c) === 'Header' && headerShape) return readNode(c, headerShape, newReadRecords(), -1, 'Header');
  }
  return undefined;
}
