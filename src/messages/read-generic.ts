import { firstChildElement, localName, nextElement, type NodePtr, textContent } from '../xml/libxml-tree.js';
import type { XmlRecord, XmlValue } from './model-types.js';
import type { ReadRecords } from './read-records.js';
import type { Shape } from './shape.js';

/**
 * Whether trim() might change the text: white space or any non-ASCII character at either end
 * (most values have neither, and then the trim is skipped).
 */
export function hasEdgeSpace(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  return a <= 32 || a >= 127 || z <= 32 || z >= 127;
}

/**
 * Reads one record and lists it (and every record below it) in `rec`, in document order:
 * `parent` is the parent's index there. The generic reader, for any shape and any document
 * (children the shape does not have are skipped): the compiled readers (read-compiled.ts) make
 * the same records faster, and fall back to this one for shapes they cannot compile.
 */
export function readNode(ptr: NodePtr, shape: Shape, rec: ReadRecords, parent: number, name: string): XmlRecord {
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
