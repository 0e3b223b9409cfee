/** Rules of the levering group: one line per rule. */
import type { Rule } from '../rule.js';

export const LEVERING: readonly Rule[] = [
];
