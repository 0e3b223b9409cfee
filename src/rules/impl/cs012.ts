import type { Finding } from '../rule.js';
import { recordRule } from '../record-rule.js';
import { type At, text } from '../walk.js';
import { inList, presentLeaves } from './indicatie-util.js';

const ICF_BY_SUBCODELIJST: readonly [string, string][] = [
  ['01', 'b110,b114,b117,b122,b126,b130,b134,b139,b140,b144,b147,b152,b156,b160,b164,b199'],
  ['02', 'b210,b215,b220,b229,b230,b235,b270'],
  [
    '03',
    'b310,b320,b340,b410,b415,b420,b430,b435,b440,b455,b469,b510,b515,b525,b535,b539,b540,b545,b550,b555,b559,b610,b620,b639,b679,b710,b715,b729,b749,b750,b755,b760,b765,b789,b849,b869',
  ],
];

const ICD_DSM_CODES = '01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,17,18,19,20,21';

const BY_CODELIJST: readonly [string, string][] = [
  ['022', 'b117.0,b117.1,b117.2,b117.3,b117.4,b117.9'],
  ['023', 'b210.1,b210.2,b210.3,b210.4,b210.9'],
  ['024', 'b230.1,b230.2,b230.3,b230.4,b230.9'],
];

/** The ZiektebeeldStoornis must be a code of the list DiagnoseCodelijst (and, for ICF, DiagnoseSubcodelijst) names. */
function checkStoornis(s: At, out: Finding[]): void {
  const lijst = text(s.node, 'DiagnoseCodelijst');
  const sub = text(s.node, 'DiagnoseSubcodelijst');
  const code = text(s.node, 'ZiektebeeldStoornis');
  if (inList(lijst, '014,019') && !inList(code, ICD_DSM_CODES)) fail(s, out, 'DiagnoseCodelijst', `ZiektebeeldStoornis ${code ?? '(leeg)'} bij DiagnoseCodelijst ${lijst}`);
  if (lijst === '021') {
    for (const [subcode, codes] of ICF_BY_SUBCODELIJST) {
      if (inList(sub, subcode) && !inList(code, codes)) fail(s, out, 'DiagnoseSubcodelijst', `ZiektebeeldStoornis ${code ?? '(leeg)'} bij ICF-subcodelijst ${subcode}`);
    }
  }
  for (const [lists, codes] of BY_CODELIJST) {
    if (inList(lijst, lists) && !inList(code, codes)) fail(s, out, 'DiagnoseCodelijst', `ZiektebeeldStoornis ${code ?? '(leeg)'} bij DiagnoseCodelijst ${lijst}`);
  }
}

/** Reported at `first` and ZiektebeeldStoornis (those present). A function, not a closure per record. */
function fail(s: At, out: Finding[], first: string, detail: string): void {
  for (const path of presentLeaves(s, first, 'ZiektebeeldStoornis')) out.push({ path, detail });
}

export const CS012 = recordRule({
  id: 'CS012',
  kinds: ['IO31', 'AW33', 'AW317', 'ZK31', 'ZK33'],
  meaning: 'Vullen conform opgegeven codelijst.',
  on: ['Stoornis'], // the Stoornissen of every Indicatie (Stoornis is nowhere else)
  visit(s, _message, _ctx, out) {
    checkStoornis(s, out);
  },
});
