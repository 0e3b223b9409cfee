/** The meldingen table: store a received melding, list them for a receiver. */
import type { Db } from '../storage.js';
import { canonicalIdType, type MeldingInput } from './validate.js';

export interface StoredMelding {
  meldingID: string;
  /** When the register received it (its clock, ISO-8601 UTC). */
  ontvangen: string;
  /** The endpoint it came in on: `ir`, `br`, `lr` or `meldingen`. */
  endpoint: string;
  /** The authenticated party that sent it (token or certificate; `X-Party` in insecure mode), if known. */
  ingediendDoor: string | null;
  timestamp: string;
  afzenderIDType: string;
  afzenderID: string;
  ontvangerIDType: string;
  ontvangerID: string;
  ontvangerKenmerk: string | null;
  eventType: string;
  subjectList: { subject: string; recordID: string }[];
}

export interface MeldingFilter {
  ontvangerIDType?: string | null | undefined;
  ontvangerID?: string | null | undefined;
  eventType?: string | null | undefined;
  /** Received at or after this instant (ISO-8601). */
  since?: string | null | undefined;
  /** At most this many, oldest first; default 100, at most 1000. */
  first?: number | null | undefined;
}

interface Row {
  melding_id: string; ontvangen: string; endpoint: string; ingediend_door: string | null; timestamp: string;
  afzender_id_type: string; afzender_id: string; ontvanger_id_type: string; ontvanger_id: string; ontvanger_kenmerk: string | null;
  event_type: string; subject_list: string;
}

/** Stores a validated melding; ID types are stored canonical (`AGBCODE` → `AGB`, upper case). */
export function insertMelding(db: Db, m: MeldingInput, meta: { meldingID: string; ontvangen: Date; endpoint: string; ingediendDoor: string | undefined }): StoredMelding {
  const row: Row = {
    melding_id: meta.meldingID,
    ontvangen: meta.ontvangen.toISOString(),
    endpoint: meta.endpoint,
    ingediend_door: meta.ingediendDoor ?? null,
    timestamp: m.timestamp,
    afzender_id_type: canonicalIdType(m.afzenderIDType)!,
    afzender_id: m.afzenderID.trim(),
    ontvanger_id_type: canonicalIdType(m.ontvangerIDType)!,
    ontvanger_id: m.ontvangerID.trim(),
    ontvanger_kenmerk: m.ontvangerKenmerk ?? null,
    event_type: m.eventType.trim(),
    subject_list: JSON.stringify(m.subjectList.map((s) => ({ subject: s.subject, recordID: s.recordID }))),
  };
  db.prepare(`INSERT INTO meldingen (melding_id, ontvangen, endpoint, ingediend_door, timestamp, afzender_id_type, afzender_id, ontvanger_id_type, ontvanger_id, ontvanger_kenmerk, event_type, subject_list)
    VALUES (@melding_id, @ontvangen, @endpoint, @ingediend_door, @timestamp, @afzender_id_type, @afzender_id, @ontvanger_id_type, @ontvanger_id, @ontvanger_kenmerk, @event_type, @subject_list)`).run(row);
  return toMelding(row);
}

function toMelding(r: Row): StoredMelding {
  return {
    meldingID: r.melding_id, ontvangen: r.ontvangen, endpoint: r.endpoint, ingediendDoor: r.ingediend_door, timestamp: r.timestamp,
    afzenderIDType: r.afzender_id_type, afzenderID: r.afzender_id, ontvangerIDType: r.ontvanger_id_type, ontvangerID: r.ontvanger_id,
    ontvangerKenmerk: r.ontvanger_kenmerk, eventType: r.event_type, subjectList: JSON.parse(r.subject_list) as StoredMelding['subjectList'],
  };
}

/** Meldingen matching every given criterion, in the order received. */
export function listMeldingen(db: Db, f: MeldingFilter = {}): StoredMelding[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.ontvangerIDType) { where.push('ontvanger_id_type = ?'); params.push(canonicalIdType(f.ontvangerIDType) ?? f.ontvangerIDType.toUpperCase()); }
  if (f.ontvangerID) { where.push('ontvanger_id = ?'); params.push(f.ontvangerID.trim()); }
  if (f.eventType) { where.push('upper(event_type) = upper(?)'); params.push(f.eventType.trim()); }
  if (f.since) { where.push('ontvangen >= ?'); params.push(new Date(f.since).toISOString()); }
  const limit = Math.min(Math.max(f.first ?? 100, 0), 1000);
  const sql = `SELECT * FROM meldingen${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT ${limit}`;
  return (db.prepare(sql).all(...params) as Row[]).map(toMelding);
}
