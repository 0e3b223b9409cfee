import type { XmlDocument } from 'libxml2-wasm';
import { firstChildElement, localName, nextElement, rootElement } from '../xml/libxml-tree.js';
import type { SchemaModel } from '../schema/model.js';
import type { XmlRecord } from './model-types.js';
import { readerOf } from './read-compiled.js';
import { readNode } from './read-generic.js';
import { keepReadRecords, newReadRecords } from './read-records.js';
import { shapeOf } from './shape.js';

/**
 * Reads the typed model from a document libxml2 already parsed and validated, so the message is
 * parsed once. The root Bericht becomes the returned record. The records it met are kept beside
 * it (readRecordsOf() in read-records.ts), so the rules find them without walking the model.
 * The records are read by the shape's compiled reader (read-compiled.ts), which makes what the
 * generic readNode() makes.
 */
export function readMessage(doc: XmlDocument, model: SchemaModel, kind: string): XmlRecord {
  const info = model.messages[kind];
  if (!info) throw new Error(`${kind} is not in release ${model.release}`);
  const rec = newReadRecords();
  const message = readerOf(shapeOf(model, info.rootType))(rootElement(doc), rec, -1, 'Bericht');
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
