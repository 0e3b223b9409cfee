import type { Rule } from '../rule.js';
import { descendants, leaf, root, text } from '../walk.js';
import { FUNCTIE_RECORDS, inList, isBlank, nameOf } from './indicatie-util.js';

export const TR034: Rule = {
  id: 'TR034',
  kinds: ['IO31', 'AW33', 'AW35', 'ZK31', 'ZK33', 'ZK35'],
  meaning: "Opslag mag niet gevuld zijn als Functiecode de waarde ' 71' (verblijf tijdelijk) bevat.",
  check(message) {
    return descendants(root(message)).flatMap((at) => {
      if (!FUNCTIE_RECORDS.has(nameOf(at))) return [];
      const opslag = text(at.node, 'Opslag');
      if (!inList(text(at.node, 'FunctieCode'), '71') || isBlank(opslag)) return [];
      return [leaf(at, 'FunctieCode'), leaf(at, 'Opslag')].map((path) => ({ path, detail: `Opslag ${opslag ?? ''} bij FunctieCode 71` }));
    });
  },
};
