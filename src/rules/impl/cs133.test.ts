import { describe, expect, it } from 'vitest';
import { CS133 } from './cs133.js';
import { ctx, message } from '../test-kit.js';

const zzp = (s: string) => message({ Clienten: { Client: [{ MutatieZorgzwaartepakketten: { MutatieZorgzwaartepakket: [{ Leveringsstatus: s }] } }] } });

describe('CS133 Leveringsstatus not 1 in a MUT', () => {
  it('reports 1', () => {
    expect(CS133.check(zzp('1'), ctx('AW39')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/MutatieZorgzwaartepakketten/MutatieZorgzwaartepakket/Leveringsstatus']);
  });
  it('passes others', () => {
    expect(CS133.check(zzp('5'), ctx('ZK39'))).toEqual([]);
  });
});
