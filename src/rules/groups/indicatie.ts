/** Rules of the indicatie group: one line per rule. */
import type { Rule } from '../rule.js';

export const INDICATIE: readonly Rule[] = [
];
