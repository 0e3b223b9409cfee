/**
 * Party identities as the register records them (`TYPE:id`, the write log's author): from a
 * client certificate, a token's `sub`, or (insecure mode only) the `X-Party` header.
 */

/** Identity types a writing party can have, with their spellings (AGBCODE is the register docs' name for AGB). */
const TYPES: Record<string, string> = { UZOVI: 'UZOVI', AGB: 'AGB', AGBCODE: 'AGB', KVK: 'KVK', OIN: 'OIN' };
const ID = /^[0-9A-Za-z]{1,20}$/;

/**
 * `uzovi:5501`, `UZOVI:5501`, `agbcode:01234567`, `AGB-01234567`, `oin 000000…` → `UZOVI:5501`,
 * `AGB:01234567`, …; undefined for anything else (no BSN: a person is never a writing party).
 */
export function parseParty(text: string | undefined | null): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^\s*([A-Za-z]+)\s*[:\- ]\s*([0-9A-Za-z]+)\s*$/.exec(text);
  if (!m) return undefined;
  const type = TYPES[m[1]!.toUpperCase()];
  return type && ID.test(m[2]!) ? `${type}:${m[2]}` : undefined;
}
