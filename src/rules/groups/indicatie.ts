/** Rules of the indicatie group: one line per rule. */
import type { Rule } from '../rule.js';
import { CD029 } from '../impl/cd029.js';
import { CS003 } from '../impl/cs003.js';
import { CS012 } from '../impl/cs012.js';
import { CS014 } from '../impl/cs014.js';
import { CS023 } from '../impl/cs023.js';
import { CS092 } from '../impl/cs092.js';
import { CS113 } from '../impl/cs113.js';
import { TR008 } from '../impl/tr008.js';
import { TR010 } from '../impl/tr010.js';
import { TR014 } from '../impl/tr014.js';
import { TR015 } from '../impl/tr015.js';
import { TR034 } from '../impl/tr034.js';
import { TR035 } from '../impl/tr035.js';
import { TR057 } from '../impl/tr057.js';
import { TR101 } from '../impl/tr101.js';

export const INDICATIE: readonly Rule[] = [
  CD029,
  CS003,
  CS012,
  CS014,
  CS023,
  CS092,
  CS113,
  TR008,
  TR010,
  TR014,
  TR015,
  TR034,
  TR035,
  TR057,
  TR101,
];
