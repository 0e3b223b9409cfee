import { describe, expect, it } from 'vitest';
import type { XmlRecord } from '../messages/model-types.js';
import { descendants, kids, root, select } from './walk.js';

const body = (): XmlRecord => ({
  Header: { BerichtIdentificatie: { Identificatie: 'T1' } },
  Clienten: {
    Client: [
      { Bsn: '1', Naam: { Geslachtsnaam: { Naam: 'a' } }, Contact: [{ Soort: '1' }, { Soort: '2' }] },
      { Bsn: '2', Contact: [{ Soort: '3' }], Codes: ['x', 'y'] },
    ],
  },
});

describe('the record walk', () => {
  it('lists every record once, in document order, with its path', () => {
    const paths = descendants(root(body())).map((at) => at.path);
    expect(paths).toEqual([
      '/Bericht',
      '/Bericht/Header',
      '/Bericht/Header/BerichtIdentificatie',
      '/Bericht/Clienten',
      '/Bericht/Clienten/Client[1]',
      '/Bericht/Clienten/Client[1]/Naam',
      '/Bericht/Clienten/Client[1]/Naam/Geslachtsnaam',
      '/Bericht/Clienten/Client[1]/Contact[1]',
      '/Bericht/Clienten/Client[1]/Contact[2]',
      '/Bericht/Clienten/Client[2]',
      '/Bericht/Clienten/Client[2]/Contact',
    ]);
  });

  it('gives kids() and select() after the walk the records the walk listed (one object per record)', () => {
    const m = body();
    const all = descendants(root(m));
    const clients = kids(all[3]!, 'Client');
    expect(clients).toEqual([all[4], all[9]]);
    expect(clients[0]).toBe(all[4]);
    expect(kids(clients[0]!, 'Contact')[1]).toBe(all[8]);
    expect(select(root(m), 'Clienten/Client/Contact')).toEqual([all[7], all[8], all[10]]);
    expect(kids(clients[0]!, 'Bsn')).toEqual([]); // a leaf, not a record
    expect(kids(clients[1]!, 'Codes')).toEqual([]); // repeated leaves
    expect(kids(clients[1]!, 'Absent')).toEqual([]);
  });

  it('takes over the records kids() made before the walk', () => {
    const m = body();
    const early = select(root(m), 'Clienten/Client/Contact');
    const all = descendants(root(m));
    expect(all[7]).toBe(early[0]);
    expect(all[10]).toBe(early[2]);
    expect(kids(all[4]!, 'Contact')[0]).toBe(early[0]);
  });

  it('marks the records with a repeated child (records or leaves)', () => {
    const all = descendants(root(body()));
    expect(all.filter((at) => at.repeats).map((at) => at.path)).toEqual([
      '/Bericht/Clienten',
      '/Bericht/Clienten/Client[1]',
      '/Bericht/Clienten/Client[2]',
    ]);
  });
});
