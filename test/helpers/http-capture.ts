/** A loopback HTTP(S) server that records every request and answers with a handler (forward client tests). */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

export interface Captured {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Subject CN of the client certificate (https with requestCert). */
  peerCN?: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (a timeout test). */
  hang?: boolean;
  /** Wait this long before answering (lets concurrent callers pile up). */
  delayMs?: number;
}

export interface Capture {
  url: string;
  requests: Captured[];
  /** TCP connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

export const gqlReply = (body: unknown, status = 200): Reply => ({ status, headers: { 'content-type': 'application/graphql-response+json; charset=utf-8' }, body: JSON.stringify(body) });

export async function startCapture(handler: (req: Captured, n: number) => Reply, tls?: https.ServerOptions): Promise<Capture> {
  const requests: Captured[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const sock = req.socket as TLSSocket;
      const peer = typeof sock.getPeerCertificate === 'function' ? sock.getPeerCertificate() : undefined;
      const c: Captured = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, ...(peer?.subject?.CN ? { peerCN: String(peer.subject.CN) } : {}) };
      requests.push(c);
      const r = handler(c, requests.length);
      if (r.hang) return;
      const answer = (): void => { res.writeHead(r.status ?? 200, r.headers ?? { 'content-type': 'application/json' }).end(r.body ?? ''); };
      if (r.delayMs) setTimeout(answer, r.delayMs); else answer();
    });
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  const state = { connections: 0 };
  server.on(tls ? 'secureConnection' : 'connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    get connections() { return state.connections; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A loopback port nothing listens on. */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
