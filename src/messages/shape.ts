import type { ComplexTypeDef, SchemaModel, SimpleTypeDef } from '../schema/model.js';

/**
 * The runtime shape of a message kind: for each complex type, its children in schema order with
 * what the reader and writer need (name, namespace, cardinality, leaf or not). Built once per
 * schema model and kept.
 */
export interface ShapeChild {
  name: string;
  ns: string;
  many: boolean;
  min: number;
  complex?: Shape;
  simple?: SimpleTypeDef;
  /** xs:string values keep their white space; other built-ins collapse it (XSD whiteSpace). */
  collapse: boolean;
}

export interface Shape {
  typeKey: string;
  children: ShapeChild[];
  byName: Map<string, ShapeChild>;
}

/**
 * The same text as the engine's own copy used for property keys: records built with it as key
 * skip a string-table lookup per property the reader stores.
 */
function internalized(name: string): string {
  return Object.keys({ [name]: 0 })[0]!;
}

const cache = new WeakMap<SchemaModel, Map<string, Shape>>();

export function shapeOf(model: SchemaModel, typeKey: string): Shape {
  let shapes = cache.get(model);
  if (!shapes) cache.set(model, (shapes = new Map()));
  const found = shapes.get(typeKey);
  if (found) return found;
  const def = model.types[typeKey];
  if (!def || def.kind !== 'complex') throw new Error(`complex type ${typeKey} is not in the model`);
  const shape: Shape = { typeKey, children: [], byName: new Map() };
  shapes.set(typeKey, shape); // before the children: types may recur
  for (const el of (def as ComplexTypeDef).children) {
    const t = model.types[el.type];
    const child: ShapeChild = { name: internalized(el.name), ns: el.ns, many: el.max !== 1, min: el.min, collapse: true };
    if (t?.kind === 'complex') child.complex = shapeOf(model, el.type);
    else if (t?.kind === 'simple') {
      child.simple = t;
      child.collapse = t.builtin !== 'string';
    } else child.collapse = el.type !== 'xs:string';
    shape.children.push(child);
    shape.byName.set(el.name, child);
  }
  return shape;
}
