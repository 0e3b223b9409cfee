/** Rules of the aw317-cak-zk31 group: one line per rule. */
import type { Rule } from '../rule.js';

export const AW317_CAK_ZK31: readonly Rule[] = [
];
