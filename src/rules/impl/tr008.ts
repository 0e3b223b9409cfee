import { recordRule } from '../record-rule.js';
import { text } from '../walk.js';
import { inList, presentLeaves } from './indicatie-util.js';

/** FunctieCodes → the Klassen that belong to them. */
const KLASSEN: readonly [string, string][] = [
  ['21,31,81', 'K1,K2,K3,K4,K5,K6,K7,K8'],
  ['41', 'K0,K1,K2,K3,K4,K5,K6,K7'],
  ['61,62,63,91', '99'],
  ['64,82', 'KD01,KD02,KD03,KD04,KD05,KD06,KD07,KD08,KD09'],
  ['71', 'KE1,KE2,KE3,KE4,KE5,KE6,KE7'],
];

/** Every record with a FunctieCode and a Klasse (indicated, assigned, delivered functions). */
export const TR008 = recordRule({
  id: 'TR008',
  kinds: ['IO31', 'AW33', 'AW35', 'ZK31', 'ZK33', 'ZK35'],
  meaning: 'De Klasse moet horen bij de betreffende FunctieCode',
  on: ['GeindiceerdeFunctie', 'ToegewezenFunctie', 'GeleverdeFunctie', 'MutatieFunctie'], // the records with a FunctieCode
  visit(at, _message, _ctx, out) {
    const functie = text(at.node, 'FunctieCode');
    if (functie === undefined) return;
    const klasse = text(at.node, 'Klasse');
    if (klasse === undefined) return;
    for (const [codes, klassen] of KLASSEN) {
      if (!inList(functie, codes) || inList(klasse, klassen)) continue;
      for (const path of presentLeaves(at, 'FunctieCode', 'Klasse')) out.push({ path, detail: `Klasse ${klasse} bij FunctieCode ${functie}` });
    }
  },
});
