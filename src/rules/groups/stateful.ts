/** Rules of the stateful group: one line per rule. */
import type { Rule } from '../rule.js';

export const STATEFUL: readonly Rule[] = [
];
