import type { Issue } from '../issues.js';
import { kindInfo, type HeenKind, type RetourKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
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

/**
 * Copies heen records into the shape of their retour counterparts (same names, the retour's
 * order), keeping every record that has a RetourCodes slot. Only when there are issues to place
 * does it spell each record's path (the one the rules report): most messages have none.
 */
class Echo {
  readonly slots: Slot[] = [];
  readonly byPath = new Map<string, Slot>();

  constructor(private readonly withPaths: boolean) {}

  record(heen: XmlRecord, shape: Shape, path: string): XmlRecord {
    const out: XmlRecord = {};
    for (const child of shape.children) {
      if (child.name === 'RetourCodes') continue;
      const v = heen[child.name];
      if (v === undefined) continue;
      const list = Array.isArray(v);
      if (list && v.length === 0) continue;
      if (!child.complex) {
        out[child.name] = child.many ? (list ? v.slice() : [v]) : list ? v[0] : v;
        continue;
      }
      const values = list ? v : [v];
      const numbered = values.length > 1;
      const copied: XmlRecord[] = [];
      for (let i = 0; i < values.length; i++) {
        const item = values[i]!;
        const at = this.withPaths ? `${path}/${child.name}${numbered ? `[${i + 1}]` : ''}` : '';
        copied.push(this.record(typeof item === 'object' && !Array.isArray(item) ? item : {}, child.complex, at));
      }
      out[child.name] = child.many ? copied : copied[0];
    }
    if (shape.byName.has('RetourCodes')) {
      const slot: Slot = { record: out, codes: [] };
      this.slots.push(slot);
      if (this.withPaths) this.byPath.set(path, slot);
    }
    return out;
  }
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

  const heenHeader = (input.heen.Header ?? {}) as XmlRecord;
  const header = new Echo(false).record(heenHeader, headerShape, '/Bericht/Header');
  header.BerichtCode = kindInfo(kind).berichtCode;
  header.IdentificatieRetour = stamp.newId();
  header.DagtekeningRetour = dutchDate(stamp.now());
  header.XsdVersieRetour = { BasisschemaXsdVersie: info.basisschemaXsdVersie ?? '1.0.0', BerichtXsdVersie: info.berichtXsdVersie ?? '1.0.0' };
  const retour: XmlRecord = { Header: header };

  const headerCodes: string[] = [];
  if (technical) headerCodes.push(RETOURCODE_TECHNICAL);
  else {
    const echo = new Echo(input.issues.length > 0);
    for (const child of rootShape.children) {
      if (child.name === 'Header' || !child.complex) continue;
      const v = input.heen[child.name];
      if (v !== undefined) retour[child.name] = echo.record(v as XmlRecord, child.complex, `/Bericht/${child.name}`);
    }
    const slots = echo.byPath;
    for (const issue of input.issues) {
      let p = issue.path ?? '/Bericht/Header';
      while (p.length > '/Bericht'.length && !slots.has(p)) p = p.slice(0, p.lastIndexOf('/'));
      const target = slots.get(p)?.codes ?? (p.startsWith('/Bericht/Header') || p === '/Bericht' ? headerCodes : undefined);
      if (target && !target.includes(issue.retourcode)) target.push(issue.retourcode);
    }
    for (const slot of echo.slots) slot.record.RetourCodes = { RetourCode: slot.codes.length ? slot.codes : [RETOURCODE_OK] };
  }
  header.RetourCodes = { RetourCode: headerCodes.length ? headerCodes : [RETOURCODE_OK] };
  return { kind, retour };
}
