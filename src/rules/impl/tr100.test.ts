import { describe, expect, it } from 'vitest';
import { TR100 } from './tr100.js';
import { ctx, message } from '../test-kit.js';

describe('TR100 the Afzender belongs to the Ontvanger zorgkantoor', () => {
  const m = message({ Clienten: { Client: [] } }, { Afzender: '07301234', Ontvanger: '5504' });

  it('needs the AGB list', () => {
    expect(TR100.needs).toBe('agbList');
  });

  it('reports an Afzender not listed for the Ontvanger at both', () => {
    expect(TR100.check(m, ctx('AW35', { agb: new Set(['5501:07301234']) })).map((f) => f.path)).toEqual(['/Bericht/Header/Afzender', '/Bericht/Header/Ontvanger']);
  });

  it('passes a listed pair', () => {
    expect(TR100.check(m, ctx('AW39', { agb: new Set(['5504:07301234']) }))).toEqual([]);
  });
});
