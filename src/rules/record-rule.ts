import type { XmlRecord } from '../messages/model-types.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import { type At, descendants, nameOf, root } from './walk.js';

/**
 * The form of a rule that checks records one at a time: it names the records it concerns and
 * checks one of them per call, pushing what it finds to `out`. runRules() walks a message once
 * and hands every record to the rules that concern it (a dispatch table per message kind), instead
 * of each rule walking the message itself. visit() should not allocate while a record passes:
 * paths (at.path, leaf()) are made only for what is reported.
 */
export interface RecordVisit {
  /** The local names of the records the rule checks, or '*': every record below the Bericht. */
  on: readonly string[] | '*';
  /** Checks one record (in document order within the rule); `message` is the whole message. */
  visit(at: At, message: XmlRecord, ctx: RuleContext, out: Finding[]): void;
}

export type RecordRule = Rule & RecordVisit;

export function isRecordRule(rule: Rule): rule is RecordRule {
  return (rule as Partial<RecordVisit>).visit !== undefined;
}

/**
 * A record rule; its check() (for its test and for callers of a single rule) walks the message
 * for this rule alone, the same records in the same order as runRules() hands it.
 */
export function recordRule(spec: Omit<Rule, 'check'> & RecordVisit): RecordRule {
  const names = spec.on === '*' ? undefined : new Set(spec.on);
  const rule: RecordRule = {
    ...spec,
    check(message: XmlRecord, ctx: RuleContext): Finding[] {
      const out: Finding[] = [];
      const all = descendants(root(message));
      for (let i = 1; i < all.length; i++) {
        const at = all[i]!;
        if (!names || names.has(nameOf(at))) rule.visit(at, message, ctx, out);
      }
      return out;
    },
  };
  return rule;
}
