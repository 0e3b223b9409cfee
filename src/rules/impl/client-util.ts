/**
 * Helpers for the client-block rules (person, address, contact, relatie, communicatie, wzd).
 * They mirror the value tests of the official stylesheet: "filled" is non-blank text after
 * XPath normalize-space, a value list compares the normalized text, "present" is the element's
 * existence whatever its content.
 */
import type { XmlRecord } from '../../messages/model-types.js';
import type { Finding } from '../rule.js';
import { type At, derived, kids, recordsNamed, select } from '../walk.js';
import { normalizeSpace as norm, xpathNumber } from '../xpath.js';
export { norm, xpathNumber };
import { clients } from '../walk.js';
export { clients };


/** The stylesheet's `*`: the element exists with non-blank text. */
export function filled(v: string | undefined): boolean {
  return norm(v) !== '';
}

/** The stylesheet's value list (`01,03`): the normalized text is one of the values. */
export function oneOf(v: string | undefined, values: readonly string[]): boolean {
  return v !== undefined && values.includes(norm(v));
}

/** The stylesheet's `#`: the child element exists (leaf or record). */
export function has(node: XmlRecord, name: string): boolean {
  return node[name] !== undefined;
}


/** XPath substring-after(): '' when the separator does not occur. */
export function substringAfter(s: string, sep: string): string {
  const i = s.indexOf(sep);
  return i < 0 ? '' : s.slice(i + sep.length);
}


/** The Relatie records of a client. */
export function relaties(client: At): At[] {
  return select(client, 'Relaties/Relatie');
}

/** Every Contact of a client: each Relatie's Contact, then Contactgegevens/Contact (document order). */
export function contacts(client: At): At[] {
  return derived(client, '#contacts', makeContacts);
}

/** contacts()'s list, made once per client (a module function: asking for it makes no closure). */
function makeContacts(client: At): At[] {
  const out: At[] = [];
  for (const r of relaties(client)) for (const c of kids(r, 'Contact')) out.push(c);
  for (const c of select(client, 'Contactgegevens/Contact')) out.push(c);
  return out;
}

/** Every record named `name` anywhere in the message, in document order. */
export function named(message: XmlRecord, name: string): At[] {
  return recordsNamed(message, name);
}

/**
 * The findings of one official error: one per location, like the report's `Locatie` list. A
 * location is a path, or [path, exists] to keep it only when the element exists (the stylesheet
 * lists only the nodes that are there).
 */
export function findings(locations: readonly (string | readonly [string, boolean])[], detail?: string): Finding[] {
  const out: Finding[] = [];
  for (const loc of locations) {
    const [path, exists] = typeof loc === 'string' ? [loc, true] : loc;
    if (exists) out.push(detail === undefined ? { path } : { path, detail });
  }
  return out;
}
