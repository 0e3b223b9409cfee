import type { Issue } from '../issues.js';
import type { HeenKind } from '../messages/catalog.js';
import type { XmlRecord } from '../messages/model-types.js';
import { RULES } from './registry.js';
import { type Rule, type RuleContext, retourcodeOf } from './rule.js';

export interface RulesOutcome {
  issues: Issue[];
  /** Rules of this kind that were not checked, with why (no AGB list, no history). */
  notChecked: string[];
}

const byKind = new Map<string, Rule[]>();

export function rulesFor(kind: HeenKind): Rule[] {
  let list = byKind.get(kind);
  if (!list) byKind.set(kind, (list = RULES.filter((r) => r.kinds.includes(kind))));
  return list;
}

function missing(rule: Rule, ctx: RuleContext): string | undefined {
  if (rule.needs === 'agbList' && !ctx.lists.agb) return `${rule.id}: no AGB code list configured`;
  if (rule.needs === 'history' && !ctx.history) return `${rule.id}: no message history available`;
  return undefined;
}

/** Runs every rule of the kind on a valid typed message; a rule that fails is reported, not thrown. */
export function runRules(message: XmlRecord, ctx: RuleContext): RulesOutcome {
  const issues: Issue[] = [];
  const notChecked: string[] = [];
  for (const rule of rulesFor(ctx.kind)) {
    const why = missing(rule, ctx);
    if (why) {
      notChecked.push(why);
      continue;
    }
    let findings;
    try {
      findings = rule.check(message, ctx);
    } catch (e) {
      notChecked.push(`${rule.id}: failed (${(e as Error).message}); this is a bug`);
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
