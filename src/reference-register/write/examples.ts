/**
 * Example per mutation of the write contract, generated from the contract itself (used to write
 * docs/register-mutations.md; a test checks every example there against the served schema).
 * Code values are the first value of the field's XSD code list, so they stay valid.
 */
import type { GraphQLSchema } from '../gql.js';
import type { RegisterModel } from '../model.js';
import { buildExecutable } from '../executable.js';
import { REGISTERS } from '../registers.js';
import { readSdl } from '../schema-files.js';
import { CodeLists } from './codes.js';
import { contractOf, type InputField } from './contract.js';

const TEXT: Record<string, unknown> = {
  bsn: '012345672', instelling: '01234567', aanbieder: '01234567', instellingBestemming: '01234567', aanbiederBestemming: '01234567', instellingVoorkeur: '01234567',
  huisarts: '01234567', agbcodeHuisarts: '01234567', postcode: '1234AB', straatnaam: 'Dorpsstraat', plaatsnaam: 'Utrecht', geslachtsnaam: 'Jansen',
  voorletters: 'AB', voornamen: 'Anna', taal: 'NL', regierol: 'DH', regiehouder: 'Ja', relatienummer: '1', relatieNummer: '1', emailadres: 'a@example.org',
  telefoonnummer: '0612345678', telefoonnummer01: '0612345678', ziektebeeldStoornis: '1', reden: '01', beeindigingReden: '01', product: '750',
};

function example(f: InputField, codes: CodeLists): unknown {
  const name = f.column.name;
  if (f.column.references) return `<${f.column.references}.${name}>`;
  const list = codes.forField(name);
  if (list) return [...list.values][0];
  switch (f.gqlType) {
    case 'Date': return '2026-01-01';
    case 'DateTime': return '2026-01-01T09:00:00+01:00';
    case 'Int': return name.toLowerCase().includes('percentage') ? 10000 : 1;
    case 'Float': return 1.5;
    case 'Boolean': return true;
    case 'UUID': return '00000000-0000-4000-8000-000000000001';
    default: return TEXT[name] ?? 'tekst';
  }
}

export interface MutationExample { entity: string; mutation: string; query: string; variables: Record<string, unknown> }

export function contractExamples(schema: GraphQLSchema, model: RegisterModel, codes: CodeLists): MutationExample[] {
  const out: MutationExample[] = [];
  for (const c of contractOf(schema, model)) {
    const e = c.entity;
    const shown = c.fields.filter((f) => f.required || f.column.references || codes.forField(f.column.name));
    const input = Object.fromEntries(shown.map((f) => [f.column.name, example(f, codes)]));
    if (c.oneOf && !c.oneOf.some((k) => k in input)) input[c.oneOf[0]!] = `<${c.oneOf[0]}>`;
    const sel = [e.pk, ...(e.columns.has('vaststellingMoment') ? ['vaststellingMoment'] : [])].join(' ');
    out.push({ entity: e.type, mutation: c.registreer, query: `mutation ($input: Registreer${e.type}Input!) {\n  ${c.registreer}(input: $input) { ${sel} }\n}`, variables: { input } });
    const change = c.fields.find((f) => !f.required && !f.column.references) ?? c.fields.find((f) => !f.column.references);
    const patch: Record<string, unknown> = { [e.pk]: `<${e.type}.${e.pk}>` };
    if (change) patch[change.column.name] = example(change, codes);
    out.push({ entity: e.type, mutation: c.wijzig, query: `mutation ($input: Wijzig${e.type}Input!) {\n  ${c.wijzig}(input: $input) { ${sel} }\n}`, variables: { input: patch } });
    out.push({ entity: e.type, mutation: c.verwijder, query: `mutation ($id: UUID!) {\n  ${c.verwijder}(id: $id)\n}`, variables: { id: `<${e.type}.${e.pk}>` } });
  }
  return out;
}

/**
 * The "Examples" part of docs/register-mutations.md for every register (regenerate with
 * `npx tsx -e "import('./src/reference-register/write/examples.ts').then((m) => process.stdout.write(m.examplesMarkdown('xsd/graphql', 'xsd')))"`).
 */
export function examplesMarkdown(schemaDir: string, xsdDir: string): string {
  const codes = CodeLists.load(xsdDir);
  const out: string[] = [];
  for (const def of REGISTERS) {
    const ex = buildExecutable(readSdl(schemaDir, def.sdl), def.id, { mutations: true, codes });
    out.push(`### ${def.title} — \`${def.path}\`\n`);
    let last = '';
    for (const m of contractExamples(ex.schema, ex.model, codes)) {
      if (m.entity !== last) { out.push(`#### ${m.entity}\n`); last = m.entity; }
      out.push(`\`${m.mutation}\`\n\n\`\`\`graphql\n${m.query}\n\`\`\`\n\n\`\`\`json\n${JSON.stringify(m.variables, null, 2)}\n\`\`\`\n`);
    }
  }
  return out.join('\n');
}
