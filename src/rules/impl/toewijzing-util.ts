/**
 * Helpers shared by the rules of the toewijzing group. They mirror the generic checks of the
 * official validation (value tests, period overlap) so each rule stays a few lines.
 */
import type { XmlRecord } from '../../messages/model-types.js';
import type { Finding } from '../rule.js';
import { type At, derived, leaf, root, select, text } from '../walk.js';
import { dateNumber as xpathDateNumber, normalizeSpace } from '../xpath.js';
export { normalizeSpace };
import { clients } from '../walk.js';
export { clients };

/** Record paths below a Client, per the XSD structures of iWlz 2.2. */
export const REC = {
  toegewezenZzp: 'Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket',
  toegewezenFunctie: 'Indicatie/ToegewezenFuncties/ToegewezenFunctie',
  geindiceerdZzp: 'Indicatie/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket',
  geindiceerdeFunctie: 'Indicatie/GeindiceerdeFuncties/GeindiceerdeFunctie',
  geleverdZzp: 'GeleverdeZorgzwaartepakketten/GeleverdZorgzwaartepakket',
  geleverdeFunctie: 'GeleverdeFuncties/GeleverdeFunctie',
  aanvraag: 'Aanvragen/Aanvraag',
  mutatieFunctie: 'MutatieFuncties/MutatieFunctie',
  mutatieZzp: 'MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket',
  wachtlijst: 'Indicaties/Indicatie/WachtlijstZorgzwaartepakketten/WachtlijstZorgzwaartepakket',
  aw317GeindiceerdZzp: 'Indicaties/Indicatie/GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket',
  geleverdeZorg: 'ZorgLeveringen/GeleverdeZorg',
} as const;


/** The records at a path below every Client, kept on the message's root (key `#clients/<path>`). */
export function clientRecords(message: XmlRecord, relPath: string): At[] {
  let key = keys.get(relPath);
  if (!key) keys.set(relPath, (key = `${CLIENTS}${relPath}`));
  return derived(root(message), key, below);
}

const CLIENTS = '#clients/';
const keys = new Map<string, string>();

function below(r: At, key: string): At[] {
  const relPath = key.slice(CLIENTS.length);
  const out: At[] = [];
  for (const c of clients(r.node)) for (const at of select(c, relPath)) out.push(at);
  return out;
}

/** An element as the checks see it: where it is (made when asked: most checks pass) and its text. */
export interface Leaf {
  readonly path: string;
  text: string;
}

class LeafAt implements Leaf {
  constructor(
    private readonly at: At,
    private readonly name: string,
    readonly text: string,
  ) {}

  get path(): string {
    return leaf(this.at, this.name);
  }
}

const NO_LEAF: Leaf[] = [];

/** The child leaf `name` of a record as a (possibly empty) node list (treat it as read-only). */
export function leafOf(at: At, name: string): Leaf[] {
  const v = text(at.node, name);
  return v === undefined ? NO_LEAF : [new LeafAt(at, name, v)];
}


/**
 * The items the stylesheet's comma-list walk visits: it takes items while the rest of the list is
 * not blank, so every item but a blank last one, each normalized. Parsed once per list text.
 */
function commaListItems(list: string): string[] {
  const items: string[] = [];
  let rest = list;
  while (normalizeSpace(rest) !== '') {
    const comma = rest.indexOf(',');
    items.push(normalizeSpace(comma < 0 ? rest : rest.slice(0, comma)));
    rest = comma < 0 ? '' : rest.slice(comma + 1);
  }
  return items;
}

const commaLists = new Map<string, ReadonlySet<string>>();

function commaListSet(list: string): ReadonlySet<string> {
  let set = commaLists.get(list);
  if (!set) commaLists.set(list, (set = new Set(commaListItems(list))));
  return set;
}

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The official validation's pattern language: `.` any character, `\x` the character x, `1` a
 * digit 1–9, `0` a digit, `a` a lower-case letter, `A` an upper-case letter, `z`/`Z` a letter,
 * anything else itself; the whole text must match.
 */
export function patternMatch(value: string, pattern: string): boolean {
  const t = Array.from(value);
  const p = Array.from(pattern);
  let i = 0;
  let j = 0;
  while (i < t.length && j < p.length) {
    const c = t[i] as string;
    const q = p[j] as string;
    let allowed: string | undefined;
    if (q === '.') allowed = undefined;
    else if (q === '\\' && j + 1 < p.length) {
      allowed = p[j + 1] as string;
      j++;
    } else if (q === '1') allowed = DIGITS.slice(1);
    else if (q === '0') allowed = DIGITS;
    else if (q === 'a') allowed = LOWER;
    else if (q === 'A') allowed = UPPER;
    else if (q === 'z' || q === 'Z') allowed = LOWER + UPPER;
    else allowed = q;
    if (allowed !== undefined && !allowed.includes(c)) return false;
    i++;
    j++;
  }
  return i === t.length && j === p.length;
}

/**
 * The official validation's value test on an element (list): '' empty or absent, '*' filled,
 * '#' present, '#pattern' matches, '!spec' the negation, otherwise one of a comma list.
 */
export function testValue(nodes: Leaf[], spec: string): boolean {
  return testText(nodes[0]?.text, spec);
}

/** testValue() on the text of the first node, undefined when there is none (no Leaf needed). */
export function testText(value: string | undefined, spec: string): boolean {
  return testSpec(value, specOf(spec));
}

/**
 * A value-test spec as testText() reads it, parsed once per spec text: the rules test the same
 * few constant specs on every record, and the parse cost more than most tests (a '!' spec made a
 * new string per test).
 */
type Spec =
  | { kind: 'blank' | 'filled' | 'present' }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'not'; spec: Spec }
  | { kind: 'list'; list: string; items: ReadonlySet<string>; few?: readonly string[] };

const specs = new Map<string, Spec>();
const FEW = 6;

function specOf(spec: string): Spec {
  let parsed = specs.get(spec);
  if (!parsed) {
    if (specs.size >= 1024) specs.clear(); // specs are constants: only a bound for safety
    specs.set(spec, (parsed = parseSpec(spec)));
  }
  return parsed;
}

function parseSpec(spec: string): Spec {
  const s = normalizeSpace(spec);
  if (s === '') return { kind: 'blank' };
  if (s === '*') return { kind: 'filled' };
  if (s === '#') return { kind: 'present' };
  if (s.length > 1 && s.startsWith('#')) return { kind: 'pattern', pattern: s.slice(1) };
  if (s.length > 1 && s.startsWith('!')) return { kind: 'not', spec: parseSpec(s.slice(1)) };
  const items = commaListSet(spec);
  // A few codes (most lists) are compared one by one: no hash of the value, which is new per message.
  return items.size <= FEW ? { kind: 'list', list: spec, items, few: [...items] } : { kind: 'list', list: spec, items };
}

function testSpec(value: string | undefined, spec: Spec): boolean {
  switch (spec.kind) {
    case 'blank':
      return value === undefined || normalizeSpace(value) === '';
    case 'filled':
      return normalizeSpace(value) !== '';
    case 'present':
      return value !== undefined;
    case 'pattern':
      return patternMatch(value ?? '', spec.pattern);
    case 'not':
      return !testSpec(value, spec.spec);
    case 'list':
      return spec.few ? spec.few.includes(normalizeSpace(value)) : spec.items.has(normalizeSpace(value));
  }
}

/** The paths of a union of element lists, each once. */
export function findingsAt(...lists: Leaf[][]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const l of lists)
    for (const n of l)
      if (!seen.has(n.path)) {
        seen.add(n.path);
        out.push({ path: n.path, detail: `${n.path.slice(n.path.lastIndexOf('/') + 1)} ${n.text}` });
      }
  return out;
}

/** Reported at both when `a` passes test1 and `b` fails test2 differ in outcome (both or neither). */
export function checkSame(a: Leaf[], test1: string, b: Leaf[], test2: string): Finding[] {
  return testValue(a, test1) !== testValue(b, test2) ? findingsAt(a, b) : [];
}

/** checkSame() on a leaf of `a` and one of `b`: the Leaf lists are made only to report. */
export function checkSameAt(a: At, aName: string, test1: string, b: At, bName: string, test2: string, out: Finding[]): void {
  if (testText(text(a.node, aName), test1) !== testText(text(b.node, bName), test2)) out.push(...findingsAt(leafOf(a, aName), leafOf(b, bName)));
}

/**
 * checkSameAt() of each record at `relPath` below every Client: its Leveringsvorm against test1
 * and its leaf `other` against test2. The body of the rules of that form (CD050, CD051, CD052,
 * CD072, CD073): one function for them all, so a message runs its code again, not five functions once.
 */
export function leveringsvormSameAt(message: XmlRecord, relPath: string, test1: string, other: string, test2: string): Finding[] {
  const out: Finding[] = [];
  const records = clientRecords(message, relPath);
  if (!records.length) return out;
  const spec1 = specOf(test1);
  const spec2 = specOf(test2);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (testSpec(text(r.node, 'Leveringsvorm'), spec1) !== testSpec(text(r.node, other), spec2)) out.push(...findingsAt(leafOf(r, 'Leveringsvorm'), leafOf(r, other)));
  }
  return out;
}

/** XPath number() of a date with its dashes removed; NaN when absent or not a number. */
export function dateNumber(node: XmlRecord, name: string): number {
  return xpathDateNumber(text(node, name)); // absent: NaN, as number('')
}

function dateString(node: XmlRecord, name: string): string {
  return (text(node, name) ?? '').replace(/-/g, '');
}

const FAR = 99999999;

/** The official isPeriodOverlay on Ingangsdatum/Einddatum (true when neither has an Einddatum). */
export function isPeriodOverlay(t: XmlRecord, o: XmlRecord): boolean {
  const tHas = t.Einddatum !== undefined;
  const oHas = o.Einddatum !== undefined;
  const tS = dateNumber(t, 'Ingangsdatum');
  const tE = dateNumber(t, 'Einddatum');
  const oS = dateNumber(o, 'Ingangsdatum');
  const oE = dateNumber(o, 'Einddatum');
  if (tHas && oHas) return (tE >= oS && tE <= oE) || (oE >= tS && oE <= tE);
  if (tHas) return (tE >= oS && tE <= FAR) || (FAR >= tS && FAR <= tE);
  if (oHas) return (FAR >= oS && FAR <= oE) || (oE >= tS && oE <= FAR);
  return true;
}

/** The official isPeriodWithinPeriod: the period of `t` lies within that of `o`. */
export function isPeriodWithinPeriod(t: XmlRecord, o: XmlRecord): boolean {
  const tHas = t.Einddatum !== undefined;
  const oHas = o.Einddatum !== undefined;
  const tS = dateNumber(t, 'Ingangsdatum');
  const tE = dateNumber(t, 'Einddatum');
  const oS = dateNumber(o, 'Ingangsdatum');
  const oE = dateNumber(o, 'Einddatum');
  if (tHas && oHas) return tE >= tS && tS >= oS && tS <= oE && tE >= oS && tE <= oE;
  if (tHas) return tE >= tS && tS >= oS && tS <= FAR && tE >= oS && tE <= FAR;
  if (oHas) return false;
  return tS >= oS && tS <= FAR;
}

/** The official isOneDayPeriodOverlay of a later record `t` with an earlier `o`. */
export function isOneDayPeriodOverlay(t: XmlRecord, o: XmlRecord): boolean {
  if (dateString(t, 'Ingangsdatum') === dateString(t, 'Einddatum')) return true;
  if (dateNumber(t, 'Ingangsdatum') >= dateNumber(o, 'Ingangsdatum'))
    return o.Einddatum !== undefined && dateString(o, 'Einddatum') === dateString(t, 'Ingangsdatum');
  return t.Einddatum !== undefined && dateString(t, 'Einddatum') === dateString(o, 'Ingangsdatum');
}
