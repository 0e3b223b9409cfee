import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCases } from '../../test/helpers/fixtures.js';
import { XSD_DIR } from '../../test/helpers/paths.js';
import { FIXED_STAMP } from '../../test/helpers/stamp.js';
import type { ValidateOptions } from './message-core.js';
import { MessageCore } from './message-core.js';

const core = new MessageCore({ xsdDir: XSD_DIR, stamp: FIXED_STAMP, maxIssues: 5 });
afterAll(() => core.dispose());

// Every fixture (valid, XSD-invalid, rule-breaking, of every kind), and inputs that stop before
// the XSD: not XML, a DOCTYPE, an unknown root.
const inputs = [
  ...fixtureCases().map((c) => ({ file: c.input, bytes: fs.readFileSync(c.input) })),
  { file: 'not-xml', bytes: Buffer.from('this is not XML') },
  { file: 'doctype', bytes: Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>') },
  { file: 'unknown-root', bytes: Buffer.from('<Other xmlns="urn:x"/>') },
];

describe('MessageCore.validateMany', () => {
  it('has inputs of every outcome to compare', () => {
    const results = inputs.map((i) => core.validate(i.bytes, { file: i.file, rules: {} }));
    expect(results.filter((r) => r.valid).length).toBeGreaterThan(50);
    expect(results.filter((r) => r.issues.some((i) => i.source === 'rule')).length).toBeGreaterThan(50);
    expect(results.filter((r) => r.issues.some((i) => i.source === 'xsd')).length).toBeGreaterThan(20);
    expect(results.filter((r) => !r.kind).length).toBeGreaterThanOrEqual(3);
    expect(results.some((r) => r.droppedIssues)).toBe(true);
  });

  const modes: [string, ValidateOptions][] = [
    ['XSD only', {}],
    ['with the typed read', { read: true }],
    ['with the rules', { rules: {} }],
    ['with the rules and the retour', { rules: {}, retour: true }],
  ];
  it.each(modes)('gives, %s, what validate() gives each message, in input order', (_label, opts) => {
    const one = inputs.map((i) => core.validate(i.bytes, { ...opts, file: i.file }));
    for (const size of [1, 7, 32]) {
      const many = [];
      for (let k = 0; k < inputs.length; k += size) many.push(...core.validateMany(inputs.slice(k, k + size).map((i) => ({ bytes: i.bytes, opts: { ...opts, file: i.file } }))));
      expect(many.length).toBe(one.length);
      // toStrictEqual compares the typed models too, key order aside: compare their JSON as well.
      expect(many).toStrictEqual(one);
      expect(JSON.stringify(many)).toBe(JSON.stringify(one));
    }
  });

  it('returns nothing for no messages', () => {
    expect(core.validateMany([])).toEqual([]);
  });
});
