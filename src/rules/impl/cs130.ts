import type { Rule } from '../rule.js';
import { REC, clientRecords, findingsAt, leafOf, patternMatch } from './toewijzing-util.js';

/** A whole percent in hundredths: 100, 200, …, 10000 (the official patterns 1\0\0, 10\0\0, 100\0\0). */
function wholePercent(value: string): boolean {
  return ['1\\0\\0', '10\\0\\0', '100\\0\\0'].some((p) => patternMatch(value, p));
}

export const CS130: Rule = {
  id: 'CS130',
  kinds: ['ZK31', 'ZK33'],
  meaning: 'Vullen in hele procenten, tenzij de leveringsvorm de waarde 2 (PGB) bevat.',
  check(message) {
    return clientRecords(message, REC.toegewezenZzp).flatMap((r) => {
      const lv = r.node.Leveringsvorm;
      // Only records whose Leveringsvorm is numerically not 2 (the official test compares numbers).
      if (typeof lv !== 'string' || Number(lv.trim() || NaN) === 2) return [];
      const pct = leafOf(r, 'ToewijzingPercentage');
      return wholePercent(pct[0]?.text ?? '') ? [] : findingsAt(leafOf(r, 'Leveringsvorm'), pct);
    });
  },
};
