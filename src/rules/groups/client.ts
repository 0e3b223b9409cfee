/** Rules of the client group: one line per rule. */
import type { Rule } from '../rule.js';
import { CS002 } from '../impl/cs002.js';

export const CLIENT: readonly Rule[] = [
  CS002,
];
