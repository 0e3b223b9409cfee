/**
 * Helpers shared by the rules of the levering group (AW35/ZK35 MAZ, AW39/ZK39 MUT and Aanvraag).
 * They mirror the XPath 1.0 semantics of the official validation stylesheet: values are compared
 * after normalize-space, dates are compared as numbers after removing the dashes (so a missing or
 * malformed date makes every comparison false), and a finding lists the elements the stylesheet
 * reports, in document order.
 */
import { adjustDate } from '../dates.js';
import type { XmlRecord } from '../../messages/model-types.js';
import type { Finding } from '../rule.js';
import { type At, leaf, select, text } from '../walk.js';
import { normalizeSpace, dateNumber as dateNum } from '../xpath.js';
export { normalizeSpace, dateNum };
import { clients } from '../walk.js';
export { clients };


/** Records along a path below each client: records(m, 'MutatieFuncties/MutatieFunctie'). */
export function records(message: XmlRecord, relPath: string): At[] {
  return clients(message).flatMap((c) => select(c, relPath));
}

/** XPath normalize-space of a leaf; '' when absent. */
export function norm(node: XmlRecord, name: string): string {
  return normalizeSpace(text(node, name) ?? '');
}


/** Whether the child element is present (XPath `$e/.`), filled or not. */
export function has(node: XmlRecord, name: string): boolean {
  return node[name] !== undefined;
}

/** Whether the leaf's normalized text is one of the values (the stylesheet's value lists). */
export function valueIn(node: XmlRecord, name: string, values: readonly string[]): boolean {
  const v = norm(node, name);
  return v !== '' && values.includes(v);
}


/** The findings at the named children of a record that are present, in the order given. */
export function at(rec: At, ...names: string[]): Finding[] {
  return names.filter((n) => has(rec.node, n)).map((n) => ({ path: leaf(rec, n) }));
}

/** Adds a detail to the first finding of a list. */
export function withDetail(findings: Finding[], detail: string): Finding[] {
  return findings.map((f, i) => (i === 0 ? { ...f, detail } : f));
}

/**
 * The stylesheet's addDate(date, 1): the date as a number plus one day, carried over month and
 * year ends with its own leap-year test (every fourth year). '' for an empty or malformed date.
 */
export function nextDayNum(date: string | undefined): string {
  const d = dateNum(date);
  if (!Number.isFinite(d) || d <= 0) return '';
  return String(adjustDate(d + 1));
}

/**
 * The stylesheet's validZorginstelling hook (TR064 for ZK35/ZK39, TR100): whether an iWlz-AGB
 * code belongs to a zorgkantoor according to the iWlz-AGB-codelijst. The configured list
 * (ctx.lists.agb) expresses that relation with entries `<ZorgkantoorCode>:<iWlzAgbCode>`, e.g.
 * `5504:07301234`; plain AGB-code entries (TR042) carry no relation. A list without any such pair
 * cannot judge the relation, so everything is taken to belong (no false rejections).
 */
export function belongsTo(list: ReadonlySet<string>, zorgkantoor: string, agb: string): boolean {
  return list.has(`${zorgkantoor}:${agb}`) || !hasPairs(list);
}

const pairsKnown = new WeakMap<ReadonlySet<string>, boolean>();

function hasPairs(list: ReadonlySet<string>): boolean {
  let known = pairsKnown.get(list);
  if (known === undefined) {
    known = [...list].some((entry) => entry.includes(':'));
    pairsKnown.set(list, known);
  }
  return known;
}
