import { describe, expect, it } from 'vitest';
import { TextResponse } from './text-response.js';

describe('TextResponse', () => {
  it('answers text(), status, ok and headers as a Response made with the text as its body', async () => {
    const init = { status: 400, headers: [['content-type', 'application/json'], ['x-a', '1'], ['x-a', '2']] as [string, string][] };
    const plain = new Response('{"errors":[]}', init);
    const r = new TextResponse('{"errors":[]}', init);
    expect(r).toBeInstanceOf(Response);
    expect(await r.text()).toBe(await plain.text());
    expect([r.status, r.ok]).toEqual([plain.status, plain.ok]);
    expect([...r.headers]).toEqual([...plain.headers]);
  });
});
