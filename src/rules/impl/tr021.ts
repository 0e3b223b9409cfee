import type { Rule } from '../rule.js';
import { leaf, root, select, text } from '../walk.js';
import { REC, type Leaf, clients, findingsAt, leafOf, normalizeSpace } from './toewijzing-util.js';

export const TR021: Rule = {
  id: 'TR021',
  kinds: ['AW33', 'ZK33'],
  meaning: 'Voor iedere client geldt dat er minimaal één toegewezen zorgeenheid moet zijn waarbij Instelling hoort bij Ontvanger.',
  check(message, ctx) {
    const header = select(root(message), 'Header')[0];
    const ontvangerText = header ? text(header.node, 'Ontvanger') : undefined;
    const ontvanger: Leaf[] = header && ontvangerText !== undefined ? [{ path: leaf(header, 'Ontvanger'), text: ontvangerText }] : [];
    return clients(message).flatMap((c) => {
      const instellingen = [...select(c, REC.toegewezenFunctie), ...select(c, REC.toegewezenZzp)].flatMap((t) => leafOf(t, 'Instelling'));
      // AW33: an Instelling equal to the Ontvanger. ZK33: an Instelling of the receiving
      // zorgkantoor; the official check leaves that to a hook that accepts every Instelling, so
      // only a client without any Instelling fails.
      const ok =
        ctx.kind === 'ZK33'
          ? instellingen.length > 0
          : instellingen.some((i) => normalizeSpace(i.text) === normalizeSpace(ontvangerText ?? ''));
      return ok ? [] : findingsAt(ontvanger, instellingen);
    });
  },
};
