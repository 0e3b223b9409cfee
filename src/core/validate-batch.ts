import type { BridgeConfig } from '../config/config.js';
import { readInput } from './inputs.js';
import { JavaXsdEngine } from '../schema/java-engine.js';
import { tooLarge } from '../xml/guard.js';
import { MessageCore } from './message-core.js';
import { located, type ValidationResult } from './result.js';

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Validates files one after the other with the configured engine, reporting each result in order. */
export async function validateFiles(
  files: string[],
  config: Readonly<BridgeConfig>,
  onResult: (r: ValidationResult, done: number) => void,
): Promise<void> {
  const core = new MessageCore({ xsdDir: config.xsdDir, limits: config.limits, maxIssues: config.maxIssues });
  const java = config.engine === 'java' ? new JavaXsdEngine(core.packs) : undefined;
  try {
    let done = 0;
    for (const file of files) {
      let result: ValidationResult;
      try {
        const input = await readInput(file, config.limits.maxBytes);
        if (!input.bytes) result = { file, valid: false, issues: located([tooLarge(input.size, config.limits.maxBytes)], file) };
        else result = java ? await validateWithJava(core, java, input.bytes, file) : core.validate(input.bytes, { file });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (!err.code) throw e;
        result = { file, valid: false, issues: [{ source: 'io', code: 'IO_READ_FAILED', message: err.message, file, retourcode: '0001' }] };
      }
      onResult(result, ++done);
      // libxml2-wasm frees some memory from finalizers: let them run between messages.
      if (done % 64 === 0) await yieldToLoop();
    }
  } finally {
    core.dispose();
  }
}

/** Same steps as MessageCore.validate, with Xerces as the XSD engine. */
export async function validateWithJava(core: MessageCore, java: JavaXsdEngine, bytes: Uint8Array, file: string): Promise<ValidationResult> {
  const p = core.prepare(bytes);
  if (!('doc' in p)) return { file, valid: false, issues: located(p.issues, file) };
  try {
    const issues = [...p.issues, ...(await java.validate(bytes, p.detected.namespace, p.doc, core.maxIssues))];
    return { file, kind: p.detected.kind, release: p.detected.release, valid: issues.length === 0, issues: located(issues, file) };
  } finally {
    p.doc.dispose();
  }
}
