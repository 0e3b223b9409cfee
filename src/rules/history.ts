/**
 * What the stateful rules (TR017, TR019, TR020, TR056, TR063, TR069, TR071, TR074, TR103,
 * TR104, TR118 …) need to know of earlier messages. The journal (a later issue) implements it over
 * SQLite; tests use InMemoryHistory. Keys are the estafette natural keys of BRIEF §5.1.
 */
export interface ToewijzingKey {
  bsn: string;
  besluitnummer: string;
  /** ZzpCode or FunctieCode. */
  product: string;
  instelling: string;
  ingangsdatum: string;
}

export interface ToewijzingFacts {
  ingangsdatum: string;
  einddatum?: string;
  klasse?: string;
  etmalen?: string;
}

export interface History {
  /** Whether an earlier message of this kind from this sender had this Identificatie (TR056). */
  identificatieSeen(afzender: string, kind: string, identificatie: string): boolean;
  /** The toewijzing an AW33/ZK33 sent for this key, if any (TR017, TR019, TR020). */
  toewijzing(key: ToewijzingKey): ToewijzingFacts | undefined;
  /**
   * Earlier aanleveringen (StatusAanlevering 1 = new, 3 = delete) of a record with this key in
   * messages of this kind, oldest first (TR063, TR069, TR071, TR074, TR103, TR104).
   */
  aanleveringen(kind: string, recordKey: string): { status: string; begindatum?: string; mutatiedatum?: string }[];
  /** Whether a CA317 announced this GeleverdeZorgID and it was not withdrawn (TR118). */
  geleverdeZorg(id: string): boolean;
}
