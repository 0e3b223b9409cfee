import path from 'node:path';
import { DEFAULT_MAX_ISSUES } from '../issues.js';
import type { XmlLimits } from '../xml/limits.js';
import { DEFAULT_LIMITS } from '../xml/limits.js';
import { projectRoot } from './root.js';

export type EngineName = 'wasm' | 'java';

export interface BridgeConfig {
  xsdDir: string;
  engine: EngineName;
  limits: XmlLimits;
  maxIssues: number;
}

interface Setting {
  env: string;
  doc: string;
  parse(v: string): unknown;
}

const positiveInt = (name: string) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} must be a positive whole number, not ${JSON.stringify(v)}`);
  return n;
};

/** The settings, their environment variables and meaning; README "Configuration" lists the same. */
export const SETTINGS: Record<string, Setting> = {
  xsdDir: { env: 'IWLZ_XSD_DIR', doc: 'folder of installed schema release packs (default: xsd/ in the project)', parse: (v) => path.resolve(v) },
  engine: {
    env: 'IWLZ_ENGINE',
    doc: 'XSD engine: wasm (in-process libxml2, default) or java (Xerces reference)',
    parse: (v) => {
      if (v !== 'wasm' && v !== 'java') throw new ConfigError(`engine must be wasm or java, not ${JSON.stringify(v)}`);
      return v;
    },
  },
  maxBytes: { env: 'IWLZ_MAX_BYTES', doc: 'largest message accepted, in bytes (default 10485760)', parse: positiveInt('maxBytes') },
  maxDepth: { env: 'IWLZ_MAX_DEPTH', doc: 'deepest element nesting accepted (default 64)', parse: positiveInt('maxDepth') },
  maxAttributes: { env: 'IWLZ_MAX_ATTRIBUTES', doc: 'most attributes on one element (default 32)', parse: positiveInt('maxAttributes') },
  maxIssues: { env: 'IWLZ_MAX_ISSUES', doc: 'most issues kept per message (default 100)', parse: positiveInt('maxIssues') },
};

export class ConfigError extends Error {}

/**
 * Builds the configuration once at start: defaults, then the environment, then explicit values
 * (CLI flags). Validated and frozen; the only place that reads process.env.
 */
export function loadConfig(explicit: Partial<Record<keyof typeof SETTINGS, string | undefined>> = {}, env: NodeJS.ProcessEnv = process.env): Readonly<BridgeConfig> {
  const raw = (key: string): string | undefined => explicit[key] ?? env[SETTINGS[key]?.env ?? ''];
  const get = <T>(key: string, dflt: T): T => {
    const v = raw(key);
    if (v === undefined || v === '') return dflt;
    try {
      return SETTINGS[key]!.parse(v) as T;
    } catch (e) {
      throw new ConfigError(`${key} (${SETTINGS[key]!.env}): ${(e as Error).message}`);
    }
  };
  const config: BridgeConfig = {
    xsdDir: get('xsdDir', path.join(projectRoot(), 'xsd')),
    engine: get<EngineName>('engine', 'wasm'),
    limits: Object.freeze({
      maxBytes: get('maxBytes', DEFAULT_LIMITS.maxBytes),
      maxDepth: get('maxDepth', DEFAULT_LIMITS.maxDepth),
      maxAttributes: get('maxAttributes', DEFAULT_LIMITS.maxAttributes),
    }),
    maxIssues: get('maxIssues', DEFAULT_MAX_ISSUES),
  };
  return Object.freeze(config);
}
