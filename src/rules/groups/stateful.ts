/** Rules of the stateful group: one line per rule. */
import type { Rule } from '../rule.js';
import { TR017 } from '../impl/tr017.js';
import { TR019 } from '../impl/tr019.js';
import { TR020 } from '../impl/tr020.js';
import { TR056 } from '../impl/tr056.js';
import { TR063 } from '../impl/tr063.js';
import { TR069 } from '../impl/tr069.js';
import { TR071 } from '../impl/tr071.js';
import { TR074 } from '../impl/tr074.js';
import { TR103 } from '../impl/tr103.js';
import { TR104 } from '../impl/tr104.js';
import { TR118 } from '../impl/tr118.js';

export const STATEFUL: readonly Rule[] = [
  TR017,
  TR019,
  TR020,
  TR056,
  TR063,
  TR069,
  TR071,
  TR074,
  TR103,
  TR104,
  TR118,
];
