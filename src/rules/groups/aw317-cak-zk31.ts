/** Rules of the aw317-cak-zk31 group: one line per rule. */
import type { Rule } from '../rule.js';
import { CD036 } from '../impl/cd036.js';
import { CD071 } from '../impl/cd071.js';
import { CD090 } from '../impl/cd090.js';
import { CD091 } from '../impl/cd091.js';
import { CS067 } from '../impl/cs067.js';
import { CS093 } from '../impl/cs093.js';
import { CS108 } from '../impl/cs108.js';
import { CS118 } from '../impl/cs118.js';
import { CS125 } from '../impl/cs125.js';
import { CS131 } from '../impl/cs131.js';
import { TR079 } from '../impl/tr079.js';
import { TR091 } from '../impl/tr091.js';
import { TR108 } from '../impl/tr108.js';
import { TR109 } from '../impl/tr109.js';
import { TR110 } from '../impl/tr110.js';
import { TR111 } from '../impl/tr111.js';

export const AW317_CAK_ZK31: readonly Rule[] = [
  CD090,
  CS131,
  CD036,
  CS093,
  CS108,
  CS118,
  TR079,
  TR091,
  TR108,
  TR109,
  TR110,
  TR111,
  CD071,
  CD091,
  CS125,
  CS067,
];
