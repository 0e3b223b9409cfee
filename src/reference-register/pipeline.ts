/**
 * The request path of the register server in front of graphql-http: trace id and request log,
 * authentication (client certificate, bearer token) with a 401 GraphQL-style answer, the scope
 * check per operation (graphql-http's onSubscribe) with a 403, and the party for the write side.
 */
import type http from 'node:http';
import type { Handler, Request, RequestParams, Response } from 'graphql-http';
import type { Logger } from 'pino';
import type { DocumentNode } from './gql.js';
import { RequestLog } from './request-log.js';
import { type Caller, type Denial, operationOf, type Security } from './security/gate.js';
import { type Area, areaOf } from './security/scopes.js';

type NodeHandler = Handler<http.IncomingMessage, undefined>;
type Serve = (handler: NodeHandler, req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

interface State {
  log: RequestLog;
  caller: Caller;
  area: Area | undefined;
}

/** application/json when the client asks only for that (RFC0040), else application/graphql-response+json. */
function mediaType(accept: string | string[] | undefined): string {
  const a = Array.isArray(accept) ? accept.join(',') : accept ?? '';
  return a.includes('application/json') && !a.includes('application/graphql-response+json') ? 'application/json; charset=utf-8' : 'application/graphql-response+json; charset=utf-8';
}

function denialBody(d: Denial): string {
  return JSON.stringify({ errors: [{ message: d.message, extensions: { code: d.code, status: d.status } }] });
}

function denialHeaders(d: Denial, accept: string | string[] | undefined): Record<string, string> {
  const h: Record<string, string> = { 'content-type': mediaType(accept) };
  if (d.status === 401) h['www-authenticate'] = `Bearer error="invalid_token", error_description="${d.message.replace(/["\\]/g, "'")}"`;
  if (d.status === 403 && d.code === 'FORBIDDEN' && d.message.startsWith('scope')) h['www-authenticate'] = 'Bearer error="insufficient_scope"';
  return h;
}

/** A plain path (letters, digits, `/`, `_`, `-`, then maybe a query) is its own pathname; anything else goes through URL's normalisation. */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9/_-]*(?=\?|$)/;
export function pathOf(url: string): string {
  return PLAIN_PATH.exec(url)?.[0] ?? new URL(url, 'http://localhost').pathname;
}

export class RequestPipeline {
  private readonly states = new WeakMap<http.IncomingMessage, State>();

  constructor(
    private readonly security: Security,
    private readonly parse: (query: string) => DocumentNode,
    private readonly logger: Logger | undefined,
    /** Register label of a path for the log (`br`, `ir`, `meldingen`, …). */
    private readonly labelOf: (path: string) => string | undefined,
  ) {}

  /** The writing party of a request (token, else certificate, else X-Party in insecure mode). */
  partyOf(req: http.IncomingMessage): string | undefined {
    return this.states.get(req)?.caller.party;
  }

  /** graphql-http onSubscribe: note the operation for the log, refuse it (403) when the caller may not run it. */
  readonly onSubscribe = (req: Request<http.IncomingMessage, undefined>, params: RequestParams): Response | void => {
    const st = this.states.get(req.raw);
    if (!st) return;
    let doc: DocumentNode;
    try {
      doc = this.parse(params.query);
    } catch {
      return; // graphql-http answers the syntax error
    }
    const op = operationOf(doc, params.operationName);
    if (!op) return;
    st.log.operation = op.name;
    st.log.operationType = op.type;
    const denial = this.security.authorize(st.caller, st.area, op);
    if (denial) return [denialBody(denial), { status: denial.status, statusText: denial.status === 401 ? 'Unauthorized' : 'Forbidden', headers: denialHeaders(denial, req.raw.headers.accept) }];
  };

  /** The node request listener over the endpoint handlers. */
  listener(handlers: ReadonlyMap<string, NodeHandler>, serve: Serve): http.RequestListener {
    return (req, res) => {
      const path = pathOf(req.url ?? '/');
      const log = new RequestLog(req, res, this.logger);
      log.register = this.labelOf(path);
      const fail = (err: unknown): void => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
      };
      this.security.authenticate(req).then((caller) => {
        if ('status' in caller) {
          res.writeHead(caller.status, denialHeaders(caller, req.headers.accept)).end(denialBody(caller));
          return;
        }
        log.party = caller.party;
        log.partyVia = caller.via;
        const handler = handlers.get(path);
        if (!handler) {
          res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: `no register at ${path}` }] }));
          return;
        }
        this.states.set(req, { log, caller, area: areaOf(path) });
        return serve(handler, req, res);
      }).catch(fail);
    };
  }
}
