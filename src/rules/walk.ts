import type { XmlRecord, XmlValue } from '../messages/model-types.js';

/** A record of the typed model with the path the official validation would report for it. */
export interface At {
  node: XmlRecord;
  path: string;
}

export function root(message: XmlRecord): At {
  return { node: message, path: '/Bericht' };
}

function asList(v: XmlValue | undefined): XmlValue[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const children = new WeakMap<XmlRecord, Map<string, At[]>>();

/**
 * The child records named `name`, `[n]` in their paths when there is more than one. Made once per
 * record and name and shared by the rules (treat the list as read-only).
 */
export function kids(parent: At, name: string): At[] {
  let byName = children.get(parent.node);
  if (!byName) children.set(parent.node, (byName = new Map()));
  let found = byName.get(name);
  if (!found) byName.set(name, (found = makeKids(parent, name)));
  return found;
}

function makeKids(parent: At, name: string): At[] {
  const list = asList(parent.node[name]).filter((v): v is XmlRecord => typeof v === 'object' && !Array.isArray(v));
  const many = list.length > 1;
  return list.map((node, i) => ({ node, path: `${parent.path}/${name}${many ? `[${i + 1}]` : ''}` }));
}

const selections = new WeakMap<XmlRecord, Map<string, At[]>>();

/**
 * Records along a relative path of child names: select(root(m), 'Clienten/Client/Indicatie').
 * A record's path follows from its place in the message, so a selection is made once per
 * starting record and shared by the rules (treat it as read-only).
 */
export function select(from: At, relPath: string): At[] {
  let cache = selections.get(from.node);
  if (!cache) selections.set(from.node, (cache = new Map()));
  let found = cache.get(relPath);
  if (!found) cache.set(relPath, (found = selectFrom(from, relPath)));
  return found;
}

function selectFrom(from: At, relPath: string): At[] {
  let current = [from];
  for (const name of relPath.split('/')) current = current.flatMap((at) => kids(at, name));
  return current;
}

/** A leaf's text, or undefined when absent. */
export function text(node: XmlRecord, name: string): string | undefined {
  const v = node[name];
  return typeof v === 'string' ? v : undefined;
}

/** Text at a relative path of single children: textAt(client, 'Geboortedatum/Datum'). */
export function textAt(node: XmlRecord, relPath: string): string | undefined {
  const parts = relPath.split('/');
  let cur: XmlValue | undefined = node;
  for (const p of parts) {
    if (cur === undefined || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as XmlRecord)[p];
    if (Array.isArray(cur)) cur = cur[0];
  }
  return typeof cur === 'string' ? cur : undefined;
}

/** The path of a leaf (or child record) of a record. */
export function leaf(at: At, name: string): string {
  return `${at.path}/${name}`;
}

const everyRecord = new WeakMap<XmlRecord, At[]>();

/**
 * Every record anywhere below (and including) `from`, in document order, with its path. The
 * whole-message list is built once per message and shared by the rules (treat it as read-only).
 */
export function descendants(from: At): At[] {
  if (from.path !== '/Bericht') return collect(from);
  let all = everyRecord.get(from.node);
  if (!all) everyRecord.set(from.node, (all = collect(from)));
  return all;
}

function collect(from: At): At[] {
  const out: At[] = [];
  const visit = (at: At): void => {
    out.push(at);
    for (const [name, v] of Object.entries(at.node)) {
      if (v === undefined || typeof v === 'string') continue;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) continue;
      for (const k of kids(at, name)) visit(k);
    }
  };
  visit(from);
  return out;
}

const byNameCache = new WeakMap<XmlRecord, Map<string, At[]>>();

/** Every record named `name` anywhere in the message, in document order (grouped once per message). */
export function recordsNamed(message: XmlRecord, name: string): At[] {
  let groups = byNameCache.get(message);
  if (!groups) {
    groups = new Map();
    for (const at of descendants(root(message))) {
      const last = at.path.slice(at.path.lastIndexOf('/') + 1);
      const bracket = last.indexOf('[');
      const key = bracket === -1 ? last : last.slice(0, bracket);
      const list = groups.get(key);
      if (list) list.push(at);
      else groups.set(key, [at]);
    }
    byNameCache.set(message, groups);
  }
  return groups.get(name) ?? [];
}

/** Every Client record: Clienten/Client, or the single Client of ZK31. */
export function clients(message: XmlRecord): At[] {
  const r = root(message);
  return [...select(r, 'Clienten/Client'), ...kids(r, 'Client')];
}
