/**
 * Small helpers shared by the rules of the aw317-cak-zk31 group. They reproduce the value tests
 * of the official validation (XPath 1.0 semantics): normalize-space before comparing codes,
 * number() on dates with the hyphens removed (so an absent or malformed date compares false),
 * and the stylesheet's own day arithmetic.
 */
import type { XmlRecord } from '../../messages/model-types.js';
import { type At, leaf, root, select } from '../walk.js';
import { normalizeSpace as norm, xpathNumber as xpNumber, dateNumber as dateNum } from '../xpath.js';
export { norm, xpNumber, dateNum };
import { clients } from '../walk.js';
export { clients };


/** Whether the (normalised) value is one of the codes; absent never is. */
export function oneOf(s: string | undefined, codes: readonly string[]): boolean {
  return s !== undefined && codes.includes(norm(s));
}

/** Filled: present and not blank (the stylesheet's `*` test). */
export function filled(s: string | undefined): boolean {
  return norm(s) !== '';
}


/** A date as the stylesheet compares it: number(translate(date, '-', '')); NaN when absent. */
import { adjustDate } from '../dates.js';
export { adjustDate };



/** XPath substring-after / substring-before ('' when the separator does not occur). */
export function after(s: string, sep: string): string {
  const i = s.indexOf(sep);
  return i < 0 ? '' : s.slice(i + sep.length);
}
export function beforeSep(s: string, sep: string): string {
  const i = s.indexOf(sep);
  return i < 0 ? '' : s.slice(0, i);
}

/** Paths of the named leaves of a record that are present, in the given order. */
export function present(at: At, ...names: string[]): string[] {
  return names.filter((n) => typeof at.node[n] === 'string').map((n) => leaf(at, n));
}


/** The Header/BerichtIdentificatie/Dagtekening leaf: its text and path (text undefined when absent). */
export function dagtekening(message: XmlRecord): { value: string | undefined; path: string } {
  const bi = select(root(message), 'Header/BerichtIdentificatie')[0];
  const path = '/Bericht/Header/BerichtIdentificatie/Dagtekening';
  const v = bi?.node.Dagtekening;
  return { value: typeof v === 'string' ? v : undefined, path };
}

/**
 * The records carrying Leveringsstatus + LeveringsstatusClassificatie (CD090, CS131):
 * AW39/ZK39 MutatieZorgzwaartepakket, AW317 Leveringsstatussen/Leveringsstatus, ZK31
 * ToegewezenZorgzwaartepakket.
 */
export function leveringsstatusRecords(message: XmlRecord): At[] {
  const r = root(message);
  return [
    ...select(r, 'Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket'),
    ...select(r, 'Clienten/Client/Indicaties/Indicatie/WachtlijstZorgzwaartepakketten/WachtlijstZorgzwaartepakket/Leveringsstatussen/Leveringsstatus'),
    ...select(r, 'Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket'),
  ];
}

/** ZK31: the single Indicatie of the Client, when present. */
export function zk31Indicatie(message: XmlRecord): At | undefined {
  return select(root(message), 'Client/Indicatie')[0];
}

/** ZK31: the ToegewezenZorgzwaartepakketten whose Leveringsvorm text is exactly '2' (PGB), as TR108/TR109 match them. */
export function zk31PgbToewijzingen(message: XmlRecord): At[] {
  return select(root(message), 'Client/Indicatie/ToegewezenZorgzwaartepakketten/ToegewezenZorgzwaartepakket').filter(
    (t) => t.node.Leveringsvorm === '2',
  );
}
