import { recordRule } from '../record-rule.js';
import { leaf, text } from '../walk.js';
import { FUNCTIE_RECORDS, inList, isBlank } from './indicatie-util.js';

export const TR034 = recordRule({
  id: 'TR034',
  kinds: ['IO31', 'AW33', 'AW35', 'ZK31', 'ZK33', 'ZK35'],
  meaning: "Opslag mag niet gevuld zijn als Functiecode de waarde ' 71' (verblijf tijdelijk) bevat.",
  on: [...FUNCTIE_RECORDS],
  visit(at, _message, _ctx, out) {
    const opslag = text(at.node, 'Opslag');
    if (!inList(text(at.node, 'FunctieCode'), '71') || isBlank(opslag)) return;
    const detail = `Opslag ${opslag ?? ''} bij FunctieCode 71`;
    out.push({ path: leaf(at, 'FunctieCode'), detail }, { path: leaf(at, 'Opslag'), detail });
  },
});
