/**
 * Small helpers shared by the rules of the indicatie group. They mirror the semantics of the
 * official validation's XPath 1.0 tests: values compared after collapsing white space, dates
 * compared as the number left after removing the dashes (NaN never compares), lists of codes.
 */
import type { XmlRecord } from '../../messages/model-types.js';
import type { Finding } from '../rule.js';
import { type At, derived, kids, leaf, root, select, text } from '../walk.js';
import { normalizeSpace, dateNumber } from '../xpath.js';
export { normalizeSpace, dateNumber };
import { clients } from '../walk.js';
export { clients };



/** Whether the value (normalized) is one of the comma-separated codes. An absent value never is. */
const codeSets = new Map<string, ReadonlySet<string>>();

export function inList(value: string | undefined, codes: string): boolean {
  if (value === undefined) return false;
  let set = codeSets.get(codes);
  if (!set) codeSets.set(codes, (set = new Set(codes.split(',').map((c) => normalizeSpace(c)))));
  return set.has(normalizeSpace(value));
}

/** Whether a leaf is empty in the stylesheet's sense: absent or only white space. */
export function isBlank(value: string | undefined): boolean {
  return normalizeSpace(value) === '';
}


/** Every Indicatie record: Client/Indicatie, or Client/Indicaties/Indicatie (AW317). */
export function indicaties(message: XmlRecord): At[] {
  return derived(root(message), '#indicaties', makeIndicaties);
}

// The lists below are made by module functions, so asking for a list already made makes no closure.
function makeIndicaties(r: At): At[] {
  const out: At[] = [];
  for (const c of clients(r.node)) {
    for (const ind of kids(c, 'Indicatie')) out.push(ind);
    for (const ind of select(c, 'Indicaties/Indicatie')) out.push(ind);
  }
  return out;
}

/** The indicated units of an Indicatie in document order: GeindiceerdeFuncties, then the ZZPs. */
export function units(indicatie: At): At[] {
  return derived(indicatie, '#units', makeUnits);
}

function makeUnits(indicatie: At): At[] {
  const functies = select(indicatie, 'GeindiceerdeFuncties/GeindiceerdeFunctie');
  const zzps = select(indicatie, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket');
  if (!zzps.length) return functies.length ? functies.slice() : [];
  if (!functies.length) return zzps.slice();
  return functies.concat(zzps);
}

/** The paths of the leaves that are present, in the given order. */
export function presentLeaves(at: At, ...names: string[]): string[] {
  return names.filter((n) => text(at.node, n) !== undefined).map((n) => leaf(at, n));
}

/** One finding per path. */
export function findingsAt(paths: string[], detail?: string): Finding[] {
  return paths.map((path) => (detail === undefined ? { path } : { path, detail }));
}

/**
 * The stylesheet's period overlap of two records with Ingangsdatum and optional Einddatum (an
 * absent Einddatum is open): the official isPeriodOverlay, shared with the toewijzing rules.
 */
export { isPeriodOverlay as periodsOverlap } from './toewijzing-util.js';

/**
 * The stylesheet's "checkafter" on two dates of one record: the later date must not be before the
 * earlier one. When the earlier is absent or after the later, each date present is reported: a
 * finding without detail pushed to `out` per path (nothing is made while the dates pass).
 */
export function pushNotBefore(out: Finding[], at: At, later: string, earlier: string): void {
  const l = text(at.node, later);
  if (l === undefined) return;
  const e = text(at.node, earlier);
  if (e === undefined || dateNumber(e) > dateNumber(l)) {
    out.push({ path: leaf(at, later) });
    if (e !== undefined) out.push({ path: leaf(at, earlier) });
  }
}

/** The local name of a record: the last step of its path without `[n]`. */
export { nameOf } from '../walk.js';

/** The function records: indicated, assigned and delivered functions. */
export const FUNCTIE_RECORDS: ReadonlySet<string> = new Set(['GeindiceerdeFunctie', 'ToegewezenFunctie', 'GeleverdeFunctie']);
