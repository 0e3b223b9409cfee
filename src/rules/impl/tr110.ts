import type { Rule } from '../rule.js';
import { leaf, text } from '../walk.js';
import { dagtekening, dateNum, zk31Indicatie } from './aw317-cak-zk31-util.js';

/** ZK31: the Indicatie's Overdrachtdatum lies strictly after the Dagtekening. */
export const TR110: Rule = {
  id: 'TR110',
  kinds: ['ZK31'],
  meaning: 'Overdrachtdatum moet groter zijn dan Dagtekening.',
  check(message) {
    const indicatie = zk31Indicatie(message);
    const overdracht = indicatie ? text(indicatie.node, 'Overdrachtdatum') : undefined;
    if (!indicatie || overdracht === undefined) return [];
    const dag = dagtekening(message);
    if (dag.value !== undefined && !(dateNum(dag.value) >= dateNum(overdracht))) return [];
    const detail = `Overdrachtdatum ${overdracht}, Dagtekening ${dag.value ?? '(leeg)'}`;
    return [...(dag.value !== undefined ? [{ path: dag.path, detail }] : []), { path: leaf(indicatie, 'Overdrachtdatum'), detail }];
  },
};
