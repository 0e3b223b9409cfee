/**
 * History kept in memory, for tests and one-off runs: remember(kind, message) takes each processed
 * heen message (the typed model) and keeps what the stateful rules ask about. The keys are built
 * by impl/stateful-util.ts, which the rules use to look them up (see there for the key scheme).
 */
import type { XmlRecord } from '../messages/model-types.js';
import type { Aanlevering } from './impl/stateful-util.js';
import { afzenderOf, identificatieOf, leveringenOf, toewijzingenOf, toewijzingKeyString } from './impl/stateful-util.js';
import type { History, ToewijzingFacts, ToewijzingKey } from './history.js';

export class InMemoryHistory implements History {
  private readonly identificaties = new Set<string>();
  private readonly toewijzingen = new Map<string, ToewijzingFacts>();
  private readonly leveringen = new Map<string, Aanlevering[]>();
  private readonly zorgIds = new Set<string>();

  /**
   * Records a processed heen message of this kind: its Identificatie (per sender and kind), the
   * toewijzingen of an AW33/ZK33 (a later toewijzing with the same key replaces the earlier one),
   * every aanlevering of an AW35/ZK35/AW39/ZK39/CA317/CA319 with its StatusAanlevering and dates,
   * and the GeleverdeZorgIDs a CA317 announces (1, 2) or withdraws (3).
   */
  remember(kind: string, message: XmlRecord): void {
    const afzender = afzenderOf(kind, message);
    const id = identificatieOf(message);
    if (afzender !== undefined && id !== undefined) this.identificaties.add(idKey(afzender, kind, id));

    if (kind === 'AW33' || kind === 'ZK33') {
      for (const { key, facts } of toewijzingenOf(message)) this.toewijzingen.set(toewijzingKeyString(key), facts);
    }

    for (const l of leveringenOf(kind, message)) {
      const a: Aanlevering = { status: l.status };
      if (l.begindatum !== undefined) a.begindatum = l.begindatum;
      if (l.mutatiedatum !== undefined) a.mutatiedatum = l.mutatiedatum;
      this.push(kind, l.recordKey, a);
      if (l.groupKey !== undefined) this.push(kind, l.groupKey, a);
      if (l.soort === 'CA317' && l.id !== undefined) {
        if (l.status === '1' || l.status === '2') this.zorgIds.add(l.id);
        else if (l.status === '3') this.zorgIds.delete(l.id);
      }
    }
  }

  identificatieSeen(afzender: string, kind: string, identificatie: string): boolean {
    return this.identificaties.has(idKey(afzender, kind, identificatie));
  }

  toewijzing(key: ToewijzingKey): ToewijzingFacts | undefined {
    const f = this.toewijzingen.get(toewijzingKeyString(key));
    return f === undefined ? undefined : { ...f };
  }

  aanleveringen(kind: string, recordKey: string): Aanlevering[] {
    return (this.leveringen.get(`${kind}\u0000${recordKey}`) ?? []).map((a) => ({ ...a }));
  }

  geleverdeZorg(id: string): boolean {
    return this.zorgIds.has(id.trim());
  }

  private push(kind: string, key: string, a: Aanlevering): void {
    const k = `${kind}\u0000${key}`;
    let list = this.leveringen.get(k);
    if (!list) this.leveringen.set(k, (list = []));
    list.push(a);
  }
}

function idKey(afzender: string, kind: string, identificatie: string): string {
  return `${afzender.trim()}\u0000${kind}\u0000${identificatie.trim()}`;
}
