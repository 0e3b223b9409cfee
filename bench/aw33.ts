/**
 * Realistic synthetic AW33 models for the benchmark: one client with relations, two contacts, an
 * indicatie with stoornissen, beperkingen with scores and indicated ZZPs, and four toegewezen
 * zorgzwaartepakketten; about 8 KB written. Fictitious people; BSNs pass the 11-proef.
 */
import type { MessageModels } from '../src/messages/generated/index.js';

type AW33 = MessageModels['AW33'];

/** The i-th 9-digit number (from a seed) that passes the BSN 11-proef. */
export function bsn(i: number): string {
  let n = 100_000_000 + i * 97;
  for (;;) {
    const d = String(n).padStart(9, '0');
    const sum = [...d].reduce((s, c, k) => s + Number(c) * (k < 8 ? 9 - k : -1), 0);
    if (sum % 11 === 0) return d;
    n++;
  }
}

const SURNAMES = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot'];
const FIRST = ['Johanna Maria', 'Pieter', 'Hendrika', 'Cornelis', 'Wilhelmina', 'Jan Willem', 'Geertruida', 'Dirk'];

function name(i: number): { Geslachtsnaam: { Achternaam: string; Voorvoegsel?: string }; Voornamen: string; Voorletters: string; NaamGebruik: string } {
  const full = SURNAMES[i % SURNAMES.length]!;
  const parts = full.split(' ');
  const achternaam = parts.pop()!;
  const voornamen = FIRST[i % FIRST.length]!;
  const g: { Achternaam: string; Voorvoegsel?: string } = { Achternaam: achternaam };
  if (parts.length) g.Voorvoegsel = parts.join(' ');
  return { Geslachtsnaam: g, Voornamen: voornamen, Voorletters: voornamen.split(' ').map((v) => v[0]).join(''), NaamGebruik: '1' };
}

const instellingOf = (i: number): string => '0' + String(3100000 + (i % 50)).padStart(7, '0');
const geboortedatum = (i: number): string => `19${30 + (i % 60)}-0${1 + (i % 9)}-1${i % 10}`;

export function aw33Model(i: number): AW33 {
  const instelling = instellingOf(i);
  const toewijzing = (zzp: string, lv: string, start: string, extra: Record<string, string>) => ({
    ZzpCode: zzp,
    Instelling: instelling,
    Zorgkantoor: '5507',
    Soort: '1',
    Toewijzingsdatum: '2026-10-01',
    Toewijzingstijd: '09:15:00',
    ToewijzingPercentage: '10000',
    Ingangsdatum: start,
    ...extra,
    Leveringsvorm: lv,
  });
  return {
    Header: {
      BerichtCode: '352',
      BerichtVersie: '5',
      BerichtSubversie: '2',
      Afzender: '5507',
      Ontvanger: instelling,
      BerichtIdentificatie: { Identificatie: `B${String(i).padStart(9, '0')}`, Dagtekening: '2026-11-02' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Clienten: {
      Client: [
        {
          Bsn: bsn(i),
          GeheimeClient: '2',
          Geboortedatum: { Datum: geboortedatum(i) },
          Geslacht: String(1 + (i % 2)),
          BurgerlijkeStaat: '1',
          Naam: name(i),
          Leefeenheid: '1',
          Huisarts: '01234567',
          Communicatie: { Vorm: '1', Taal: 'nl' },
          Partneropname: '2',
          Commentaar: 'Cliënt heeft voorkeur voor ochtendzorg.',
          Relaties: {
            Relatie: [
              {
                Nummer: `R${i}-1`,
                Volgorde: '1',
                Soort: '03',
                Naam: name(i + 3),
                Contact: { Soort: '01', Adres: { Huis: { Huisnummer: '12' }, Postcode: '3511AB', Straatnaam: 'Oudegracht', Plaatsnaam: 'Utrecht', LandCode: 'NL' }, Telefoon: { Telefoon01: { Telefoonnummer: '0612345678', Landnummer: '0031' } } },
              },
            ],
          },
          Contactgegevens: {
            Contact: [
              { Soort: '01', Adres: { Huis: { Huisnummer: String(1 + (i % 200)), Huisletter: 'A' }, Postcode: '1012AB', Straatnaam: 'Damstraat', Plaatsnaam: 'Amsterdam', LandCode: 'NL' }, Telefoon: { Telefoon01: { Telefoonnummer: '0201234567', Landnummer: '0031' }, Telefoon02: { Telefoonnummer: '0687654321', Landnummer: '0031' } }, Emailadres: `client${i}@example.nl` },
              { Soort: '03', Adres: { Huis: { Huisnummer: '5' }, Postcode: '1013CD', Straatnaam: 'Zorglaan', Plaatsnaam: 'Amsterdam', LandCode: 'NL' } },
            ],
          },
          Indicatie: {
            Besluitnummer: String(100000 + i),
            Soort: '1',
            Grondslagen: { Grondslag01: '01' },
            Afgiftedatum: '2026-09-15',
            Ingangsdatum: '2026-09-15',
            Stoornissen: { Stoornis: [{ Grondslag: '01', DiagnoseCodelijst: '021', DiagnoseSubcodelijst: '01', ZiektebeeldStoornis: 'b117', Prognose: '3' }] },
            Beperkingen: {
              Beperking: [
                { Categorie: '1', Duur: '4', BeperkingScores: { BeperkingScore: [{ Vraag: '0101', Score: '2' }, { Vraag: '0102', Score: '3' }] } },
                { Categorie: '2', Duur: '4', BeperkingScores: { BeperkingScore: [{ Vraag: '0201', Score: '1' }] } },
              ],
            },
            GeindiceerdeZorgzwaartepakketten: {
              GeindiceerdZorgzwaartepakket: [
                { ZzpCode: '755', Ingangsdatum: '2026-09-15', Einddatum: '2026-10-31', Klasse: 'KE7', Financiering: '1' },
                { ZzpCode: '756', Ingangsdatum: '2026-11-01', Klasse: 'KE7', Financiering: '1' },
              ],
            },
            ToegewezenZorgzwaartepakketten: {
              ToegewezenZorgzwaartepakket: [
                toewijzing('755', '4', '2026-10-01', { Klasse: 'KE5', Dossierhouder: instelling, Opname: '1' }),
                toewijzing('755', '5', '2026-10-15', { Klasse: 'KE5', Dossierhouder: instelling }),
                toewijzing('756', '7', '2026-11-01', { CoordinatorZorgThuis: instelling }),
                toewijzing('756', '8', '2026-11-01', { Etmalen: '3,5', Dossierhouder: instelling, Opname: '1' }),
              ],
            },
          },
        },
      ],
    },
  };
}

type AW35 = MessageModels['AW35'];

/**
 * The AW35 an aanbieder sends after the i-th AW33: the start of delivery (StatusAanlevering 1) of
 * its MPT toewijzing (ZZP 756, Leveringsvorm 7, from 2026-11-01). Three register mutations: the
 * Leveringsregister client, the Levering under the toewijzing, the Leveringperiode.
 */
export function aw35Model(i: number): AW35 {
  const instelling = instellingOf(i);
  return {
    Header: {
      BerichtCode: '354',
      BerichtVersie: '5',
      BerichtSubversie: '2',
      Afzender: instelling,
      Ontvanger: '5507',
      BerichtIdentificatie: { Identificatie: `L${String(i).padStart(9, '0')}`, Dagtekening: '2026-11-02' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Clienten: {
      Client: [
        {
          Bsn: bsn(i),
          Geboortedatum: { Datum: geboortedatum(i) },
          Geslacht: String(1 + (i % 2)),
          Naam: { Geslachtsnaam: name(i).Geslachtsnaam },
          GeleverdeZorgzwaartepakketten: {
            GeleverdZorgzwaartepakket: [
              {
                Besluitnummer: String(100000 + i),
                ZzpCode: '756',
                ToewijzingIngangsdatum: '2026-11-01',
                Begindatum: '2026-11-01',
                Instelling: instelling,
                Leveringsstatus: '4',
                Leveringsvorm: '7',
                StatusAanlevering: '1',
              },
            ],
          },
        },
      ],
    },
  } as AW35;
}
