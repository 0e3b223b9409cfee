import type { Issue } from '../issues.js';
import { RETOURCODE_TECHNICAL } from '../issues.js';
import type { SchemaModel } from '../schema/model.js';
import type { XmlRecord, XmlValue } from './model-types.js';
import { type Shape, shapeOf } from './shape.js';

/** Prefix of the basisschema namespace in what the bridge writes (as in the official examples). */
export const BASIS_PREFIX = 'iwlz';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' };
const MARKUP = /[&<>'"]/;
const MARKUP_ALL = /[&<>'"]/g;

/** Text and attribute values as XMLBuilder's processEntities writes them: the five markup characters. */
export function escapeXml(text: string): string {
  return MARKUP.test(text) ? text.replace(MARKUP_ALL, (c) => ENTITIES[c]!) : text;
}

/** The markup of one child element at one depth, indentation included, made once. */
interface Tags {
  /** `  <Tag>` */
  open: string;
  /** `</Tag>` + newline */
  close: string;
  /** `  <Tag>` + newline, before element content */
  openLine: string;
  /** `  </Tag>` + newline, after element content */
  closeLine: string;
  /** `  <Tag></Tag>` + newline */
  empty: string;
}

const tagCache = new WeakMap<Shape, Tags[][]>();

/** The Tags of a shape's children written at `depth` + 1 levels of indentation. */
function tagsOf(shape: Shape, depth: number, basisNs: string): Tags[] {
  let byDepth = tagCache.get(shape);
  if (!byDepth) tagCache.set(shape, (byDepth = []));
  let tags = byDepth[depth];
  if (!tags) {
    const ind = '  '.repeat(depth + 1);
    tags = byDepth[depth] = shape.children.map((child) => {
      const tag = child.ns === basisNs ? `${BASIS_PREFIX}:${child.name}` : child.name;
      return { open: `${ind}<${tag}>`, close: `</${tag}>\n`, openLine: `${ind}<${tag}>\n`, closeLine: `${ind}</${tag}>\n`, empty: `${ind}<${tag}></${tag}>\n` };
    });
  }
  return tags;
}

/**
 * One walk over a typed model in schema order. The element path of a record is only needed for
 * a problem, so the walk keeps its steps (name, position) on a stack and spells a path only then.
 */
class Walk {
  readonly problems: Issue[] = [];
  private readonly names: string[] = ['Bericht'];
  private readonly positions: number[] = [0];

  constructor(private readonly basisNs: string) {}

  private path(depth: number): string {
    let p = '';
    for (let d = 0; d <= depth; d++) p += `/${this.names[d]!}${this.positions[d] ? `[${this.positions[d]!}]` : ''}`;
    return p;
  }

  private checkNames(record: XmlRecord, shape: Shape, depth: number): void {
    for (const key of Object.keys(record)) {
      if (record[key] !== undefined && !shape.byName.has(key)) {
        const at = this.path(depth);
        this.problems.push({
          source: 'xsd',
          code: 'MODEL_UNKNOWN_ELEMENT',
          message: `${key} is not an element of ${at} in the schema`,
          path: `${at}/${key}`,
          retourcode: RETOURCODE_TECHNICAL,
        });
      }
    }
  }

  /** The children of a record, one element a line at `depth` + 1 levels of indentation. */
  children(record: XmlRecord, shape: Shape, depth: number): string {
    this.checkNames(record, shape, depth);
    const tags = tagsOf(shape, depth, this.basisNs);
    let xml = '';
    for (let c = 0; c < shape.children.length; c++) {
      const child = shape.children[c]!;
      const value = record[child.name];
      if (value === undefined) continue;
      const t = tags[c]!;
      const items: XmlValue[] = Array.isArray(value) ? value : [value];
      const numbered = items.length > 1;
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        let element: string;
        if (child.complex) {
          this.names[depth + 1] = child.name;
          this.positions[depth + 1] = numbered ? i + 1 : 0;
          const inner = this.children(typeof item === 'object' && !Array.isArray(item) ? item : {}, child.complex, depth + 1);
          element = inner === '' ? t.empty : t.openLine + inner + t.closeLine;
        } else {
          element = t.open + escapeXml(typeof item === 'string' ? item : String(item)) + t.close;
        }
        // An element the schema does not let repeat is written once (its first value), as XMLBuilder did.
        if (child.many || i === 0) xml += element;
      }
    }
    return xml;
  }
}

/**
 * Serialises a typed model to UTF-8 XML text in the schema's element order: the message
 * namespace as default namespace, the basisschema namespace as `iwlz:`, two spaces of
 * indentation a level. Deterministic: the same model gives the same bytes. The text is exactly
 * what fast-xml-parser's XMLBuilder (format, processEntities) writes for the model, which
 * write.test.ts checks on every fixture and on random text; written directly, it costs a
 * sixth. Does not validate: see MessageCore.write for that.
 */
export function serialise(model: SchemaModel, kind: string, message: XmlRecord): { xml: string; problems: Issue[] } {
  const info = model.messages[kind];
  if (!info) throw new Error(`${kind} is not in release ${model.release}`);
  const walk = new Walk(model.basisNamespace);
  const body = walk.children(message, shapeOf(model, info.rootType), 0);
  const open = `<Bericht xmlns="${escapeXml(info.namespace)}" xmlns:${BASIS_PREFIX}="${escapeXml(model.basisNamespace)}">`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${open}${body === '' ? '' : `\n${body}`}</Bericht>\n`;
  return { xml, problems: walk.problems };
}
