import { describe, expect, it } from 'vitest';
import { CS035 } from './cs035.js';
import { ctx, message } from '../test-kit.js';

describe('CS035 BurgerlijkeStaat not 3 or 6', () => {
  it('reports 3 and 6 at the BurgerlijkeStaat', () => {
    const m = message({ Clienten: { Client: [{ BurgerlijkeStaat: '3' }, { BurgerlijkeStaat: '2' }, { BurgerlijkeStaat: '6' }, {}] } });
    expect(CS035.check(m, ctx('IO31')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[1]/BurgerlijkeStaat', '/Bericht/Clienten/Client[3]/BurgerlijkeStaat']);
  });

  it('passes other values on ZK31', () => {
    expect(CS035.check(message({ Client: { BurgerlijkeStaat: '4' } }), ctx('ZK31'))).toEqual([]);
  });
});
