import type { BridgeConfig } from '../config/config.js';
import { readInput } from './inputs.js';
import { JavaXsdEngine } from '../schema/java-engine.js';
import { tooLarge } from '../xml/guard.js';
import { BATCH, MessageCore, type ValidateOptions } from './message-core.js';
import { type PoolItem, WorkerPool } from './worker-pool.js';
import type { Stamp } from '../retour/stamp.js';
import { stopped, type ValidationResult } from './result.js';

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Validates files with the configured engine, reporting each result in input order. With
 * threads > 1 (wasm engine) the messages are validated on worker threads, a bounded number in
 * flight, so a large batch never sits in memory at once.
 */
export async function validateFiles(
  files: string[],
  config: Readonly<BridgeConfig>,
  onResult: (r: ValidationResult, done: number) => void,
  threads = 1,
  opts: Omit<ValidateOptions, 'file'> = {},
  stamp?: Stamp,
): Promise<void> {
  if (threads > 1 && config.engine === 'wasm' && !opts.rules?.history) return validateOnThreads(files, config, onResult, threads, opts);
  const core = new MessageCore({ xsdDir: config.xsdDir, limits: config.limits, maxIssues: config.maxIssues, ...(stamp ? { stamp } : {}) });
  const java = config.engine === 'java' ? new JavaXsdEngine(core.packs) : undefined;
  try {
    let done = 0;
    if (java) {
      for (const file of files) {
        onResult(await withInput(file, config, (bytes) => validateWithJava(core, java, bytes, { ...opts, file })), ++done);
        if (done % 64 === 0) await yieldToLoop();
      }
      return;
    }
    // In batches (MessageCore.validateMany): the XSD validation of each, then the rest of each.
    await inChunks(files, BATCH, config, opts, onResult, (items) => core.validateMany(items));
  } finally {
    core.dispose();
  }
}

/** Same steps as MessageCore.validate, with Xerces as the XSD engine. */
export async function validateWithJava(core: MessageCore, java: JavaXsdEngine, bytes: Uint8Array, opts: ValidateOptions = {}): Promise<ValidationResult> {
  const file = opts.file ?? '-';
  const p = core.prepare(bytes);
  if (!('doc' in p)) return stopped(file, p.issues);
  try {
    return core.complete(p, await java.validate(bytes, p.detected.namespace, p.doc, core.maxIssues + 1), opts);
  } finally {
    p.doc.dispose();
  }
}

/** Reads one input: its bytes, or the result that an unreadable or oversized input is. */
export async function readOrResult(file: string, config: Readonly<BridgeConfig>): Promise<{ bytes: Uint8Array } | ValidationResult> {
  try {
    const input = await readInput(file, config.limits.maxBytes);
    if (!input.bytes) return stopped(file, [tooLarge(input.size, config.limits.maxBytes)]);
    return { bytes: input.bytes };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (!err.code) throw e;
    return { file, valid: false, issues: [{ source: 'io', code: 'IO_READ_FAILED', message: err.message, file, retourcode: '0001' }] };
  }
}

/** Reads one input and validates it; unreadable and oversized inputs become results too. */
async function withInput(
  file: string,
  config: Readonly<BridgeConfig>,
  validate: (bytes: Uint8Array) => ValidationResult | Promise<ValidationResult>,
): Promise<ValidationResult> {
  const input = await readOrResult(file, config);
  return 'bytes' in input ? validate(input.bytes) : input;
}

async function validateOnThreads(
  files: string[],
  config: Readonly<BridgeConfig>,
  onResult: (r: ValidationResult, done: number) => void,
  threads: number,
  opts: Omit<ValidateOptions, 'file'>,
): Promise<void> {
  const pool = await WorkerPool.start(threads, { xsdDir: config.xsdDir, limits: config.limits, maxIssues: config.maxIssues });
  try {
    // Read a few chunks ahead, validate them on the threads, report in order: bounded memory.
    await inChunks(files, threads * 64, config, opts, onResult, (items) => pool.validateBatch(items));
  } finally {
    await pool.close();
  }
}

/**
 * Reads the files `span` at a time, validates those that could be read together, and reports
 * every result in input order (unreadable and oversized inputs as results of their own). Between
 * chunks the event loop gets a turn: libxml2-wasm frees some memory from finalizers.
 */
async function inChunks(
  files: string[],
  span: number,
  config: Readonly<BridgeConfig>,
  opts: Omit<ValidateOptions, 'file'>,
  onResult: (r: ValidationResult, done: number) => void,
  validate: (items: Required<PoolItem>[]) => ValidationResult[] | Promise<ValidationResult[]>,
): Promise<void> {
  let done = 0;
  for (let k = 0; k < files.length; k += span) {
    const slice = files.slice(k, k + span);
    const inputs = await Promise.all(slice.map((file) => readOrResult(file, config)));
    const validated = await validate(inputs.flatMap((x, n) => ('bytes' in x ? [{ bytes: x.bytes, opts: { ...opts, file: slice[n]! } }] : [])));
    let v = 0;
    for (const x of inputs) onResult('bytes' in x ? validated[v++]! : x, ++done);
    await yieldToLoop();
  }
}
