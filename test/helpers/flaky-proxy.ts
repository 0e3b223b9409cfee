/**
 * A loopback HTTP proxy in front of a register that can play "the register is down": while
 * `down`, or for the request numbers in `dropRequests`, it drops the connection without an answer
 * and without forwarding (the register never sees that request). Otherwise it forwards verbatim.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyProxy {
  url: string;
  /** Every request is dropped. */
  down: boolean;
  /** 1-based numbers of the requests (counted from the start or the last `reset()`) to drop. */
  dropRequests: Set<number>;
  /** Drops the next request whose body this accepts (then clears itself). */
  dropNext: ((body: string) => boolean) | undefined;
  /** Requests seen since the start or the last `reset()`. */
  readonly requests: number;
  /** Requests dropped so far. */
  readonly dropped: number;
  reset(): void;
  close(): Promise<void>;
}

export async function startFlakyProxy(target: string): Promise<FlakyProxy> {
  const to = new URL(target);
  const state = { requests: 0, dropped: 0 };
  const proxy: { down: boolean; dropRequests: Set<number>; dropNext: ((body: string) => boolean) | undefined } = {
    down: false,
    dropRequests: new Set<number>(),
    dropNext: undefined,
  };
  const server = http.createServer((req, res) => {
    const n = ++state.requests;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const match = proxy.dropNext?.(body.toString('utf8')) ?? false;
      if (match) proxy.dropNext = undefined;
      if (proxy.down || proxy.dropRequests.has(n) || match) {
        state.dropped++;
        req.socket.destroy();
        return;
      }
      const out = http.request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      out.on('error', () => req.socket.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const out: FlakyProxy = {
    url: `http://127.0.0.1:${port}`,
    get down() { return proxy.down; },
    set down(v: boolean) { proxy.down = v; },
    get dropRequests() { return proxy.dropRequests; },
    set dropRequests(v: Set<number>) { proxy.dropRequests = v; },
    get dropNext() { return proxy.dropNext; },
    set dropNext(v: ((body: string) => boolean) | undefined) { proxy.dropNext = v; },
    get requests() { return state.requests; },
    get dropped() { return state.dropped; },
    reset() { state.requests = 0; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  return out;
}
