import { XMLBuilder } from 'fast-xml-parser';
import type { Issue } from '../issues.js';
import { RETOURCODE_TECHNICAL } from '../issues.js';
import type { SchemaModel } from '../schema/model.js';
import type { XmlRecord, XmlValue } from './model-types.js';
import { type Shape, shapeOf } from './shape.js';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
  processEntities: true,
});

/** Prefix of the basisschema namespace in what the bridge writes (as in the official examples). */
export const BASIS_PREFIX = 'iwlz';

type BuilderNode = Record<string, unknown>;

function toBuilder(record: XmlRecord, shape: Shape, basisNs: string, path: string, problems: Issue[]): BuilderNode {
  const out: BuilderNode = {};
  for (const key of Object.keys(record)) {
    if (record[key] !== undefined && !shape.byName.has(key)) {
      problems.push({
        source: 'xsd',
        code: 'MODEL_UNKNOWN_ELEMENT',
        message: `${key} is not an element of ${path} in the schema`,
        path: `${path}/${key}`,
        retourcode: RETOURCODE_TECHNICAL,
      });
    }
  }
  for (const child of shape.children) {
    const value = record[child.name];
    if (value === undefined) continue;
    const tag = child.ns === basisNs ? `${BASIS_PREFIX}:${child.name}` : child.name;
    const items: XmlValue[] = Array.isArray(value) ? value : [value];
    const converted = items.map((item, i) => {
      const at = items.length > 1 ? `${path}/${child.name}[${i + 1}]` : `${path}/${child.name}`;
      if (child.complex) return toBuilder(typeof item === 'object' && !Array.isArray(item) ? item : {}, child.complex, basisNs, at, problems);
      return typeof item === 'string' ? item : String(item);
    });
    out[tag] = child.many ? converted : converted[0];
  }
  return out;
}

/**
 * Serialises a typed model to UTF-8 XML text in the schema's element order: the message
 * namespace as default namespace, the basisschema namespace as `iwlz:`. Deterministic: the same
 * model gives the same bytes. Does not validate: see MessageWriter for that.
 */
export function serialise(model: SchemaModel, kind: string, message: XmlRecord): { xml: string; problems: Issue[] } {
  const info = model.messages[kind];
  if (!info) throw new Error(`${kind} is not in release ${model.release}`);
  const problems: Issue[] = [];
  const body = toBuilder(message, shapeOf(model, info.rootType), model.basisNamespace, '/Bericht', problems);
  const root = { '@_xmlns': info.namespace, [`@_xmlns:${BASIS_PREFIX}`]: model.basisNamespace, ...body };
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ Bericht: root }) as string}`;
  return { xml, problems };
}
