/** Rules of the client group: one line per rule. */
import type { Rule } from '../rule.js';
import { CD005 } from '../impl/cd005.js';
import { CD007 } from '../impl/cd007.js';
import { CD009 } from '../impl/cd009.js';
import { CD016 } from '../impl/cd016.js';
import { CD017 } from '../impl/cd017.js';
import { CD022 } from '../impl/cd022.js';
import { CD025 } from '../impl/cd025.js';
import { CD034 } from '../impl/cd034.js';
import { CD070 } from '../impl/cd070.js';
import { CS002 } from '../impl/cs002.js';
import { CS035 } from '../impl/cs035.js';
import { CS050 } from '../impl/cs050.js';
import { CS069 } from '../impl/cs069.js';
import { CS089 } from '../impl/cs089.js';
import { CS107 } from '../impl/cs107.js';
import { CS123 } from '../impl/cs123.js';
import { TR002 } from '../impl/tr002.js';
import { TR004 } from '../impl/tr004.js';
import { TR005 } from '../impl/tr005.js';
import { TR006 } from '../impl/tr006.js';
import { TR061 } from '../impl/tr061.js';
import { TR097 } from '../impl/tr097.js';

export const CLIENT: readonly Rule[] = [
  CS002,
  CD005,
  CD007,
  CD009,
  CD016,
  CD017,
  CD022,
  CD025,
  CD034,
  CD070,
  CS035,
  CS050,
  CS069,
  CS089,
  CS107,
  CS123,
  TR002,
  TR004,
  TR005,
  TR006,
  TR061,
  TR097,
];
