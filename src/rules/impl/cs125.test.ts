import { describe, expect, it } from 'vitest';
import { CS125 } from './cs125.js';
import { ctx, message } from '../test-kit.js';

describe('CS125 StatusAanlevering 1, 2 or 3', () => {
  it('CA317: reports 9 at the GeleverdeZorg', () => {
    const m = message({ Clienten: { Client: [{ ZorgLeveringen: { GeleverdeZorg: [{ StatusAanlevering: '2' }, { StatusAanlevering: '9' }] } }] } });
    expect(CS125.check(m, ctx('CA317')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client/ZorgLeveringen/GeleverdeZorg[2]/StatusAanlevering']);
  });

  it('CA319: reports 9 at the MutatieZorg and passes 1 and 3', () => {
    const m = message({
      Clienten: { Client: [{ MutatiesZorg: { MutatieZorg: [{ StatusAanlevering: '1' }] } }, { MutatiesZorg: { MutatieZorg: [{ StatusAanlevering: '9' }, { StatusAanlevering: '3' }] } }] },
    });
    expect(CS125.check(m, ctx('CA319')).map((f) => f.path)).toEqual(['/Bericht/Clienten/Client[2]/MutatiesZorg/MutatieZorg[1]/StatusAanlevering']);
  });
});
