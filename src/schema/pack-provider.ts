import { xmlRegisterInputProvider } from 'libxml2-wasm';

/**
 * The only way libxml2 reads a schema: from memory, under `iwlz-pack:/<release>/<file>`, with the
 * file name matched case-insensitively (the official schemas import `basisschema.xsd` while the
 * file is `Basisschema.xsd`). libxml2-wasm has no file system of its own, so nothing else can be
 * read during schema compilation or validation.
 */
export const PACK_SCHEME = 'iwlz-pack:';

const packs = new Map<string, Map<string, Uint8Array>>();
const open = new Map<number, { buf: Uint8Array; pos: number }>();
let nextFd = 1;
let registered = false;

function lookup(url: string): Uint8Array | undefined {
  if (!url.startsWith(PACK_SCHEME)) return undefined;
  const rest = url.slice(PACK_SCHEME.length).replace(/^\/+/, '');
  const slash = rest.indexOf('/');
  if (slash < 0) return undefined;
  const files = packs.get(rest.slice(0, slash));
  return files?.get(rest.slice(rest.lastIndexOf('/') + 1).toLowerCase());
}

/** Makes a release's schemas (keyed by lower-case file name) readable by libxml2. */
export function providePack(release: string, files: Map<string, Uint8Array>): void {
  packs.set(release, files);
  if (registered) return;
  registered = xmlRegisterInputProvider({
    match: (url) => lookup(url) !== undefined,
    open: (url) => {
      const buf = lookup(url);
      if (!buf) return undefined;
      const fd = nextFd++;
      open.set(fd, { buf, pos: 0 });
      return fd;
    },
    read: (fd, out) => {
      const f = open.get(fd);
      if (!f) return -1;
      const n = Math.min(out.length, f.buf.length - f.pos);
      out.set(f.buf.subarray(f.pos, f.pos + n));
      f.pos += n;
      return n;
    },
    close: (fd) => open.delete(fd),
  });
  if (!registered) throw new Error('libxml2 refused the schema input provider');
}

export function packUrl(release: string, file: string): string {
  return `${PACK_SCHEME}/${release}/${file}`;
}
