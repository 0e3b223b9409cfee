/**
 * A cluster worker's mutations, executed by the cluster's one writer (writer.ts, in the primary).
 * SQLite lets one connection write at a time: with every worker writing on its own connection they
 * waited for each other's lock (its busy handler sleeps ≥ 1 ms) and re-read the pages the other
 * wrote. So a worker does everything of a mutation request itself — authentication, scope check,
 * parsing, validation, the answer and its request line — except the execution, which it sends to
 * the writer (query text, variables, operation name, party) and whose result it answers as its own.
 * Queries stay in the worker. The result crosses as its JSON form (errors as GraphQLError.toJSON
 * writes them), which graphql-http serialises to the same bytes.
 */
import { batchedSend } from './batched-send.js';
import { cachedParse, operationMemo } from './document-cache.js';
import type { Execute } from './endpoints.js';
import type { RegisterContext } from './executable.js';
import type { DocumentNode, ExecutionResult } from './gql.js';

/** What a worker asks the writer: execute this mutation on `path` for `party`. */
export interface WriteRequest { id: number; path: string; query: string; variables: Record<string, unknown> | null | undefined; operationName: string | null | undefined; party: string | undefined }
/** The writer's answer: the result in its JSON form, or the message of what execute threw. */
export type WriteAnswer = { id: number; result: ExecutionResult } | { id: number; error: string };

const isMutation = operationMemo((op) => op?.operation === 'mutation');

export class WriteForwarder {
  private readonly sources = new WeakMap<DocumentNode, string>();
  private readonly pending = new Map<number, { resolve: (r: ExecutionResult) => void; reject: (e: Error) => void }>();
  private readonly send: (m: WriteRequest) => void;
  private next = 0;

  /** `send` takes the requests of one turn of the event loop at a time (batched-send.ts). */
  constructor(send: (requests: WriteRequest[]) => void) {
    this.send = batchedSend(send);
  }

  /** graphql-http's parse: cachedParse, noting each document's text (the writer parses it again). */
  readonly parse = ((source: string) => {
    const doc = cachedParse(source);
    this.sources.set(doc, source);
    return doc;
  }) as typeof cachedParse;

  /** The execute of endpoint `path`: a mutation goes to the writer, anything else runs `local`. */
  execute(path: string, local: Execute): Execute {
    return (args) => {
      const query = this.sources.get(args.document);
      if (query === undefined || !isMutation(args)) return local(args);
      const id = this.next++;
      return new Promise<ExecutionResult>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        const party = (args.contextValue as RegisterContext | undefined)?.write?.party;
        this.send({ id, path, query, variables: args.variableValues as Record<string, unknown> | null | undefined, operationName: args.operationName, party });
      });
    };
  }

  /** The writer's answers to requests of this worker. */
  answer(answers: WriteAnswer[]): void {
    for (const m of answers) {
      const p = this.pending.get(m.id);
      if (!p) continue;
      this.pending.delete(m.id);
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve(m.result);
    }
  }

  /** The writer is gone (the channel closed): what is still waiting fails. */
  failAll(message: string): void {
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
  }
}
