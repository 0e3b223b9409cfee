import type { Issue } from '../issues.js';
import { kindInfo, type HeenKind, type RetourKind } from '../messages/catalog.js';
import type { XmlRecord, XmlValue } from '../messages/model-types.js';
import { type Shape, shapeOf } from '../messages/shape.js';
import type { SchemaModel } from '../schema/model.js';
import { dutchDate, type Stamp } from './stamp.js';

/** "Geen opmerking over deze berichtklasse": the code of a record without remarks. */
export const RETOURCODE_OK = '0200';
export const RETOURCODE_TECHNICAL = '0001';

export interface RetourInput {
  heenKind: HeenKind;
  /** The heen message: complete when XSD-valid; only its Header (as far as readable) otherwise. */
  heen: XmlRecord;
  /** The issues found: technical ones (retourcode 0001) make a header-only retour. */
  issues: Issue[];
}

interface Slot {
  record: XmlRecord;
  codes: string[];
}

function asList(v: XmlValue | undefined): XmlValue[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * Copies a heen record into the shape of its retour counterpart (same names, the retour's order),
 * registering every record that has a RetourCodes slot under the path the rules report.
 */
function echo(heen: XmlRecord, shape: Shape, path: string, slots: Map<string, Slot>): XmlRecord {
  const out: XmlRecord = {};
  for (const child of shape.children) {
    if (child.name === 'RetourCodes') continue;
    const values = asList(heen[child.name]);
    if (values.length === 0) continue;
    const many = values.length > 1;
    const copied = values.map((v, i) => {
      if (!child.complex) return v;
      return echo(typeof v === 'object' && !Array.isArray(v) ? v : {}, child.complex, `${path}/${child.name}${many ? `[${i + 1}]` : ''}`, slots);
    });
    out[child.name] = child.many ? copied : copied[0];
  }
  if (shape.byName.has('RetourCodes')) slots.set(path, { record: out, codes: [] });
  return out;
}

/**
 * Builds the retour message of a heen message as the standard prescribes (BRIEF §2.2): the whole
 * request echoed in the retour namespace, BerichtCode + 1, Afzender and Ontvanger kept,
 * IdentificatieRetour, DagtekeningRetour, XsdVersieRetour, and RetourCodes on the header and on
 * every echoed record — 0200 where a record has no remark, the retourcodes of the issues located
 * in it (at the nearest record with a RetourCodes slot) where it has. A technical or XSD failure
 * gives a header-only retour with 0001. The result is a typed retour model: MessageCore.write
 * validates it on the way out.
 */
export function buildRetour(input: RetourInput, model: SchemaModel, stamp: Stamp): { kind: RetourKind; retour: XmlRecord } {
  const kind = kindInfo(input.heenKind).pair as RetourKind;
  const info = model.messages[kind];
  if (!info) throw new Error(`release ${model.release} has no ${kind}`);
  const rootShape = shapeOf(model, info.rootType);
  const headerShape = rootShape.byName.get('Header')!.complex!;
  const technical = input.issues.some((i) => i.retourcode === RETOURCODE_TECHNICAL);

  const slots = new Map<string, Slot>();
  const heenHeader = (input.heen.Header ?? {}) as XmlRecord;
  const header = echo(heenHeader, headerShape, '/Bericht/Header', new Map());
  header.BerichtCode = kindInfo(kind).berichtCode;
  header.IdentificatieRetour = stamp.newId();
  header.DagtekeningRetour = dutchDate(stamp.now());
  header.XsdVersieRetour = { BasisschemaXsdVersie: info.basisschemaXsdVersie ?? '1.0.0', BerichtXsdVersie: info.berichtXsdVersie ?? '1.0.0' };
  const retour: XmlRecord = { Header: header };

  const headerCodes: string[] = [];
  if (technical) headerCodes.push(RETOURCODE_TECHNICAL);
  else {
    for (const child of rootShape.children) {
      if (child.name === 'Header' || !child.complex) continue;
      const v = input.heen[child.name];
      if (v !== undefined) retour[child.name] = echo(v as XmlRecord, child.complex, `/Bericht/${child.name}`, slots);
    }
    for (const issue of input.issues) {
      let p = issue.path ?? '/Bericht/Header';
      while (p.length > '/Bericht'.length && !slots.has(p)) p = p.slice(0, p.lastIndexOf('/'));
      const target = slots.get(p)?.codes ?? (p.startsWith('/Bericht/Header') || p === '/Bericht' ? headerCodes : undefined);
      if (target && !target.includes(issue.retourcode)) target.push(issue.retourcode);
    }
    for (const slot of slots.values()) slot.record.RetourCodes = { RetourCode: slot.codes.length ? slot.codes : [RETOURCODE_OK] };
  }
  header.RetourCodes = { RetourCode: headerCodes.length ? headerCodes : [RETOURCODE_OK] };
  return { kind, retour };
}
