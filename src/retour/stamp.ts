import crypto from 'node:crypto';

/** Where a retour gets its IdentificatieRetour and DagtekeningRetour: injectable for tests. */
export interface Stamp {
  now(): Date;
  /** A new IdentificatieRetour: 1–12 characters, unique per sender and message kind. */
  newId(): string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Default: `R` + 11 random characters of Crockford base32 (55 bits: collisions are not a concern). */
export const systemStamp: Stamp = {
  now: () => new Date(),
  newId: () => {
    const bytes = crypto.randomBytes(11);
    let id = 'R';
    for (const b of bytes) id += ALPHABET[b % 32];
    return id;
  },
};

/** Made once: building an Intl formatter costs far more than formatting with it. */
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in the Netherlands (iWlz dates have no time zone): YYYY-MM-DD. */
export function dutchDate(d: Date): string {
  return DUTCH_DATE.format(d);
}
