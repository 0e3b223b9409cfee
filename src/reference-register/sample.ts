/**
 * A small sample data set per register, used by the tests (and handy for trying queries). Ids
 * are fixed, readable UUIDs; BSNs are test numbers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../config/root.js';
import { installSchemas, sameInstall, schemaDirOf } from './schema-files.js';
import type { SeedData } from './seed.js';

/** `00000000-0000-4000-8000-<kind><n>` so ids sort and read well in tests. */
export const id = (kind: number, n: number): string => `00000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;

export const K = { client: 1, bemiddeling: 2, spec: 3, regie: 4, overdracht: 5, ospec: 6, cp: 7, ccg: 8, cpcg: 9, wlz: 10, levering: 20, lp: 21, bp: 22, verzoek: 23, va: 24, afstel: 25, up: 26 } as const;

const spec = (n: number, instelling: string, ingang: string, eind: string | null, extra: Record<string, unknown> = {}) => ({
  bemiddelingspecificatieID: id(K.spec, n), leveringsvorm: '1', zzpCode: '4VV', toewijzingIngangsdatum: ingang, toewijzingEinddatum: eind,
  instelling, uitvoerendZorgkantoor: '5501', vaststellingMoment: `2024-0${n}-01T10:00:00+01:00`, percentage: 100, soortToewijzing: '01', ...extra,
});

export const BR_SAMPLE: SeedData = {
  Client: [
    {
      clientID: id(K.client, 1), bsn: '012345672', leefeenheid: '1', taal: 'NL', communicatievorm: '01',
      contactpersoon: [
        { contactpersoonID: id(K.cp, 1), relatienummer: '1', soortRelatie: '01', geslachtsnaam: 'Jansen', ingangsdatum: '2020-01-01', einddatum: null,
          contactgegevens: [{ contactpersoonContactgegevensID: id(K.cpcg, 1), adressoort: '01', postcode: '1234AB', ingangsdatum: '2020-01-01' }] },
        { contactpersoonID: id(K.cp, 2), relatienummer: '2', soortRelatie: '02', geslachtsnaam: 'Bakker', ingangsdatum: '2015-01-01', einddatum: '2018-12-31' },
      ],
      contactgegevens: [{ clientContactgegevensID: id(K.ccg, 1), adressoort: '01', straatnaam: 'Dorpsstraat', huisnummer: 1, postcode: '1234AB', ingangsdatum: '2019-01-01' }],
      bemiddeling: [
        {
          bemiddelingID: id(K.bemiddeling, 1), wlzIndicatieID: id(K.wlz, 1), verantwoordelijkZorgkantoor: '5501', verantwoordelijkheidIngangsdatum: '2024-01-01',
          bemiddelingspecificatie: [
            spec(1, '12345678', '2024-01-01', '2024-06-30', { opname: '1' }),
            spec(2, '87654321', '2024-03-01', null, { leveringsvorm: '2', zzpCode: '6VV', pgbPercentage: 50 }),
          ],
          regiehouder: [{ regiehouderID: id(K.regie, 1), instelling: '12345678', ingangsdatum: '2024-01-01', regierol: 'DH' }],
          overdracht: {
            overdrachtID: id(K.overdracht, 1), verantwoordelijkZorgkantoor: '5502', overdrachtDatum: '2024-07-01', verhuisDatum: '2024-06-15', vaststellingMoment: '2024-06-20T09:00:00+02:00',
            overdrachtspecificatie: [{ overdrachtspecificatieID: id(K.ospec, 1), leveringsstatus: '1', bemiddelingspecificatieID: id(K.spec, 2) }],
          },
        },
      ],
    },
    {
      clientID: id(K.client, 2), bsn: '000000012', taal: 'EN',
      bemiddeling: [
        {
          bemiddelingID: id(K.bemiddeling, 2), wlzIndicatieID: id(K.wlz, 2), verantwoordelijkZorgkantoor: '5502', verantwoordelijkheidIngangsdatum: '2023-05-01', verantwoordelijkheidEinddatum: '2023-12-31',
          bemiddelingspecificatie: [spec(3, '12345678', '2023-05-01', '2023-12-31', { uitvoerendZorgkantoor: '5502', redenIntrekking: '03' })],
        },
      ],
    },
  ],
};

export const IR_SAMPLE: SeedData = {
  WlzIndicatie: [
    {
      wlzindicatieID: id(K.wlz, 1), bsn: '012345672', besluitnummer: 1001, soortWlzindicatie: '1', afgiftedatum: '2023-12-01', ingangsdatum: '2024-01-01',
      meerzorg: '2', initieelVerantwoordelijkZorgkantoor: '5501',
      client: {
        clientID: id(K.client, 1), bsn: '012345672', geheimeClient: '2', geboorteDatum: '1940-02-03', geslacht: '2', geslachtsnaam: 'Visser', naamGebruik: '1',
        contactPersoon: [{ contactPersoonID: id(K.cp, 1), relatieNummer: '1', soortRelatie: '01', ingangsdatum: '2020-01-01',
          contactGegevens: [{ contactGegevensID: id(K.cpcg, 1), telefoon: { telefoonID: id(K.cpcg, 2), telefoonnummer: '0612345678', ingangsdatum: '2020-01-01' } }] }],
        contactGegevens: [{ contactGegevensID: id(K.ccg, 1), adres: { adresID: id(K.ccg, 2), adresSoort: '01', postcode: '1234AB', huisnummer: 1, ingangsdatum: '2019-01-01' } }],
      },
      wzd: { wzdID: id(K.wlz, 90), wzdVerklaring: '1' },
      grondslag: [{ grondslagID: id(K.wlz, 11), grondslag: '01', volgorde: 1 }],
      geindiceerdZorgzwaartepakket: [{ geindiceerdZorgzwaartepakketID: id(K.wlz, 12), zzpCode: '4VV', ingangsdatum: '2024-01-01', financiering: '1' }],
      beperking: [{ beperkingID: id(K.wlz, 13), categorie: '01', beperkingScore: [{ beperkingScoreID: id(K.wlz, 14), beperkingVraag: '01', beperkingScore: '2' }] }],
      stoornis: [{ stoornisID: id(K.wlz, 15), grondslag: '01', diagnoseCodelijst: '01', ziektebeeldStoornis: '0101' }],
      stoornisScore: [{ stoornisScoreID: id(K.wlz, 16), stoornisVraag: '01', stoornisScore: '1' }],
    },
  ],
};

export const LR_SAMPLE: SeedData = {
  Client: [{ clientID: id(K.client, 1), bsn: '012345672', leveringen: [{
    leveringID: id(K.levering, 1), bemiddelingspecificatieID: id(K.spec, 1),
    leveringperiodes: [{ leveringperiodeID: id(K.lp, 1), ingangsdatum: '2024-01-05', vaststellingMoment: '2024-01-05T12:00:00+01:00',
      behandelingperiodes: [{ behandelingperiodeID: id(K.bp, 1), ingangsdatum: '2024-02-01' }] }],
    verzoeken: [{ verzoekID: id(K.verzoek, 1), verzoekdatum: '2024-03-01', product: '4VV', toewijzingSoort: '01', leveringsvorm: '1', volume: 1.5,
      verzoekAanbieders: [{ verzoekAanbiederID: id(K.va, 1), aanbieder: '12345678', toewijzingIngangsdatum: '2024-04-01', toewijzingPercentage: 100, regiehouder: 'Ja' }] }],
  }, {
    leveringID: id(K.levering, 2), bemiddelingspecificatieID: id(K.spec, 3),
    afstel: { afstelID: id(K.afstel, 1), afsteldatum: '2023-06-01', vaststellingMoment: '2023-06-01T08:00:00Z', reden: '01' },
    uitstelperiodes: [{ uitstelperiodeID: id(K.up, 1), ingangsdatum: '2023-05-01', vaststellingMoment: '2023-05-01T08:00:00Z', reden: '01', leveringsstatus: '2', leveringsstatusClassificatie: '01' }],
  }] }],
};

/**
 * The installed register SDL folder for tests: xsd/graphql when it holds the official files
 * (test/setup/register-schemas.ts installs it), else a private copy in the temp folder.
 */
export function testSchemaDir(): string {
  const root = projectRoot();
  const source = path.resolve(root, '..', 'shared', 'iwlz', 'graphql');
  const installed = schemaDirOf(path.join(root, 'xsd'));
  if (sameInstall(source, installed)) return installed;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iwlz-register-'));
  installSchemas(source, path.join(tmp, 'graphql'));
  return path.join(tmp, 'graphql');
}

export const SHARED_GRAPHQL = (): string => path.resolve(projectRoot(), '..', 'shared', 'iwlz', 'graphql');
