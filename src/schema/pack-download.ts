import { Agent, interceptors, request } from 'undici';
import { BridgeError } from '../errors.js';
import { readPackZip } from './pack-files.js';
import { installFiles, type InstallResult } from './pack-install.js';

/** Official release archives of the iStandaarden XSD repository, by release. */
export const RELEASE_ARCHIVES: Record<string, string> = {
  '2.2': 'https://github.com/iStandaarden/XSD-iWlz/archive/refs/tags/iWlz2.2-v1.0.zip',
};

const MAX_ARCHIVE = 32 * 1024 * 1024;

export interface DownloadOptions {
  release: string;
  /** Overrides the archive address (a mirror, or a loopback server in tests). */
  url?: string;
  timeoutMs?: number;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}

/** Downloads a release archive over HTTPS (plain HTTP only to loopback) and installs it. */
export async function installRelease(opts: DownloadOptions, xsdDir: string, now = new Date()): Promise<InstallResult> {
  const address = opts.url ?? RELEASE_ARCHIVES[opts.release];
  if (!address) {
    throw new BridgeError('PACK_INVALID', `no archive known for release ${opts.release}; known: ${Object.keys(RELEASE_ARCHIVES).join(', ')} (or pass --url)`);
  }
  const url = new URL(address);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new BridgeError('PACK_INVALID', `refusing ${url.protocol} download from ${url.host}: use https`);
  }
  const timeout = opts.timeoutMs ?? 60_000;
  const dispatcher = new Agent({ headersTimeout: timeout, bodyTimeout: timeout }).compose(interceptors.redirect({ maxRedirections: 5 }));
  try {
    const res = await request(url, { method: 'GET', dispatcher });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new BridgeError('PACK_INVALID', `GET ${url.href} answered ${res.statusCode}`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_ARCHIVE) throw new BridgeError('PACK_INVALID', `archive at ${url.href} is larger than 32 MB`);
      chunks.push(chunk);
    }
    const files = readPackZip(new Uint8Array(Buffer.concat(chunks)));
    return installFiles(files, xsdDir, url.href, now, opts.release);
  } finally {
    await dispatcher.close();
  }
}
