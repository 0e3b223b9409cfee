import { describe, expect, it } from 'vitest';
import { InMemoryHistory } from '../history-memory.js';
import { ctx, message } from '../test-kit.js';
import { TR056 } from './tr056.js';

const P = '/Bericht/Header/BerichtIdentificatie/Identificatie';
const msg = (afzender: string | undefined, id: string) =>
  message({ Clienten: { Client: [] } }, { ...(afzender ? { Afzender: afzender } : {}), BerichtIdentificatie: { Identificatie: id, Dagtekening: '2026-11-02' } });

describe('TR056 Identificatie unique per sender and kind', () => {
  it('finds a reused Identificatie of the same sender and kind', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', msg('07301234', 'X1'));
    expect(TR056.check(msg('07301234', 'X1'), ctx('AW35', {}, h))).toEqual([{ path: P, detail: 'Identificatie X1 al gebruikt door 07301234 in een AW35' }]);
  });

  it('passes the same Identificatie from another sender or in another kind, and a new one', () => {
    const h = new InMemoryHistory();
    h.remember('AW35', msg('07301234', 'X1'));
    expect(TR056.check(msg('07309999', 'X1'), ctx('AW35', {}, h))).toEqual([]);
    expect(TR056.check(msg('07301234', 'X1'), ctx('AW39', {}, h))).toEqual([]);
    expect(TR056.check(msg('07301234', 'X2'), ctx('AW35', {}, h))).toEqual([]);
  });

  it('takes the CIZ as the sender of IO31, which has no Afzender', () => {
    const h = new InMemoryHistory();
    h.remember('IO31', msg(undefined, 'CIZ-1'));
    expect(TR056.check(msg(undefined, 'CIZ-1'), ctx('IO31', {}, h))).toEqual([{ path: P, detail: 'Identificatie CIZ-1 al gebruikt door CIZ in een IO31' }]);
    expect(TR056.check(msg(undefined, 'CIZ-2'), ctx('IO31', {}, h))).toEqual([]);
  });

  it('applies to all eleven heen kinds', () => {
    expect(TR056.kinds).toHaveLength(11);
  });
});
