import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives the documented defaults, frozen', () => {
    const c = loadConfig({}, {});
    expect(c).toMatchObject({ engine: 'wasm', maxIssues: 100, limits: { maxBytes: 10 * 1024 * 1024, maxDepth: 64, maxAttributes: 32 } });
    expect(c.xsdDir.endsWith(`${path.sep}xsd`)).toBe(true);
    expect(Object.isFrozen(c) && Object.isFrozen(c.limits)).toBe(true);
  });

  it('takes the environment, and explicit values over it', () => {
    const env = { IWLZ_MAX_BYTES: '2048', IWLZ_ENGINE: 'java', IWLZ_XSD_DIR: 'packs' };
    expect(loadConfig({}, env)).toMatchObject({ engine: 'java', limits: { maxBytes: 2048 }, xsdDir: path.resolve('packs') });
    expect(loadConfig({ maxBytes: '99', engine: 'wasm' }, env)).toMatchObject({ engine: 'wasm', limits: { maxBytes: 99 } });
  });

  it('refuses bad values once, at start, naming the setting and its variable', () => {
    expect(() => loadConfig({}, { IWLZ_MAX_DEPTH: '-3' })).toThrow(ConfigError);
    expect(() => loadConfig({}, { IWLZ_MAX_DEPTH: '-3' })).toThrow(/maxDepth \(IWLZ_MAX_DEPTH\): maxDepth must be a positive whole number/);
    expect(() => loadConfig({ engine: 'saxon' }, {})).toThrow(/engine must be wasm or java/);
  });
});
