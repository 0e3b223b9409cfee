/**
 * Checks of a MeldingInput (RFC0018: the NotificatieInput structure of RFC0008) beyond what the
 * GraphQL types already enforce: no empty strings, known ID types (case-insensitive; AGBCODE is
 * AGB), ids of the right shape, ≥ 1 subject with a
 * non-empty subject and recordID. ontvangerKenmerk is free text (BRIEF §7: `TYPE:id` of the
 * reporter when sent on its behalf) and not checked.
 */
import { isDateTime } from '../scalars.js';
import type { Violation } from '../write/mutations.js';

export interface MeldingInput {
  timestamp: string;
  afzenderIDType: string;
  afzenderID: string;
  ontvangerIDType: string;
  ontvangerID: string;
  ontvangerKenmerk?: string | null;
  eventType: string;
  subjectList: { subject: string; recordID: string }[];
}

/** IDTypeEnum {AGB BSN KVK OIN UZOVI} plus AGBCODE; the id shape of each. */
const ID_TYPES: Record<string, { canonical: string; id: RegExp; shape: string }> = {
  AGB: { canonical: 'AGB', id: /^\d{8}$/, shape: '8 digits' },
  AGBCODE: { canonical: 'AGB', id: /^\d{8}$/, shape: '8 digits' },
  UZOVI: { canonical: 'UZOVI', id: /^\d{4}$/, shape: '4 digits' },
  KVK: { canonical: 'KVK', id: /^\d{8}$/, shape: '8 digits' },
  OIN: { canonical: 'OIN', id: /^\d{20}$/, shape: '20 digits' },
  BSN: { canonical: 'BSN', id: /^\d{9}$/, shape: '9 digits' },
};
export const MELDING_ID_TYPES = Object.keys(ID_TYPES);

/** `agbcode` → `AGB`, `uzovi` → `UZOVI`; undefined for an unknown type. */
export function canonicalIdType(t: string | null | undefined): string | undefined {
  return t ? ID_TYPES[t.trim().toUpperCase()]?.canonical : undefined;
}

const EVENT_TYPE = /^[A-Za-z][A-Za-z0-9_]*$/;
const F = 'meldingInput';

export function validateMelding(m: MeldingInput): Violation[] {
  const out: Violation[] = [];
  const blank = (v: unknown): boolean => typeof v !== 'string' || v.trim() === '';
  if (blank(m.timestamp) || !isDateTime(m.timestamp)) out.push({ field: `${F}.timestamp`, rule: 'datetime', message: `${JSON.stringify(m.timestamp)} is not an ISO-8601 date-time with offset` });
  for (const side of ['afzender', 'ontvanger'] as const) {
    const type = m[`${side}IDType`];
    const id = m[`${side}ID`];
    const known = ID_TYPES[(type ?? '').trim().toUpperCase()];
    if (blank(type)) out.push({ field: `${F}.${side}IDType`, rule: 'required', message: `${side}IDType is required` });
    else if (!known) out.push({ field: `${F}.${side}IDType`, rule: 'code', message: `${JSON.stringify(type)} is not an ID type (${MELDING_ID_TYPES.join(', ')}; any case)` });
    if (blank(id)) out.push({ field: `${F}.${side}ID`, rule: 'required', message: `${side}ID is required` });
    else if (known && !known.id.test(id.trim())) out.push({ field: `${F}.${side}ID`, rule: 'format', message: `a ${known.canonical} id is ${known.shape}` });
  }
  if (blank(m.eventType)) out.push({ field: `${F}.eventType`, rule: 'required', message: 'eventType is required (e.g. IWLZFOUTMELDING)' });
  else if (!EVENT_TYPE.test(m.eventType.trim())) out.push({ field: `${F}.eventType`, rule: 'format', message: `${JSON.stringify(m.eventType)} is not an eventType (letters, digits, _)` });
  if (!Array.isArray(m.subjectList) || m.subjectList.length === 0) out.push({ field: `${F}.subjectList`, rule: 'required', message: 'subjectList needs at least one {subject, recordID}' });
  else {
    m.subjectList.forEach((s, i) => {
      if (blank(s.subject)) out.push({ field: `${F}.subjectList[${i}].subject`, rule: 'required', message: 'subject is required (the violated rule code, e.g. GGR0001)' });
      if (blank(s.recordID)) out.push({ field: `${F}.subjectList[${i}].recordID`, rule: 'required', message: 'recordID is required (Entity/uuid)' });
    });
  }
  return out;
}
