import { describe, expect, it } from 'vitest';
import { batchedSend } from './batched-send.js';

describe('batchedSend', () => {
  it('sends what one turn of the event loop sent as one batch, in order, and the next turn apart', async () => {
    const batches: number[][] = [];
    const send = batchedSend<number>((items) => batches.push(items));
    send(1);
    send(2);
    await Promise.resolve();
    send(3);
    expect(batches).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1, 2, 3]]);
    send(4);
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });
});
