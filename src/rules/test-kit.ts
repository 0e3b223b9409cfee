/** Helpers for rule unit tests: a message from a partial record, a context for a kind. */
import type { HeenKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
import type { RuleContext, RuleLists } from './rule.js';
import type { History } from './history.js';

/** A message record with a default header (Dagtekening 2026-11-02) and the given body. */
export function message(body: XmlRecord, header: XmlRecord = {}): XmlRecord {
  return {
    Header: { BerichtIdentificatie: { Identificatie: 'T1', Dagtekening: '2026-11-02' }, ...header },
    ...body,
  };
}

export function ctx(kind: HeenKind, lists: RuleLists = {}, history?: History): RuleContext {
  const c: RuleContext = { kind, lists };
  if (history) c.history = history;
  return c;
}
