import { recordRule } from '../record-rule.js';
import { select } from '../walk.js';

export const TR037 = recordRule({
  id: 'TR037',
  kinds: ['AW33', 'ZK31', 'ZK33'],
  meaning: 'Bij een Indicatie komt in ieder geval één zorgeenheid (GeindiceerdeFunctie of GeindiceerdZorgzwaartepakket) voor.',
  on: ['Indicatie'], // Client/Indicatie (Indicatie is nowhere else in these kinds)
  visit(ind, _message, _ctx, out) {
    if (select(ind, 'GeindiceerdeFuncties/GeindiceerdeFunctie').length === 0 && select(ind, 'GeindiceerdeZorgzwaartepakketten/GeindiceerdZorgzwaartepakket').length === 0)
      out.push({ path: ind.path });
  },
});
