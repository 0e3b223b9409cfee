import fs from 'node:fs';
import path from 'node:path';

/** Expands CLI inputs into files: files as given, folders into their *.xml files (recursive, sorted), `-` for stdin. */
export function expandInputs(inputs: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.xml')) files.push(p);
    }
  };
  for (const input of inputs) {
    if (input === '-') files.push('-');
    else if (!fs.existsSync(input)) missing.push(input);
    else if (fs.statSync(input).isDirectory()) walk(input);
    else files.push(input);
  }
  return { files, missing };
}

/** The input's bytes, or only its size when it is over the limit (the rest is never held in memory). */
export type Input = { bytes: Uint8Array; size?: undefined } | { bytes?: undefined; size: number };

export async function readInput(file: string, maxBytes: number): Promise<Input> {
  if (file !== '-') {
    const fh = await fs.promises.open(file, 'r');
    try {
      const stat = await fh.stat();
      if (!stat.isFile()) return await readStream(fh.createReadStream({ autoClose: false }), maxBytes);
      if (stat.size > maxBytes) return { size: stat.size };
      const buf = Buffer.alloc(stat.size);
      await fh.read(buf, 0, stat.size, 0);
      return { bytes: buf };
    } finally {
      await fh.close();
    }
  }
  return readStream(process.stdin, maxBytes);
}

/** A pipe, a device or standard input: read up to the limit, then only count. */
async function readStream(stream: AsyncIterable<Buffer>, maxBytes: number): Promise<Input> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  return size > maxBytes ? { size } : { bytes: Buffer.concat(chunks) };
}
