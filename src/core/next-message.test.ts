import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { nextMessage } from './next-message.js';

const ECHO = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => { if (m === 'boom') throw new Error('boom'); parentPort.postMessage({ echo: m }); });
parentPort.postMessage('ready');`;

describe('nextMessage', () => {
  it('answers each request with the next message and leaves no listeners behind; an error rejects', async () => {
    const w = new Worker(ECHO, { eval: true });
    try {
      expect(await nextMessage(w)).toBe('ready');
      for (let i = 0; i < 20; i++) expect(await nextMessage(w, i)).toEqual({ echo: i });
      expect(w.listenerCount('message')).toBe(0);
      expect(w.listenerCount('error')).toBe(0);
      await expect(nextMessage(w, 'boom')).rejects.toThrow('boom');
      expect(w.listenerCount('message')).toBe(0);
    } finally {
      await w.terminate();
    }
  });
});
