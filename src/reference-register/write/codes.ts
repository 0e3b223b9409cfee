/**
 * Code lists for the write side, DERIVED from the installed XSD pack (`xsd/iwlz-<release>/model.json`):
 * every simple type `LDT_<Name>` with enumerations is a code list. Register fields are paired with
 * those types by name (BRIEF §3): a field `leveringsvorm` checks against `LDT_Leveringsvorm`
 * (case-insensitive), and a few fields whose name differs from the XSD type are paired explicitly
 * below. No code values are written here.
 */
import { listPacks } from '../../schema/pack-store.js';
import { localTypeName, type SimpleTypeDef } from '../../schema/model.js';

export interface CodeList {
  /** The XSD simple type, e.g. `LDT_Leveringsvorm`. */
  type: string;
  values: ReadonlySet<string>;
}

/** Register field names (lower case) whose XSD type has another name. */
const ALIASES: Record<string, string> = {
  opname: 'LDT_JaNee',
  meerzorg: 'LDT_JaNee',
  geheimeclient: 'LDT_JaNee',
  verantwoordelijkzorgkantoor: 'LDT_ZorgkantoorCode',
  uitvoerendzorgkantoor: 'LDT_ZorgkantoorCode',
  initieelverantwoordelijkzorgkantoor: 'LDT_ZorgkantoorCode',
  soortwlzindicatie: 'LDT_SoortIndicatie',
  categorie: 'LDT_BeperkingCategorie',
  toewijzingsoort: 'LDT_SoortToewijzing',
  geboortedatumgebruik: 'LDT_DatumGebruik',
  land: 'LDT_LandCode',
};

/**
 * Register fields (lower case) checked against the facets (pattern, length, range) of an XSD
 * simple type without enumerations, paired by meaning (BRIEF §3); the facets come from the pack.
 */
const FACET_FIELDS: Record<string, string> = {
  bsn: 'LDT_BurgerServicenummer',
  instelling: 'LDT_AgbCode', aanbieder: 'LDT_AgbCode', instellingbestemming: 'LDT_AgbCode', aanbiederbestemming: 'LDT_AgbCode',
  instellingvoorkeur: 'LDT_AgbCode', huisarts: 'LDT_AgbCode', agbcodehuisarts: 'LDT_AgbCode',
  besluitnummer: 'LDT_Besluitnummer',
  postcode: 'LDT_Postcode', straatnaam: 'LDT_Straatnaam', plaatsnaam: 'LDT_Plaatsnaam', huisnummer: 'LDT_Huisnummer', huisletter: 'LDT_Huisletter',
  huisnummertoevoeging: 'LDT_HuisnummerToevoeging', emailadres: 'LDT_Emailadres',
  telefoonnummer: 'LDT_Telefoonnummer', telefoonnummer01: 'LDT_Telefoonnummer', telefoonnummer02: 'LDT_Telefoonnummer',
  landnummer: 'LDT_Landnummer', landnummer01: 'LDT_Landnummer', landnummer02: 'LDT_Landnummer',
  geslachtsnaam: 'LDT_Naam', partnernaam: 'LDT_Naam', voornamen: 'LDT_Naam', roepnaam: 'LDT_Naam', voorletters: 'LDT_Voorletters',
  voorvoegselgeslachtsnaam: 'LDT_Voorvoegsel', voorvoegselpartnernaam: 'LDT_Voorvoegsel', taal: 'LDT_Taal', commentaar: 'LDT_Commentaar',
};

export interface Facets {
  type: string;
  /** Undefined when the value fits, else what is wrong. */
  check(v: unknown): string | undefined;
}

function facetsOf(type: string, def: SimpleTypeDef): Facets {
  const patterns = (def.patterns ?? []).map((p) => new RegExp(`^(?:${p})$`, 'u'));
  const min = def.minInclusive !== undefined ? Number(def.minInclusive) : undefined;
  const max = def.maxInclusive !== undefined ? Number(def.maxInclusive) : undefined;
  return {
    type,
    check(v: unknown): string | undefined {
      if (typeof v === 'number') {
        if ((min !== undefined && v < min) || (max !== undefined && v > max)) return `${v} is outside ${min ?? '…'}..${max ?? '…'} (${type})`;
        return undefined;
      }
      if (typeof v !== 'string') return undefined;
      const len = [...v].length;
      if (def.minLength !== undefined && len < def.minLength) return `${JSON.stringify(v)} is shorter than ${def.minLength} (${type})`;
      if (def.maxLength !== undefined && len > def.maxLength) return `${JSON.stringify(v)} is longer than ${def.maxLength} (${type})`;
      if (patterns.length > 0 && !patterns.some((p) => p.test(v))) return `${JSON.stringify(v)} does not match ${def.patterns!.join(' | ')} (${type})`;
      return undefined;
    },
  };
}

export class CodeLists {
  private constructor(
    private readonly byType: Map<string, ReadonlySet<string>>,
    readonly release: string | undefined,
    private readonly facetTypes: Map<string, SimpleTypeDef> = new Map(),
  ) {}

  static empty(): CodeLists {
    return new CodeLists(new Map(), undefined);
  }

  private readonly facetCache = new Map<string, Facets | undefined>();
  private readonly listCache = new Map<string, CodeList | undefined>();

  /** The format facets a register field is checked against, if any. */
  facetsFor(field: string): Facets | undefined {
    if (this.facetCache.has(field)) return this.facetCache.get(field);
    const type = FACET_FIELDS[field.toLowerCase()];
    const def = type ? this.facetTypes.get(type) : undefined;
    const out = type && def ? facetsOf(type, def) : undefined;
    this.facetCache.set(field, out);
    return out;
  }

  /** Reads the newest installed pack under `xsdDir`; empty (no code checks) when none is installed. */
  static load(xsdDir: string): CodeLists {
    const packs = listPacks(xsdDir);
    const pack = packs[packs.length - 1];
    if (!pack) return CodeLists.empty();
    const byType = new Map<string, ReadonlySet<string>>();
    const facetTypes = new Map<string, SimpleTypeDef>();
    for (const [key, def] of Object.entries(pack.model.types)) {
      if (def.kind !== 'simple') continue;
      const name = localTypeName(key);
      if (def.enumerations && def.enumerations.length > 0) byType.set(name, new Set(def.enumerations));
      else if (name.startsWith('LDT_')) facetTypes.set(name, def);
    }
    return new CodeLists(byType, pack.manifest.release, facetTypes);
  }

  get size(): number {
    return this.byType.size;
  }

  /** The code list a register field is checked against, if any. */
  forField(field: string): CodeList | undefined {
    if (this.listCache.has(field)) return this.listCache.get(field);
    const out = this.lookup(field);
    this.listCache.set(field, out);
    return out;
  }

  private lookup(field: string): CodeList | undefined {
    const lc = field.toLowerCase();
    const alias = ALIASES[lc];
    if (alias) {
      const values = this.byType.get(alias);
      return values ? { type: alias, values } : undefined;
    }
    for (const [type, values] of this.byType) {
      if (type.toLowerCase() === `ldt_${lc}`) return { type, values };
    }
    return undefined;
  }
}
