import { type XsdNode, attr, child } from './xsd-parse.js';

/** The versions a message schema declares in its xs:appinfo (BRIEF §1). */
export interface AppInfo {
  standaard?: string;
  bericht?: string;
  release?: string;
  berichtXsdVersie?: string;
  berichtXsdMinVersie?: string;
  berichtXsdMaxVersie?: string;
  basisschemaXsdVersie?: string;
  basisschemaXsdMinVersie?: string;
  basisschemaXsdMaxVersie?: string;
}

const FIELDS: Record<string, keyof AppInfo> = {
  standaard: 'standaard',
  bericht: 'bericht',
  release: 'release',
  BerichtXsdVersie: 'berichtXsdVersie',
  BerichtXsdMinVersie: 'berichtXsdMinVersie',
  BerichtXsdMaxVersie: 'berichtXsdMaxVersie',
  BasisschemaXsdVersie: 'basisschemaXsdVersie',
  BasisschemaXsdMinVersie: 'basisschemaXsdMinVersie',
  BasisschemaXsdMaxVersie: 'basisschemaXsdMaxVersie',
};

export function readAppInfo(schema: XsdNode): AppInfo {
  const appinfo = child(child(schema, 'xs:annotation'), 'xs:appinfo');
  const out: AppInfo = {};
  if (!appinfo) return out;
  for (const [key, value] of Object.entries(appinfo)) {
    const local = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
    const field = FIELDS[local];
    if (field && typeof value === 'string') out[field] = value;
  }
  return out;
}

export function targetNamespace(schema: XsdNode): string | undefined {
  return attr(schema, 'targetNamespace');
}

/** Compares dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
