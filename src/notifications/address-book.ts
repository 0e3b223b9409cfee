/**
 * The address book: where each party receives its notifications (until the RFC0003 Adresboek
 * exists). A JSON object mapping `"<IDTYPE>:<id>"` to the https/http URL of the party's
 * zendNotificatie endpoint:
 *
 *   { "UZOVI:5501": "https://zk.example/notificaties/graphql", "AGB:12345678": "http://127.0.0.1:4100/graphql" }
 *
 * ID types: UZOVI (4 digits), AGB or AGBCODE (8 digits, the same key), KVK (8 digits), OIN (20
 * digits); the type is matched case-insensitively. The file is validated once when loaded.
 */
import fs from 'node:fs';

const ID_TYPES: Record<string, { canonical: string; pattern: RegExp }> = {
  UZOVI: { canonical: 'UZOVI', pattern: /^\d{4}$/ },
  AGB: { canonical: 'AGB', pattern: /^\d{8}$/ },
  AGBCODE: { canonical: 'AGB', pattern: /^\d{8}$/ },
  KVK: { canonical: 'KVK', pattern: /^\d{8}$/ },
  OIN: { canonical: 'OIN', pattern: /^\d{20}$/ },
};

export class AddressBookError extends Error {
  constructor(message: string, readonly problems: string[] = []) {
    super(problems.length ? `${message}:\n  ${problems.join('\n  ')}` : message);
    this.name = 'AddressBookError';
  }
}

/** `TYPE:id` in canonical form (AGBCODE → AGB, upper case), or undefined for an unknown ID type. */
export function partyKey(idType: string, id: string): string | undefined {
  const t = ID_TYPES[idType.trim().toUpperCase()];
  return t ? `${t.canonical}:${id.trim()}` : undefined;
}

export class AddressBook {
  private constructor(private readonly entries: ReadonlyMap<string, string>) {}

  /** Validates a parsed address book; every problem is reported at once. */
  static fromObject(data: unknown, source = 'address book'): AddressBook {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new AddressBookError(`${source}: expected a JSON object {"UZOVI:5501": "https://…", …}`);
    }
    const problems: string[] = [];
    const entries = new Map<string, string>();
    for (const [rawKey, value] of Object.entries(data as Record<string, unknown>)) {
      const m = /^\s*([A-Za-z]+)\s*:\s*(\S+)\s*$/.exec(rawKey);
      const type = m ? ID_TYPES[m[1]!.toUpperCase()] : undefined;
      if (!m || !type) {
        problems.push(`"${rawKey}": key must be <IDTYPE>:<id> with IDTYPE one of ${Object.keys(ID_TYPES).join(', ')}`);
        continue;
      }
      if (!type.pattern.test(m[2]!)) {
        problems.push(`"${rawKey}": ${m[1]!.toUpperCase()} id must match ${type.pattern.source}`);
        continue;
      }
      let url: URL | undefined;
      try {
        if (typeof value === 'string') url = new URL(value);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        problems.push(`"${rawKey}": value must be an http(s) URL, got ${JSON.stringify(value)}`);
        continue;
      }
      const key = `${type.canonical}:${m[2]!}`;
      if (entries.has(key)) {
        problems.push(`"${rawKey}": ${key} is listed twice`);
        continue;
      }
      entries.set(key, url.toString());
    }
    if (problems.length) throw new AddressBookError(`${source} is not valid`, problems);
    return new AddressBook(entries);
  }

  /** Reads and validates a JSON file. */
  static load(file: string): AddressBook {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new AddressBookError(`cannot read address book ${file}: ${(e as Error).message}`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new AddressBookError(`address book ${file} is not JSON: ${(e as Error).message}`);
    }
    return AddressBook.fromObject(data, `address book ${file}`);
  }

  /** The endpoint of a receiver, or undefined when it is not in the book. */
  lookup(idType: string, id: string): string | undefined {
    const key = partyKey(idType, id);
    return key === undefined ? undefined : this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
