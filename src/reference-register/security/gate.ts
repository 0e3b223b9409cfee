/**
 * Who is calling and may they: the client certificate (mTLS) and the bearer token (OAuth2) turned
 * into a Caller, and the scope check per GraphQL operation. Without mTLS-required and without
 * OAuth2 the register is insecure (development mode) and `X-Party` names the writing party.
 *
 * Party precedence: the token's party (`sub`, else `act.sub`: whom the client acts for), else the
 * verified client certificate's party, else — insecure mode only — the `X-Party` header.
 */
import type http from 'node:http';
import type { DocumentNode, OperationDefinitionNode } from '../gql.js';
import { type AuthFailure, type OAuthOptions, TokenVerifier } from './oauth.js';
import { type Area, missingScopes, requiredScopes, rootFields, selectOperation } from './scopes.js';
import { type TlsOptions, peerParty } from './tls.js';

export interface SecurityOptions {
  tls?: TlsOptions | undefined;
  auth?: OAuthOptions | undefined;
}

export interface Caller {
  party: string | undefined;
  /** Where the party came from. */
  via: 'token' | 'certificate' | 'header' | 'none';
  /** Granted scopes; undefined without OAuth2 (nothing to check). */
  scopes: ReadonlySet<string> | undefined;
}

export type Denial = AuthFailure;

/** The operation a request runs, as far as the gate and the log need it. */
export interface OperationInfo {
  type: OperationDefinitionNode['operation'];
  /** operationName, else the root fields joined with `+`. */
  name: string;
  fields: string[];
}

export class Security {
  private constructor(readonly opts: SecurityOptions, private readonly tokens: TokenVerifier | undefined) {}

  static async create(opts: SecurityOptions): Promise<Security> {
    return new Security(opts, opts.auth ? await TokenVerifier.create(opts.auth) : undefined);
  }

  /** True with required client certificates or OAuth2; otherwise the insecure development mode. */
  get secure(): boolean {
    return this.opts.tls?.requireClientCert === true || this.tokens !== undefined;
  }

  get https(): boolean {
    return this.opts.tls !== undefined;
  }

  async authenticate(req: http.IncomingMessage): Promise<Caller | Denial> {
    const certParty = peerParty(req.socket);
    if (this.tokens) {
      const t = await this.tokens.verify(req.headers.authorization);
      if ('status' in t) return t;
      if (t.party) return { party: t.party, via: 'token', scopes: t.scopes };
      return { party: certParty, via: certParty ? 'certificate' : 'none', scopes: t.scopes };
    }
    if (certParty) return { party: certParty, via: 'certificate', scopes: undefined };
    if (!this.secure) {
      const h = req.headers['x-party'];
      const party = Array.isArray(h) ? h[0] : h;
      if (party) return { party, via: 'header', scopes: undefined };
    }
    return { party: undefined, via: 'none', scopes: undefined };
  }

  /** Scope check (OAuth2) and, in secure mode, a party for every write; undefined when allowed. */
  authorize(caller: Caller, area: Area | undefined, op: OperationInfo): Denial | undefined {
    if (caller.scopes && area) {
      const missing = missingScopes(requiredScopes(area, op.type, op.fields), caller.scopes);
      if (missing.length > 0) {
        return { status: 403, code: 'FORBIDDEN', message: `scope mismatch: ${op.name} needs ${missing.map((alts) => alts.join(' or ')).join(', and ')}` };
      }
    }
    const writes = op.type === 'mutation' && op.fields.some((f) => f !== 'zendMelding');
    if (this.secure && writes && !caller.party) {
      return { status: 403, code: 'FORBIDDEN', message: 'a write needs the writing party: none in the token (sub, act.sub) nor in the client certificate' };
    }
    return undefined;
  }
}

/** The operation of a parsed request, or undefined when graphql-http will refuse it anyway. */
export function operationOf(doc: DocumentNode, operationName?: string | null): OperationInfo | undefined {
  const op = selectOperation(doc, operationName);
  if (!op) return undefined;
  const fields = rootFields(doc, op);
  return { type: op.operation, name: op.name?.value ?? (fields.join('+') || op.operation), fields };
}
