/**
 * The two XSD engines are independent implementations (libxml2 in WebAssembly, Xerces in a JVM);
 * on every fixture they must agree on valid or invalid.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MessageCore } from '../src/core/message-core.js';
import { validateWithJava } from '../src/core/validate-batch.js';
import { JavaXsdEngine } from '../src/schema/java-engine.js';
import { fixtureCases } from './helpers/fixtures.js';
import { XSD_DIR } from './helpers/paths.js';

const core = new MessageCore({ xsdDir: XSD_DIR });
const java = new JavaXsdEngine(core.packs);
afterAll(() => core.dispose());

describe('Java reference engine agrees with the in-process engine', () => {
  it('on every fixture', { timeout: 600_000 }, async () => {
    const cases = fixtureCases();
    const disagreements: string[] = [];
    const queue = [...cases];
    const work = async (): Promise<void> => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const bytes = fs.readFileSync(c.input);
        const wasm = core.validate(bytes, { file: c.input });
        const ref = await validateWithJava(core, java, bytes, { file: c.input });
        if (ref.issues.some((i) => i.code === 'XSD_ENGINE_FAILED')) throw new Error(ref.issues[0]!.message);
        if (wasm.valid !== ref.valid) disagreements.push(`${c.kind}/${c.name}: wasm ${wasm.valid}, java ${ref.valid} ${JSON.stringify(ref.issues)}`);
      }
    };
    await Promise.all([work(), work(), work()]);
    expect(disagreements).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  });
});
