/** Rules of the toewijzing group: one line per rule. */
import type { Rule } from '../rule.js';
import { CD040 } from '../impl/cd040.js';
import { CD050 } from '../impl/cd050.js';
import { CD051 } from '../impl/cd051.js';
import { CD052 } from '../impl/cd052.js';
import { CD072 } from '../impl/cd072.js';
import { CD073 } from '../impl/cd073.js';
import { CS072 } from '../impl/cs072.js';
import { CS074 } from '../impl/cs074.js';
import { CS130 } from '../impl/cs130.js';
import { CS132 } from '../impl/cs132.js';
import { TR016 } from '../impl/tr016.js';
import { TR021 } from '../impl/tr021.js';
import { TR037 } from '../impl/tr037.js';
import { TR042 } from '../impl/tr042.js';
import { TR065 } from '../impl/tr065.js';
import { TR077 } from '../impl/tr077.js';
import { TR082 } from '../impl/tr082.js';
import { TR106 } from '../impl/tr106.js';
import { TR119 } from '../impl/tr119.js';
import { TR124 } from '../impl/tr124.js';

export const TOEWIJZING: readonly Rule[] = [
  CD040,
  CD050,
  CD051,
  CD052,
  CD072,
  CD073,
  CS072,
  CS074,
  CS130,
  CS132,
  TR016,
  TR021,
  TR037,
  TR042,
  TR065,
  TR077,
  TR082,
  TR106,
  TR119,
  TR124,
];
