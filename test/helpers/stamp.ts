import type { Stamp } from '../../src/retour/stamp.js';

/** The clock and id of the expected retour messages in fixtures/ (scripts/update-goldens.ts). */
export const FIXED_STAMP: Stamp = { now: () => new Date('2026-11-25T12:00:00Z'), newId: () => 'R00000000001' };
