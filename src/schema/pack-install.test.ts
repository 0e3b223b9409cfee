import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SHARED_PACK } from '../../test/helpers/paths.js';
import { officialZip } from '../../test/helpers/zip.js';
import { installFromPath } from './pack-install.js';
import { listPacks } from './pack-store.js';
import { BridgeError } from '../errors.js';

const tmp: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-pack-'));
  tmp.push(d);
  return d;
}
afterEach(() => {
  for (const d of tmp.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('installFromPath', () => {
  it('installs the official folder with the case alias, manifest and model', () => {
    const xsdDir = tempDir();
    const r = installFromPath(SHARED_PACK, xsdDir, new Date('2026-11-25T10:00:00Z'));
    expect(r.release).toBe('2.2');
    expect(r.messages).toHaveLength(22);
    expect(r.aliases).toEqual({ 'basisschema.xsd': 'Basisschema.xsd' });
    const files = fs.readdirSync(r.dir);
    expect(files).toContain('Basisschema.xsd');
    expect(files).toContain('basisschema.xsd');
    const [pack] = listPacks(xsdDir);
    expect(pack!.manifest).toMatchObject({ release: '2.2', installedAt: '2026-11-25T10:00:00.000Z' });
    expect(pack!.model.messages.AW33).toMatchObject({
      namespace: 'http://www.istandaarden.nl/iwlz/2_2/aw33/schema',
      berichtXsdVersie: '1.0.0',
      berichtXsdMinVersie: '1.0.0',
      berichtXsdMaxVersie: '1.0.0',
    });
  });

  it('installs from a zip whose schemas sit in a subfolder', () => {
    const xsdDir = tempDir();
    const zip = path.join(tempDir(), 'release.zip');
    fs.writeFileSync(zip, officialZip());
    const r = installFromPath(zip, xsdDir);
    expect(r.release).toBe('2.2');
    expect(listPacks(xsdDir)[0]!.manifest.files).toContain('AW33.xsd');
  });

  it('keeps two releases side by side', () => {
    const xsdDir = tempDir();
    const other = tempDir();
    for (const f of fs.readdirSync(SHARED_PACK).filter((n) => n.endsWith('.xsd'))) {
      const text = fs.readFileSync(path.join(SHARED_PACK, f), 'utf8').replace(/2_2/g, '2_3').replace('<iwlz:release>2.2<', '<iwlz:release>2.3<');
      fs.writeFileSync(path.join(other, f), text);
    }
    installFromPath(SHARED_PACK, xsdDir);
    installFromPath(other, xsdDir);
    const packs = listPacks(xsdDir);
    expect(packs.map((p) => p.model.release)).toEqual(['2.2', '2.3']);
    expect(packs[1]!.model.messages.AW33!.namespace).toBe('http://www.istandaarden.nl/iwlz/2_3/aw33/schema');
  });

  it('refuses a folder without a basisschema, a missing import, and a file that is no zip', () => {
    const broken = tempDir();
    fs.copyFileSync(path.join(SHARED_PACK, 'AW33.xsd'), path.join(broken, 'AW33.xsd'));
    expect(() => installFromPath(broken, tempDir())).toThrow(BridgeError);
    expect(() => installFromPath(broken, tempDir())).toThrow(/basisschema/i);
    const notZip = path.join(tempDir(), 'x.zip');
    fs.writeFileSync(notZip, 'hello');
    expect(() => installFromPath(notZip, tempDir())).toThrow(/neither a folder nor a zip/);
    expect(() => installFromPath('/nonexistent/pack', tempDir())).toThrow(/does not exist/);
  });
});
