/** Rules of the levering group: one line per rule. */
import type { Rule } from '../rule.js';
import { CD004 } from '../impl/cd004.js';
import { CS062 } from '../impl/cs062.js';
import { CS088 } from '../impl/cs088.js';
import { TR039 } from '../impl/tr039.js';
import { CS058 } from '../impl/cs058.js';
import { CS127 } from '../impl/cs127.js';
import { TR064, TR064_ZK } from '../impl/tr064.js';
import { TR100 } from '../impl/tr100.js';
import { CD020 } from '../impl/cd020.js';
import { CD047 } from '../impl/cd047.js';
import { CD048 } from '../impl/cd048.js';
import { CD074 } from '../impl/cd074.js';
import { CS133 } from '../impl/cs133.js';
import { TR018 } from '../impl/tr018.js';
import { TR040 } from '../impl/tr040.js';
import { TR041 } from '../impl/tr041.js';
import { TR046 } from '../impl/tr046.js';
import { TR066 } from '../impl/tr066.js';
import { TR120 } from '../impl/tr120.js';
import { TR127 } from '../impl/tr127.js';

export const LEVERING: readonly Rule[] = [
  CD004,
  CS062,
  CS088,
  TR039,
  CS058,
  CS127,
  TR064, // AW35/AW39: Instelling = Afzender
  TR064_ZK, // ZK35/ZK39: Instelling belongs to the Afzender ZK (AGB list)
  TR100,
  CD020,
  CD047,
  CD048,
  CD074,
  CS133,
  TR018,
  TR040,
  TR041,
  TR046,
  TR066,
  TR120,
  TR127,
];
