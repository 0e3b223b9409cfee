/** Rules of the toewijzing group: one line per rule. */
import type { Rule } from '../rule.js';

export const TOEWIJZING: readonly Rule[] = [
];
