/**
 * The contract between the reference register's write side and its notifications (RFC0008):
 * a write describes what changed as a RegisterChange; eventsFor() turns it into the
 * notifications the real register would send; the outbox stores them in the same SQLite
 * transaction as the data and delivers them as the zendNotificatie mutation.
 */
export type RegisterName = 'indicatieregister' | 'bemiddelingsregister' | 'leveringsregister';

export interface RegisterChange {
  register: RegisterName;
  /** The GraphQL type written: WlzIndicatie, Bemiddeling, Bemiddelingspecificatie, Regiehouder, Overdracht, Levering, Leveringperiode, Uitstelperiode, Afstel, Behandelingperiode, Verzoek, VerzoekAanbieder, … */
  entity: string;
  op: 'create' | 'update' | 'delete';
  /** The record's UUID. */
  id: string;
  /** The UUID of the record it hangs under, where the subject needs it (Bemiddeling for a Bemiddelingspecificatie, Levering for a Leveringperiode, …). */
  parentId?: string;
  /**
   * The parties involved, as known at the write: the keys the eventType table (BRIEF §6) routes
   * on, e.g. { instelling: '01234567', uitvoerendZorgkantoor: '5507', verantwoordelijkZorgkantoor: '5501' }.
   * A key a route reads as `many` holds a comma-separated list (`verantwoordelijkeZorgkantoren: '5501,5502'`).
   */
  parties: Record<string, string | undefined>;
  /** The party that wrote, as `TYPE:id` (e.g. `UZOVI:5507`). */
  author: string;
  /** For an update: the fields it wrote (an event may depend on one, e.g. `vervaldatum`). */
  changed?: string[];
}

/** One notification as the zendNotificatie input carries it (RFC0008), before delivery. */
export interface NotificationDraft {
  eventType: string;
  afzenderIDType: string;
  afzenderID: string;
  ontvangerIDType: string;
  ontvangerID: string;
  ontvangerKenmerk: string | null;
  subjectList: { subject: string; recordID: string }[];
}
