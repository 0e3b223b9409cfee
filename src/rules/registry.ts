/**
 * Every business rule, one line each, in the group files under groups/. A rule's file says which
 * heen kinds it applies to; rulesFor(kind) in run.ts selects them. Add a rule: its file in impl/,
 * its test beside it, one line in its group.
 */
import type { Rule } from './rule.js';
import { AW317_CAK_ZK31 } from './groups/aw317-cak-zk31.js';
import { CLIENT } from './groups/client.js';
import { INDICATIE } from './groups/indicatie.js';
import { LEVERING } from './groups/levering.js';
import { STATEFUL } from './groups/stateful.js';
import { TOEWIJZING } from './groups/toewijzing.js';

export const RULES: readonly Rule[] = [...CLIENT, ...INDICATIE, ...TOEWIJZING, ...LEVERING, ...AW317_CAK_ZK31, ...STATEFUL];
