import type { XmlRecord, XmlValue } from '../messages/model-types.js';
import { besideSlot } from '../messages/beside.js';
import { readRecordsOf } from '../messages/read-records.js';

/**
 * A record of the typed model with the path the official validation would report for it. The
 * path is only needed when a rule reports something, so it is made from the parent's on first use.
 */
export interface At {
  node: XmlRecord;
  readonly path: string;
  /** The record's local name (the last step of its path without `[n]`), when known. */
  name?: string;
  /** Child records by name, made on first use (see kids()) when the walk has not listed them (groups). */
  kidsByName?: Map<string, At[]>;
  /**
   * Selections from this record by relative path (and derived lists by '#' key), made on first
   * use (see select(), derived()): key, list, key, list, … A record has a few, with constant
   * keys, so a scan costs less than a Map per record.
   */
  selections?: (string | At[])[];
  /** This record and every record below it, made on first use (see descendants()). */
  below?: At[];
  /** Whether a child name repeats (an array of two or more); set when descendants() reaches the record. */
  repeats?: boolean;
  /**
   * The child records in document order, one list per child name (each list as kids() returns it),
   * set when descendants() reaches the record: kids() takes its lists from here, with no Map.
   */
  groups?: At[][];
}

/** A record reached from its parent: `${parent.path}/${name}`, with `[position]` when its siblings repeat. */
class Child implements At {
  // Fields most records never get are declared only (no slot until set): kidsByName is for
  // walks not made from the read, below for descendants() of a record other than the root, and
  // made for a path a rule reports.
  declare kidsByName?: Map<string, At[]>;
  selections?: (string | At[])[];
  declare below?: At[];
  repeats?: boolean;
  groups?: At[][];
  declare private made?: string;

  constructor(
    readonly node: XmlRecord,
    readonly name: string,
    private readonly parent: At,
    /** 1-based among same-named siblings; 0 when it has none (set by fromRead() as it finds them). */
    public position: number,
  ) {}

  get path(): string {
    return (this.made ??= this.position ? `${this.parent.path}/${this.name}[${this.position}]` : `${this.parent.path}/${this.name}`);
  }
}

/** Beside the message, not in a WeakMap: see besideSlot(). */
const roots = besideSlot<At>();
/** The last root asked for: the rules of a message ask for it many times in a row. */
let last: At | undefined;

/** The Bericht record of a message: one object per message, so identity comparisons hold. */
export function root(message: XmlRecord): At {
  if (last?.node === message) return last;
  let at = roots.get(message);
  if (!at) roots.set(message, (at = fromRead(message) ?? { node: message, path: '/Bericht', name: 'Bericht' }));
  return (last = at);
}

/**
 * The walk of a message the typed read returned, made from the records the read listed in
 * document order: every record with its children's lists (groups), `repeats` and `below`, as
 * descendants() would make them, without visiting the model's properties again. Undefined when
 * the read did not list the message, or when same-named sibling records are not adjacent (then
 * document order is not the walk's order, which groups a record's children by name).
 */
function fromRead(message: XmlRecord): At | undefined {
  const rec = readRecordsOf(message);
  const list = rec?.list;
  if (!list || list[0] !== message) return undefined;
  const n = list.length / 3;
  makeScratch(n);
  const groupCount = scratchCount;
  const groupsMade = scratchGroups;
  const kidsMade = scratchKids;
  countGroups(list, n, groupCount);
  const top: At = { node: message, path: '/Bericht', name: 'Bericht', groups: NONE_GROUPS };
  const all: At[] = new Array<At>(n);
  all[0] = top;
  for (let i = 1, j = 3; j < list.length; i++, j += 3) {
    const p = list[j + 2] as number;
    const parent = all[p]!;
    const name = list[j + 1] as string;
    const at = new Child(list[j] as XmlRecord, name, parent, 0);
    at.groups = NONE_GROUPS;
    all[i] = at;
    const made = groupsMade[p]!;
    let groups: At[][];
    if (made === 0) parent.groups = groups = new Array<At[]>(groupCount[p]!);
    else {
      groups = parent.groups!;
      const same = groups[made - 1]!;
      if (same[0]!.name === name) {
        // A repeated name: [n] in the paths (the list was made as long as the run, see countGroups()).
        const k = kidsMade[p]!;
        same[k] = at;
        kidsMade[p] = k + 1;
        at.position = k + 1;
        continue;
      }
      for (let g = 0; g < made - 1; g++) if (groups[g]![0]!.name === name) return undefined;
    }
    const size = scratchRun[i]!;
    if (size > 1) {
      const same = new Array<At>(size);
      same[0] = at;
      at.position = 1;
      kidsMade[p] = 1;
      groups[made] = same;
    } else groups[made] = [at];
    groupsMade[p] = made + 1;
  }
  for (const i of rec.repeating) all[i]!.repeats = true;
  top.below = all;
  return top;
}

/**
 * Per record of the read's list: how many runs of same-named child records it has (the number
 * of its child lists when same-named siblings are adjacent), and at the first record of each run
 * how many records the run has, so fromRead() makes each list as long as it will be instead of
 * growing it by push. A run is as long as the model's array of that name (the read lists every
 * record it puts there), so fromRead() need not look the name up on the parent's record.
 */
function countGroups(list: (XmlRecord | string | number)[], n: number, groupCount: Int32Array): void {
  // per parent, the first record of its current run (0: none yet, the root is no one's child)
  const runStart = scratchKids;
  const run = scratchRun;
  for (let i = 1, j = 3; i < n; i++, j += 3) {
    const p = list[j + 2] as number;
    const name = list[j + 1] as string;
    const start = runStart[p]!;
    if (start === 0 || list[start * 3 + 1] !== name) {
      groupCount[p]!++;
      runStart[p] = i;
      run[i] = 1;
    } else run[start]!++;
  }
  runStart.fill(0, 0, n);
}

/** fromRead()'s counters, kept between messages (it runs to the end before another message). */
let scratchCount = new Int32Array(256);
let scratchGroups = new Int32Array(256);
let scratchKids = new Int32Array(256);
/** Per record that starts a run of same-named siblings, the run's length (other entries are not read). */
let scratchRun = new Int32Array(256);

function makeScratch(n: number): void {
  if (scratchCount.length < n) {
    const size = Math.max(n, scratchCount.length * 2);
    scratchCount = new Int32Array(size);
    scratchGroups = new Int32Array(size);
    scratchKids = new Int32Array(size);
    scratchRun = new Int32Array(size);
  } else {
    scratchCount.fill(0, 0, n);
    scratchGroups.fill(0, 0, n);
    scratchKids.fill(0, 0, n);
  }
}

const NONE: At[] = [];

/**
 * The child records named `name`, `[n]` in their paths when there is more than one. Made once per
 * record and name and kept on the record (treat the list as read-only): the rules of a message
 * share them, and every record reached from root() is one object.
 */
export function kids(parent: At, name: string): At[] {
  const groups = parent.groups;
  if (groups) {
    for (let i = 0; i < groups.length; i++) if (groups[i]![0]!.name === name) return groups[i]!;
    return NONE;
  }
  let byName = parent.kidsByName;
  if (!byName) parent.kidsByName = byName = new Map();
  let found = byName.get(name);
  if (!found) byName.set(name, (found = makeKids(parent, name)));
  return found;
}

function makeKids(parent: At, name: string): At[] {
  const v = parent.node[name];
  if (v === undefined || typeof v === 'string') return NONE;
  if (!Array.isArray(v)) return [new Child(v, name, parent, 0)];
  let n = 0;
  for (let i = 0; i < v.length; i++) if (isRecord(v[i])) n++;
  if (n === 0) return NONE;
  const out: At[] = [];
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (isRecord(x)) out.push(new Child(x, name, parent, n > 1 ? out.length + 1 : 0));
  }
  return out;
}

function isRecord(x: XmlValue | undefined): x is XmlRecord {
  return typeof x === 'object' && !Array.isArray(x);
}

const splitPaths = new Map<string, string[]>();

function steps(relPath: string): string[] {
  let parts = splitPaths.get(relPath);
  if (!parts) splitPaths.set(relPath, (parts = relPath.split('/')));
  return parts;
}

/**
 * A list derived from a record, made once per record and kept on it like a selection (`key` must
 * not be a relative path: start it with '#'). `make` is given the record and the key. Treat the
 * list as read-only.
 */
export function derived(from: At, key: string, make: (from: At, key: string) => At[]): At[] {
  const cache = from.selections;
  if (cache) for (let i = 0; i < cache.length; i += 2) if (cache[i] === key) return cache[i + 1] as At[];
  const found = make(from, key);
  // make() may itself have kept a list on the record
  const now = from.selections;
  if (now) now.push(key, found);
  else from.selections = [key, found];
  return found;
}

/**
 * Records along a relative path of child names: select(root(m), 'Clienten/Client/Indicatie').
 * A record's path follows from its place in the message, so a selection is made once per
 * starting record and kept on it (treat it as read-only).
 */
export function select(from: At, relPath: string): At[] {
  return derived(from, relPath, selectFrom);
}

function selectFrom(from: At, relPath: string): At[] {
  const parts = steps(relPath);
  if (parts.length === 1) return kids(from, parts[0]!);
  let current: At[] = [from];
  for (const name of parts) {
    if (current.length === 1) {
      current = kids(current[0]!, name);
      continue;
    }
    const next: At[] = [];
    for (const at of current) for (const k of kids(at, name)) next.push(k);
    current = next;
  }
  return current;
}

/** A leaf's text, or undefined when absent. */
export function text(node: XmlRecord, name: string): string | undefined {
  const v = node[name];
  return typeof v === 'string' ? v : undefined;
}

/** Text at a relative path of single children: textAt(client, 'Geboortedatum/Datum'). */
export function textAt(node: XmlRecord, relPath: string): string | undefined {
  const parts = steps(relPath);
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

/**
 * Every record anywhere below (and including) `from`, in document order, with its path. Built
 * once per record and kept on it, so the whole-message list is shared by the rules (read-only).
 */
export function descendants(from: At): At[] {
  return (from.below ??= collect(from));
}

function collect(from: At): At[] {
  const out: At[] = [];
  visit(from, out);
  return out;
}

/**
 * Lists each record's children once, by name (on the record, see At.groups), and adds them to
 * `out` in document order. Lists that kids() made before the walk are taken over, so every record
 * stays one object.
 */
function visit(at: At, out: At[]): void {
  out.push(at);
  const node = at.node;
  const made = at.kidsByName;
  let groups: At[][] | undefined;
  for (const name in node) {
    const v = node[name];
    if (v === undefined || typeof v === 'string') continue;
    if (Array.isArray(v) && v.length > 1) at.repeats = true;
    const list = made?.get(name) ?? makeKids(at, name);
    if (list.length) (groups ??= []).push(list);
  }
  at.groups = groups ?? NONE_GROUPS;
  if (!groups) return;
  for (let g = 0; g < groups.length; g++) {
    const list = groups[g]!;
    for (let i = 0; i < list.length; i++) visit(list[i]!, out);
  }
}

const NONE_GROUPS: At[][] = [];

const byNameCache = besideSlot<Map<string, At[]>>();

/** Every record named `name` anywhere in the message, in document order (grouped once per message). */
export function recordsNamed(message: XmlRecord, name: string): At[] {
  let groups = byNameCache.get(message);
  if (!groups) {
    groups = new Map();
    for (const at of descendants(root(message))) {
      const key = nameOf(at);
      const list = groups.get(key);
      if (list) list.push(at);
      else groups.set(key, [at]);
    }
    byNameCache.set(message, groups);
  }
  return groups.get(name) ?? [];
}

/** The local name of a record: the last step of its path without `[n]`. */
export function nameOf(at: At): string {
  if (at.name !== undefined) return at.name;
  const last = at.path.slice(at.path.lastIndexOf('/') + 1);
  const bracket = last.indexOf('[');
  return bracket === -1 ? last : last.slice(0, bracket);
}

/** Every Client record: Clienten/Client, or the single Client of ZK31. */
export function clients(message: XmlRecord): At[] {
  return derived(root(message), '#clients', makeClients);
}

function makeClients(r: At): At[] {
  return [...select(r, 'Clienten/Client'), ...kids(r, 'Client')];
}
