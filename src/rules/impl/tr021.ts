import { recordRule } from '../record-rule.js';
import { type At, leaf, root, select, text } from '../walk.js';
import { REC, type Leaf, findingsAt, leafOf, normalizeSpace } from './toewijzing-util.js';

/** Whether some record has an Instelling (`want` undefined) or one equal to `want` (normalized). */
function hasInstelling(records: At[], want: string | undefined): boolean {
  for (const t of records) {
    const instelling = text(t.node, 'Instelling');
    if (instelling !== undefined && (want === undefined || normalizeSpace(instelling) === want)) return true;
  }
  return false;
}

export const TR021 = recordRule({
  id: 'TR021',
  kinds: ['AW33', 'ZK33'],
  meaning: 'Voor iedere client geldt dat er minimaal één toegewezen zorgeenheid moet zijn waarbij Instelling hoort bij Ontvanger.',
  on: ['Client'],
  visit(c, message, ctx, out) {
    const functies = select(c, REC.toegewezenFunctie);
    const zzps = select(c, REC.toegewezenZzp);
    const header = select(root(message), 'Header')[0];
    const ontvangerText = header ? text(header.node, 'Ontvanger') : undefined;
    // AW33: an Instelling equal to the Ontvanger. ZK33: an Instelling of the receiving
    // zorgkantoor; the official check leaves that to a hook that accepts every Instelling, so
    // only a client without any Instelling fails.
    const want = ctx.kind === 'ZK33' ? undefined : normalizeSpace(ontvangerText ?? '');
    if (hasInstelling(functies, want) || hasInstelling(zzps, want)) return;
    const ontvanger: Leaf[] = header && ontvangerText !== undefined ? [{ path: leaf(header, 'Ontvanger'), text: ontvangerText }] : [];
    const instellingen = [...functies, ...zzps].flatMap((t) => leafOf(t, 'Instelling'));
    out.push(...findingsAt(ontvanger, instellingen));
  },
});
