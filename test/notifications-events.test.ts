import { describe, expect, it } from 'vitest';
import { EVENT_ROUTES, NotificationRoutingError, eventTypeOf, eventsFor } from '../src/notifications/events.js';
import type { RegisterChange } from '../src/notifications/types.js';

const BEM = 'ef88ce35-58fa-4e6d-ac7a-6e298dd211d6';
const SPEC = '76f17bb6-31b3-4042-9417-6e6bb101ce30';
const LEV = '0b7c1f1e-7a51-4c1e-9a59-3c1b2d4e5f60';
const REC = '9d2e6a40-1111-4222-8333-944455556666';

function change(c: Partial<RegisterChange> & Pick<RegisterChange, 'register' | 'entity'>): RegisterChange {
  return { op: 'create', id: REC, parties: {}, author: 'UZOVI:5501', ...c };
}

describe('eventsFor: Indicatieregister', () => {
  it('NIEUWE_INDICATIE_ZORGKANTOOR: CIZ (KVK 62253778) → the ZK (UZOVI), WlzIndicatie/{id} as subject and record', () => {
    expect(eventsFor(change({ register: 'indicatieregister', entity: 'WlzIndicatie', parties: { zorgkantoor: '5501' }, author: 'KVK:62253778' }))).toEqual([{
      eventType: 'NIEUWE_INDICATIE_ZORGKANTOOR', afzenderIDType: 'KVK', afzenderID: '62253778', ontvangerIDType: 'UZOVI', ontvangerID: '5501',
      ontvangerKenmerk: null, subjectList: [{ subject: `WlzIndicatie/${REC}`, recordID: `WlzIndicatie/${REC}` }],
    }]);
    // the Indicatieregister 2 field name is accepted too
    expect(eventsFor(change({ register: 'indicatieregister', entity: 'WlzIndicatie', parties: { initieelVerantwoordelijkZorgkantoor: '5529' } }))[0]!.ontvangerID).toBe('5529');
  });
  it('a change of an indicatie or a child record notifies nobody', () => {
    expect(eventsFor(change({ register: 'indicatieregister', entity: 'WlzIndicatie', op: 'update', parties: { zorgkantoor: '5501' } }))).toEqual([]);
    expect(eventsFor(change({ register: 'indicatieregister', entity: 'Grondslag', parties: {} }))).toEqual([]);
  });
});

describe('eventsFor: VERVALLEN_INDICATIE_ZORGKANTOOR', () => {
  const vervallen = (ontvangerID: string) => ({ eventType: 'VERVALLEN_INDICATIE_ZORGKANTOOR', afzenderIDType: 'KVK', afzenderID: '62253778', ontvangerIDType: 'UZOVI', ontvangerID,
    ontvangerKenmerk: null, subjectList: [{ subject: `WlzIndicatie/${REC}`, recordID: `WlzIndicatie/${REC}` }] });
  const wlz = (op: 'update' | 'delete', parties: Record<string, string>, changed?: string[]) =>
    change({ register: 'indicatieregister', entity: 'WlzIndicatie', op, parties, ...(changed ? { changed } : {}) });
  it('an update that writes vervaldatum, or a delete, goes to every responsible ZK once', () => {
    const parties = { verantwoordelijkeZorgkantoren: '5501,5503,5501,5502', initieelVerantwoordelijkZorgkantoor: '5509' };
    expect(eventsFor(wlz('update', parties, ['vervaldatum', 'vaststellingMoment']))).toEqual([vervallen('5501'), vervallen('5503'), vervallen('5502')]);
    expect(eventsFor(wlz('delete', parties))).toEqual([vervallen('5501'), vervallen('5503'), vervallen('5502')]);
  });
  it('other updates notify nobody; without Bemiddelingen the initieel verantwoordelijke ZK is told', () => {
    expect(eventsFor(wlz('update', { verantwoordelijkeZorgkantoren: '5501' }, ['commentaar']))).toEqual([]);
    expect(eventsFor(wlz('update', { verantwoordelijkeZorgkantoren: '5501' }))).toEqual([]);
    expect(eventsFor(wlz('update', { initieelVerantwoordelijkZorgkantoor: '5509' }, ['vervaldatum']))).toEqual([vervallen('5509')]);
    expect(() => eventsFor(wlz('delete', { verantwoordelijkeZorgkantoren: '5501,55' }))).toThrow(/'55' is not a UZOVI code/);
  });
});

describe('eventsFor: Bemiddelingsregister', () => {
  const spec = (op: RegisterChange['op'], uitvoerend: string) => change({
    register: 'bemiddelingsregister', entity: 'Bemiddelingspecificatie', op, id: SPEC, parentId: BEM,
    parties: { verantwoordelijkZorgkantoor: '5501', uitvoerendZorgkantoor: uitvoerend, instelling: '01234567' },
  });
  const draft = (eventType: string, ontvangerIDType: string, ontvangerID: string, agb = 'AGB') => ({
    eventType, afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: ontvangerIDType === 'AGB' ? agb : ontvangerIDType, ontvangerID,
    ontvangerKenmerk: null, subjectList: [{ subject: `Bemiddeling/${BEM}`, recordID: `Bemiddelingspecificatie/${SPEC}` }],
  });

  it('NIEUWE_/GEWIJZIGDE_/VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER: ZK → instelling only when uitvoerend = verantwoordelijk', () => {
    expect(eventsFor(spec('create', '5501'))).toEqual([draft('NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER', 'AGB', '01234567')]);
    expect(eventsFor(spec('update', '5501'))).toEqual([draft('GEWIJZIGDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER', 'AGB', '01234567')]);
    expect(eventsFor(spec('delete', '5501'))).toEqual([draft('VERWIJDERDE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER', 'AGB', '01234567')]);
  });
  it('…_ZORGKANTOOR as well when the uitvoerend ZK differs', () => {
    for (const [op, prefix] of [['create', 'NIEUWE'], ['update', 'GEWIJZIGDE'], ['delete', 'VERWIJDERDE']] as const) {
      expect(eventsFor(spec(op, '5507'))).toEqual([
        draft(`${prefix}_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER`, 'AGB', '01234567'),
        draft(`${prefix}_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR`, 'UZOVI', '5507'),
      ]);
    }
  });
  it('writes AGBCODE when configured', () => {
    expect(eventsFor(spec('create', '5501'), { agbIdType: 'AGBCODE' })).toEqual([draft('NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGAANBIEDER', 'AGB', '01234567', 'AGBCODE')]);
  });
  it('a specificatie without instelling notifies no zorgaanbieder', () => {
    const c = spec('create', '5507');
    delete c.parties.instelling;
    expect(eventsFor(c).map((d) => d.eventType)).toEqual(['NIEUWE_BEMIDDELINGSPECIFICATIE_ZORGKANTOOR']);
  });
  it('NIEUWE_/GEWIJZIGDE_/VERWIJDERDE_REGIEHOUDER_ZORGAANBIEDER: ZK → instelling, Bemiddeling/{id} / Regiehouder/{id}', () => {
    for (const [op, prefix] of [['create', 'NIEUWE'], ['update', 'GEWIJZIGDE'], ['delete', 'VERWIJDERDE']] as const) {
      expect(eventsFor(change({ register: 'bemiddelingsregister', entity: 'Regiehouder', op, parentId: BEM, parties: { verantwoordelijkZorgkantoor: '5501', instelling: '87654321' } })))
        .toEqual([{ eventType: `${prefix}_REGIEHOUDER_ZORGAANBIEDER`, afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'AGB', ontvangerID: '87654321',
          ontvangerKenmerk: null, subjectList: [{ subject: `Bemiddeling/${BEM}`, recordID: `Regiehouder/${REC}` }] }]);
    }
  });
  it('NIEUWE_/GEWIJZIGDE_/VERWIJDERDE_OVERDRACHT_ZORGKANTOOR: old ZK → new ZK, Overdracht/{id} twice', () => {
    for (const [op, prefix] of [['create', 'NIEUWE'], ['update', 'GEWIJZIGDE'], ['delete', 'VERWIJDERDE']] as const) {
      // as the write side describes an Overdracht: its own verantwoordelijkZorgkantoor (the new ZK) and the Bemiddeling's (the old one)
      expect(eventsFor(change({ register: 'bemiddelingsregister', entity: 'Overdracht', op, parentId: BEM, author: 'UZOVI:9999',
        parties: { verantwoordelijkZorgkantoor: '5529', 'bemiddeling.verantwoordelijkZorgkantoor': '5501' } })))
        .toEqual([{ eventType: `${prefix}_OVERDRACHT_ZORGKANTOOR`, afzenderIDType: 'UZOVI', afzenderID: '5501', ontvangerIDType: 'UZOVI', ontvangerID: '5529',
          ontvangerKenmerk: null, subjectList: [{ subject: `Overdracht/${REC}`, recordID: `Overdracht/${REC}` }] }]);
    }
  });
  it('Client and Bemiddeling writes notify nobody', () => {
    expect(eventsFor(change({ register: 'bemiddelingsregister', entity: 'Bemiddeling', parties: { verantwoordelijkZorgkantoor: '5501' } }))).toEqual([]);
    expect(eventsFor(change({ register: 'bemiddelingsregister', entity: 'Client', parties: {} }))).toEqual([]);
  });
});

describe('eventsFor: Leveringsregister', () => {
  // as the write side describes it: the parent, the writing aanbieder as author, the ZKs of the Bemiddelingspecificatie
  const lr = (entity: string, op: RegisterChange['op'], uitvoerend?: string) => change({
    register: 'leveringsregister', entity, op, parentId: entity === 'BehandelingPeriode' ? 'leveringperiode-id' : LEV, author: 'AGB:01234567',
    parties: { verantwoordelijkZorgkantoor: '5501', uitvoerendZorgkantoor: uitvoerend, leveringID: LEV, bemiddelingspecificatieID: SPEC },
  });
  const draft = (eventType: string, zk: string, recordType: string) => ({
    eventType, afzenderIDType: 'AGB', afzenderID: '01234567', ontvangerIDType: 'UZOVI', ontvangerID: zk, ontvangerKenmerk: null,
    subjectList: [{ subject: `Levering/${LEV}`, recordID: `${recordType}/${REC}` }],
  });
  const families = [
    ['Leveringperiode', 'LEVERINGPERIODE_ZORGKANTOOR', ['NIEUWE_', 'GEWIJZIGDE_', 'VERWIJDERDE_']],
    ['Uitstelperiode', 'UITSTELPERIODE_ZORGKANTOOR', ['NIEUWE_', 'GEWIJZIGDE_', 'VERWIJDERDE_']],
    ['Afstel', 'AFSTEL_ZORGKANTOOR', ['NIEUW_', 'GEWIJZIGD_', 'VERWIJDERD_']],
    ['BehandelingPeriode', 'BEHANDELINGPERIODE_ZORGKANTOOR', ['NIEUWE_', 'GEWIJZIGDE_', 'VERWIJDERDE_']],
  ] as const;
  for (const [entity, stem, prefixes] of families) {
    it(`${prefixes.join('/')}${stem}: aanbieder → responsible ZK, plus the executing ZK if different`, () => {
      (['create', 'update', 'delete'] as const).forEach((op, i) => {
        const eventType = prefixes[i] + stem;
        const recordType = entity === 'BehandelingPeriode' ? 'Behandelingperiode' : entity; // the SDL type vs the documented recordID
        expect(eventsFor(lr(entity, op))).toEqual([draft(eventType, '5501', recordType)]);
        expect(eventsFor(lr(entity, op, '5501'))).toEqual([draft(eventType, '5501', recordType)]);
        expect(eventsFor(lr(entity, op, '5507'))).toEqual([draft(eventType, '5501', recordType), draft(eventType, '5507', recordType)]);
      });
    });
  }
  it('the Levering subject can name the bemiddelingspecificatieID (documentation drift)', () => {
    expect(eventsFor(lr('Leveringperiode', 'create'), { leveringSubject: 'bemiddelingspecificatieID' })[0]!.subjectList)
      .toEqual([{ subject: `Levering/${SPEC}`, recordID: `Leveringperiode/${REC}` }]);
  });
  it('NIEUW_VERZOEK_ZORGKANTOOR: aanbieder → the responsible ZK only, on create only', () => {
    expect(eventsFor(lr('Verzoek', 'create', '5507'))).toEqual([draft('NIEUW_VERZOEK_ZORGKANTOOR', '5501', 'Verzoek')]);
    expect(eventsFor(lr('Verzoek', 'update', '5507'))).toEqual([]);
  });
  it('NIEUW_VERZOEKAANBIEDER_AANBIEDER: aanbieder → aanbieder, Verzoek/{id} / VerzoekAanbieder/{id}', () => {
    const verzoek = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    expect(eventsFor(change({ register: 'leveringsregister', entity: 'VerzoekAanbieder', parentId: verzoek, parties: { instelling: '01234567', aanbieder: '87654321' } }), { agbIdType: 'AGBCODE' }))
      .toEqual([{ eventType: 'NIEUW_VERZOEKAANBIEDER_AANBIEDER', afzenderIDType: 'AGBCODE', afzenderID: '01234567', ontvangerIDType: 'AGBCODE', ontvangerID: '87654321',
        ontvangerKenmerk: null, subjectList: [{ subject: `Verzoek/${verzoek}`, recordID: `VerzoekAanbieder/${REC}` }] }]);
  });
  it('the sender is parties.instelling when given, else the author; a Behandelingperiode needs parties.leveringID', () => {
    const c = lr('Leveringperiode', 'create');
    c.parties.instelling = '07654321';
    expect(eventsFor(c)[0]).toMatchObject({ afzenderIDType: 'AGB', afzenderID: '07654321' });
    expect(eventsFor({ ...lr('Afstel', 'create'), author: 'AGBCODE:01234567' })[0]).toMatchObject({ afzenderID: '01234567' });
    expect(() => eventsFor({ ...lr('Afstel', 'create'), author: 'UZOVI:5501' })).toThrow(/parties\.instelling \(or an author AGB:…\) is required/);
    const b = lr('BehandelingPeriode', 'create');
    delete b.parties.leveringID;
    expect(() => eventsFor(b)).toThrow(/parties\.leveringID/);
    // without parties.leveringID the other Leveringsregister entities take the parentId
    const p = lr('Leveringperiode', 'create');
    delete p.parties.leveringID;
    expect(eventsFor(p)[0]!.subjectList[0]!.subject).toBe(`Levering/${LEV}`);
  });
  it('Levering writes notify nobody', () => {
    expect(eventsFor(lr('Levering', 'create'))).toEqual([]);
  });
});

describe('eventsFor: contract errors', () => {
  it('a missing sender, receiver or parentId, or a malformed code, is an error naming the key', () => {
    expect(() => eventsFor(change({ register: 'bemiddelingsregister', entity: 'Regiehouder', parentId: BEM, author: 'anonymous', parties: { instelling: '87654321' } })))
      .toThrow(/parties\.verantwoordelijkZorgkantoor or parties\.bemiddeling\.verantwoordelijkZorgkantoor \(or an author UZOVI:…\) is required/);
    expect(() => eventsFor(change({ register: 'bemiddelingsregister', entity: 'Regiehouder', parentId: BEM, parties: { verantwoordelijkZorgkantoor: '5501' } })))
      .toThrow(/parties\.instelling is required/);
    expect(() => eventsFor(change({ register: 'bemiddelingsregister', entity: 'Regiehouder', parties: { verantwoordelijkZorgkantoor: '5501', instelling: '87654321' } })))
      .toThrow(/parentId/);
    expect(() => eventsFor(change({ register: 'bemiddelingsregister', entity: 'Regiehouder', parentId: BEM, parties: { verantwoordelijkZorgkantoor: '55', instelling: '87654321' } })))
      .toThrow(NotificationRoutingError);
  });
  it('the table covers every eventType of BRIEF §6 that a write causes', () => {
    const all = EVENT_ROUTES.flatMap((r) => r.ops.map((op) => eventTypeOf(r, op))).sort();
    expect(all).toHaveLength(3 * 8 + 3 + 2);
    expect(all).toContain('VERVALLEN_INDICATIE_ZORGKANTOOR');
    expect(all).toContain('NIEUW_AFSTEL_ZORGKANTOOR');
    expect(all).toContain('VERWIJDERD_AFSTEL_ZORGKANTOOR');
    expect(all).not.toContain('NIEUWE_AFSTEL_ZORGKANTOOR');
  });
});
