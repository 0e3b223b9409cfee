/**
 * A tiny zendNotificatie receiver for tests (node:http on 127.0.0.1, port 0 by default): it
 * executes the request against the RFC0008 NotificatieInput contract with graphql-js, answers
 * `{"data":{"zendNotificatie":{"notificatieID":"<uuid>"}}}`, and records every request exactly
 * as received (headers, parsed body). `respond` overrides the answer, e.g. to play a 503 or a
 * PDP rejection.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';

/** The notification side of netwerkpunt.graphql (RFC0008) as far as a sender needs it. */
export const NETWERKPUNT_SDL = `
scalar DateTime
input SubjectInput { subject: String!, recordID: String! }
input NotificatieInput {
  timestamp: DateTime!
  afzenderIDType: String!
  afzenderID: String!
  ontvangerIDType: String!
  ontvangerID: String!
  ontvangerKenmerk: String
  eventType: String!
  subjectList: [SubjectInput!]!
}
type Notificatie { notificatieID: ID! }
type Query { ping: Boolean }
type Mutation { zendNotificatie(notificatieInput: NotificatieInput!): Notificatie! }
`;

export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: { query?: string; operationName?: string; variables?: { notificatieInput?: Record<string, unknown> } } | undefined;
  /** The answer given. */
  status: number;
  notificatieID?: string;
}

export interface ReceiverAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface TestReceiverOptions {
  port?: number;
  respond?: (req: ReceivedRequest, n: number) => ReceiverAnswer | undefined;
}

export interface TestReceiver {
  url: string;
  port: number;
  received: ReceivedRequest[];
  /** The notificatieInput of every accepted request, in order. */
  readonly accepted: Record<string, unknown>[];
  respond: TestReceiverOptions['respond'];
  close(): Promise<void>;
}

const schema = buildSchema(NETWERKPUNT_SDL);

export async function startTestReceiver(opts: TestReceiverOptions = {}): Promise<TestReceiver> {
  const received: ReceivedRequest[] = [];
  const receiver: TestReceiver = {
    url: '', port: 0, received, respond: opts.respond,
    get accepted() {
      return received.filter((r) => r.notificatieID !== undefined).map((r) => r.body!.variables!.notificatieInput!);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        let body: ReceivedRequest['body'];
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedRequest['body'];
        } catch {
          body = undefined;
        }
        const rec: ReceivedRequest = { path: req.url ?? '/', headers: req.headers, body, status: 0 };
        received.push(rec);
        let answer = receiver.respond?.(rec, received.length);
        if (!answer) {
          if (req.method !== 'POST' || !body?.query) {
            answer = { status: 400, body: { errors: [{ message: 'expected a POST with a GraphQL query' }] } };
          } else {
            const id = crypto.randomUUID();
            const result = await graphql({
              schema, source: body.query, variableValues: body.variables ?? {}, operationName: body.operationName ?? null,
              rootValue: { zendNotificatie: () => ({ notificatieID: id }) },
            });
            if (result.errors?.length && !result.data) {
              answer = { status: 400, body: { errors: result.errors.map((e) => ({ message: e.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) } };
            } else {
              answer = { status: 200, body: result };
              rec.notificatieID = id;
            }
          }
        }
        rec.status = answer.status;
        res.writeHead(answer.status, { 'content-type': 'application/graphql-response+json', ...answer.headers });
        res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      })();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}/graphql`;
  return receiver;
}
