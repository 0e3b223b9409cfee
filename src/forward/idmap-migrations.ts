/**
 * Migrations of the forward half's SQLite file (the identifier map and the processed messages),
 * applied once each, in order, recorded in `forward_migrations`. Kept in TypeScript so the build
 * ships them; never edit an applied one: add the next.
 */
export const IDMAP_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'id-map-and-processed-messages',
    sql: `
-- Estafette natural key (BRIEF §5.1) <-> register UUID, per register and register type.
CREATE TABLE id_map (
  register     TEXT NOT NULL,              -- ir | br | lr
  entity       TEXT NOT NULL,              -- register type: Bemiddelingspecificatie
  natural_key  TEXT NOT NULL,              -- the mapping's naturalKey()
  register_id  TEXT NOT NULL,              -- the UUID the register assigned
  content_hash TEXT NOT NULL,              -- sha256 of the canonical JSON of content
  content      TEXT NOT NULL,              -- the record's input as last written (JSON)
  version      INTEGER NOT NULL,           -- 1 on create, +1 on every write through the bridge
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  deleted_at   TEXT,                       -- set when the record was removed (verwijder); kept for the reverse direction
  message_key  TEXT,                       -- the message that wrote it last
  PRIMARY KEY (register, entity, natural_key)
) WITHOUT ROWID;
CREATE INDEX id_map_by_register_id ON id_map (register, register_id);

-- Idempotency: a message (afzender + kind + BerichtIdentificatie) processed once.
CREATE TABLE processed_messages (
  message_key  TEXT PRIMARY KEY,
  kind         TEXT,
  processed_at TEXT NOT NULL,
  outcome      TEXT NOT NULL                -- JSON: status, mutations, records, retour
) WITHOUT ROWID;
`,
  },
];
