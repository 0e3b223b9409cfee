import type { HeenKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
import type { History } from './history.js';

/**
 * A business rule of iWlz 2.2: one file in src/rules/impl/, one test beside it, one line in
 * src/rules/registry.ts. A rule never throws on bad data: it returns findings, each located at the
 * element it concerns with the path the official validation reports (local names, `[n]` where
 * same-named siblings repeat: /Bericht/Clienten/Client[2]/Bsn).
 */
export interface Rule {
  /** CSnnn (constraint), CDnnn (condition) or TRnnn (technical rule). */
  id: string;
  /** The heen kinds whose official validation includes the rule. */
  kinds: readonly HeenKind[];
  /** One line: what the rule demands (from the official rule text). */
  meaning: string;
  /** What the rule needs beyond the message; without it the rule is not checked and says so. */
  needs?: 'agbList' | 'history';
  check(message: XmlRecord, ctx: RuleContext): Finding[];
}

export interface Finding {
  path: string;
  /** Details for the reader, e.g. the offending value; the rule's meaning is added anyway. */
  detail?: string;
}

export interface RuleLists {
  /** Valid iWlz-AGB codes (TR042, TR064, TR100), from a file the operator configures. */
  agb?: ReadonlySet<string>;
}

export interface RuleContext {
  kind: HeenKind;
  lists: RuleLists;
  /** Earlier messages, for the stateful rules (TR017, TR019, …); absent: they are not checked. */
  history?: History;
}

/** TR→9, CD→D, CS→S plus the same three digits: TR097 → 9097, CS002 → S002. */
export function retourcodeOf(ruleId: string): string {
  const prefix = ruleId.slice(0, 2);
  const digits = ruleId.slice(2);
  if (prefix === 'TR') return `9${digits}`;
  if (prefix === 'CD') return `D${digits}`;
  if (prefix === 'CS') return `S${digits}`;
  throw new Error(`not a rule id: ${ruleId}`);
}
