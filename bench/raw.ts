import fs from 'node:fs';
import path from 'node:path';
import type { XmlDocument as Doc, XsdValidator as Xsd, xmlRegisterInputProvider as Reg } from 'libxml2-wasm';

/**
 * The raw library as a user of libxml2-wasm would set it up, for calibration: AW33.xsd compiled
 * once, its import served from memory. No guard, no detection, no issue mapping.
 */
export function rawValidator(packDir: string, XmlDocument: typeof Doc, XsdValidator: typeof Xsd, register: typeof Reg): Xsd {
  const files = new Map(fs.readdirSync(packDir).filter((f) => f.endsWith('.xsd')).map((f) => [f.toLowerCase(), fs.readFileSync(path.join(packDir, f))]));
  const open = new Map<number, { b: Buffer; p: number }>();
  let fd = 100;
  register({
    match: (u) => u.startsWith('raw:') && files.has(u.slice(u.lastIndexOf('/') + 1).toLowerCase()),
    open: (u) => {
      open.set(++fd, { b: files.get(u.slice(u.lastIndexOf('/') + 1).toLowerCase())!, p: 0 });
      return fd;
    },
    read: (f, buf) => {
      const o = open.get(f)!;
      const n = Math.min(buf.length, o.b.length - o.p);
      buf.set(o.b.subarray(o.p, o.p + n));
      o.p += n;
      return n;
    },
    close: (f) => open.delete(f),
  });
  const schema = XmlDocument.fromBuffer(files.get('aw33.xsd')!, { url: 'raw:/AW33.xsd' });
  const v = XsdValidator.fromDoc(schema);
  schema.dispose();
  return v;
}
