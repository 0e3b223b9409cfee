import type { Issue } from '../issues.js';
import type { HeenKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
import { type RecordRule, isRecordRule } from './record-rule.js';
import { RULES } from './registry.js';
import { type Finding, type Rule, type RuleContext, retourcodeOf } from './rule.js';
import { descendants, nameOf, root } from './walk.js';

export interface RulesOutcome {
  issues: Issue[];
  /** Rules of this kind that were not checked, with why (no AGB list, no history). */
  notChecked: string[];
}

/**
 * The rules of a kind in registry order, and for its record rules the dispatch table: record
 * name → the record rules (by index) that concern it; `anyRecord` those that concern every record.
 */
interface Plan {
  rules: Rule[];
  /** Per rule: its index among the record rules, or -1 for a whole-message rule. */
  slot: number[];
  recordRules: RecordRule[];
  byName: Map<string, number[]>;
  anyRecord: number[];
  /**
   * Per record rule, the list its findings go to: emptied at the start of each run and read
   * before it returns (runRules is synchronous), so a message does not make one per rule.
   */
  scratch: Finding[][];
}

const plans = new Map<string, Plan>();

export function rulesFor(kind: HeenKind): Rule[] {
  return planFor(kind).rules;
}

function planFor(kind: HeenKind): Plan {
  let plan = plans.get(kind);
  if (!plan) plans.set(kind, (plan = makePlan(RULES.filter((r) => r.kinds.includes(kind)))));
  return plan;
}

function makePlan(rules: Rule[]): Plan {
  const recordRules: RecordRule[] = [];
  const slot = rules.map((r) => (isRecordRule(r) ? recordRules.push(r) - 1 : -1));
  const anyRecord: number[] = [];
  const byName = new Map<string, number[]>();
  recordRules.forEach((r, i) => {
    if (r.on === '*') anyRecord.push(i);
    else for (const name of r.on) byName.set(name, [...(byName.get(name) ?? []), i]);
  });
  // A named record also goes to the rules of every record (the order among rules does not matter:
  // each rule's findings are kept apart and reported in registry order).
  for (const [name, list] of byName) byName.set(name, [...list, ...anyRecord]);
  return { rules, slot, recordRules, byName, anyRecord, scratch: recordRules.map((): Finding[] => []) };
}

function missing(rule: Rule, ctx: RuleContext): string | undefined {
  if (rule.needs === undefined) return undefined;
  if (rule.needs === 'agbList' && !ctx.lists.agb) return whyNot(rule, 'no AGB code list configured');
  if (rule.needs === 'history' && !ctx.history) return whyNot(rule, 'no message history available');
  return undefined;
}

/** Why a rule was not checked: the same text for every message, so made once per rule. */
const notCheckedText = new Map<Rule, string>();

function whyNot(rule: Rule, reason: string): string {
  let text = notCheckedText.get(rule);
  if (text === undefined) notCheckedText.set(rule, (text = `${rule.id}: ${reason}`));
  return text;
}

const failure = (rule: Rule, e: unknown): string => `${rule.id}: failed (${(e as Error).message}); this is a bug`;

/**
 * The record rules on one walk of the message: each record to the rules that concern it. Returns
 * per record rule its findings, or a string: why it was not checked (or that it failed).
 */
function visitRecords(plan: Plan, message: XmlRecord, ctx: RuleContext): (Finding[] | string)[] {
  const { recordRules, scratch } = plan;
  const results: (Finding[] | string)[] = new Array<Finding[] | string>(recordRules.length);
  for (let i = 0; i < recordRules.length; i++) {
    const out = scratch[i]!;
    if (out.length) out.length = 0; // only after a message with findings (setting it is a runtime call)
    results[i] = missing(recordRules[i]!, ctx) ?? out;
  }
  if (!recordRules.length) return results;
  const all = descendants(root(message));
  for (let i = 1; i < all.length; i++) {
    const at = all[i]!;
    const concerned = plan.byName.get(nameOf(at)) ?? plan.anyRecord;
    for (let k = 0; k < concerned.length; k++) {
      const index = concerned[k]!;
      const out = results[index]!;
      if (typeof out === 'string') continue;
      const rule = recordRules[index]!;
      try {
        rule.visit(at, message, ctx, out);
      } catch (e) {
        results[index] = failure(rule, e);
      }
    }
  }
  return results;
}

/** Runs every rule of the kind on a valid typed message; a rule that fails is reported, not thrown. */
export function runRules(message: XmlRecord, ctx: RuleContext): RulesOutcome {
  const plan = planFor(ctx.kind);
  const visited = visitRecords(plan, message, ctx);
  const issues: Issue[] = [];
  const notChecked: string[] = [];
  for (let r = 0; r < plan.rules.length; r++) {
    const rule = plan.rules[r]!;
    let findings: Finding[] | string;
    const s = plan.slot[r]!;
    if (s >= 0) findings = visited[s]!;
    else {
      const why = missing(rule, ctx);
      if (why) findings = why;
      else
        try {
          findings = rule.check(message, ctx);
        } catch (e) {
          findings = failure(rule, e);
        }
    }
    if (typeof findings === 'string') {
      notChecked.push(findings);
      continue;
    }
    for (const f of findings) {
      issues.push({
        source: 'rule',
        code: rule.id,
        rule: rule.id,
        message: f.detail ? `${rule.meaning} (${f.detail})` : rule.meaning,
        path: f.path,
        retourcode: retourcodeOf(rule.id),
      });
    }
  }
  return { issues, notChecked };
}
