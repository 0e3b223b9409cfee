import { describe, expect, it } from 'vitest';
import { CS067 } from './cs067.js';
import { ctx, message } from '../test-kit.js';

describe('CS067 CA319 Mutatiecode 19 or 20', () => {
  it('passes 19 and 20 and reports the other codes', () => {
    const codes = ['19', '20', '12', '17', '18', '21'];
    const m = message({ Clienten: { Client: [{ MutatiesZorg: { MutatieZorg: codes.map((Mutatiecode) => ({ Mutatiecode })) } }] } });
    expect(CS067.check(m, ctx('CA319')).map((f) => f.detail)).toEqual(['Mutatiecode 12', 'Mutatiecode 17', 'Mutatiecode 18', 'Mutatiecode 21']);
    expect(CS067.check(m, ctx('CA319'))[0]?.path).toBe('/Bericht/Clienten/Client/MutatiesZorg/MutatieZorg[3]/Mutatiecode');
  });
});
