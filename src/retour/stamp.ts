import crypto from 'node:crypto';

/** Where a retour gets its IdentificatieRetour and DagtekeningRetour: injectable for tests. */
export interface Stamp {
  now(): Date;
  /** A new IdentificatieRetour: 1–12 characters, unique per sender and message kind. */
  newId(): string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ID_CHARS = 11;

/** Random bytes filled a few hundred ids at a time: one crypto call per id cost ~5 µs. */
const pool = Buffer.alloc(ID_CHARS * 372);
let used = pool.length;

/** Default: `R` + 11 random characters of Crockford base32 (55 bits: collisions are not a concern). */
export const systemStamp: Stamp = {
  now: () => new Date(),
  newId: () => {
    if (used + ID_CHARS > pool.length) {
      crypto.randomFillSync(pool);
      used = 0;
    }
    let id = 'R';
    for (let i = used; i < used + ID_CHARS; i++) id += ALPHABET[pool[i]! % 32];
    used += ID_CHARS;
    return id;
  },
};

/** Made once: building an Intl formatter costs far more than formatting with it. */
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The last date formatted and its minute: the Dutch date only changes on a whole hour (UTC
 * offsets +1 and +2), so within one UTC minute it is the same. Formatting costs ~5 µs a retour.
 */
let last = { minute: NaN, date: '' };

/** The calendar date in the Netherlands (iWlz dates have no time zone): YYYY-MM-DD. */
export function dutchDate(d: Date): string {
  const minute = Math.floor(d.getTime() / 60_000);
  if (minute !== last.minute) last = { minute, date: DUTCH_DATE.format(d) };
  return last.date;
}
