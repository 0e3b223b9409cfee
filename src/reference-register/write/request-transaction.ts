/**
 * The fields of one mutation request in one SQLite transaction. Each write resolver runs in a
 * transaction of its own (mutations.ts); inside this one that becomes a savepoint, so a field
 * that is refused still undoes only its own writes and the others stand, as before — but the
 * request commits once instead of once per field: a commit writes the changed pages to the WAL
 * (~125 µs of the register thread's CPU each), and the client batches a wave's writes into one
 * request (an AW33: 35 writes in 8 requests). The answer goes out after the commit, so no id in
 * it is lost in a crash. graphql-js runs the fields of a mutation one after another and, with
 * synchronous resolvers (all of the register's are), within this call; should it ever hand back
 * a promise, the transaction has ended with the call and what runs later takes its own.
 */
import type { Db } from '../storage.js';
import { operationMemo } from '../document-cache.js';
import { type execute, type ExecutionArgs, Kind } from '../gql.js';

type Execute = (args: ExecutionArgs) => ReturnType<typeof execute>;

/**
 * Whether the request is a mutation of more than one field. A mutation of one field (no fragment
 * at the root) is left to that field's own transaction: wrapping it would only add a savepoint.
 */
const isSeveralWrites = operationMemo((op) => {
  const roots = op?.selectionSet.selections ?? [];
  return op?.operation === 'mutation' && !(roots.length === 1 && roots[0]!.kind === Kind.FIELD);
});

/** graphql-http's `execute` for a register on `db`: the fields of a mutation in one transaction per request. */
export function oneTransactionPerRequest(db: Db, run: Execute): Execute {
  const tx = db.transaction((body: () => ReturnType<Execute>) => body());
  return (args) => {
    // Already in a transaction (never, over HTTP): the resolvers' own transactions nest as before.
    if (db.inTransaction || !isSeveralWrites(args)) return run(args);
    let began = false;
    try {
      return tx.immediate(() => {
        began = true;
        return run(args);
      });
    } catch (e) {
      // BEGIN failed (the file busy beyond busy_timeout): each field then tries on its own, as before.
      if (!began) return run(args);
      throw e;
    }
  };
}
