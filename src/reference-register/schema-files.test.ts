import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExecutable } from './executable.js';
import { SHARED_GRAPHQL } from './sample.js';
import { installSchemas, readManifest, readQueryTemplates, readSdl, RegisterSchemaError, sameInstall } from './schema-files.js';
import { migrate, openDb } from './storage.js';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-reg-schemas-'));

describe('register schema install', () => {
  it('copies the SDLs and queries/ with a manifest, and reads them back', () => {
    const target = path.join(tmp(), 'graphql');
    const m = installSchemas(SHARED_GRAPHQL(), target, new Date('2025-01-02T03:04:05Z'));
    expect(Object.keys(m.files)).toContain('Indicatieregister-2.graphql');
    expect(Object.keys(m.files)).toContain('queries/bemiddelingsregister/QBR-0001-ZA.graphql');
    expect(readManifest(target)?.installedAt).toBe('2025-01-02T03:04:05.000Z');
    expect(sameInstall(SHARED_GRAPHQL(), target)).toBe(true);
    expect(readSdl(target, 'Bemiddelingsregister.graphql')).toContain('Versie 1.1.0');
    expect(Object.keys(readQueryTemplates(target, 'indicatieregister'))).toEqual(['QIR-0001-ZKi.graphql']);
    installSchemas(SHARED_GRAPHQL(), target); // re-install replaces
    expect(fs.readdirSync(path.dirname(target))).toEqual(['graphql']);
  });
  it('refuses a folder without the register SDLs, and says how to install when missing', () => {
    expect(() => installSchemas(tmp(), path.join(tmp(), 'graphql'))).toThrow(RegisterSchemaError);
    expect(() => readSdl(tmp(), 'Bemiddelingsregister.graphql')).toThrow(/register schemas install/);
  });
});

describe('storage', () => {
  it('derives tables, keeps codes as text, records the SDL and adds new columns on re-open', () => {
    const file = path.join(tmp(), 'r.sqlite');
    const sdl = fs.readFileSync(path.join(SHARED_GRAPHQL(), 'Bemiddelingsregister.graphql'), 'utf8');
    let db = openDb(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    migrate(db, 'br', buildExecutable(sdl, 'br').model, sdl);
    db.close();
    const grown = sdl.replace('  taal: String\n}', '  taal: String\n  nieuw: String\n}');
    db = openDb(file);
    migrate(db, 'br', buildExecutable(grown, 'br').model, grown);
    const cols = (db.prepare(`SELECT name, type FROM pragma_table_info('br_Client')`).all() as { name: string; type: string }[]);
    expect(cols.map((c) => c.name)).toContain('nieuw');
    expect(cols.find((c) => c.name === 'bsn')?.type).toBe('TEXT');
    expect((db.prepare('SELECT count(*) AS n FROM register_migrations').get() as { n: number }).n).toBe(2);
    db.close();
  });
});
