/** The iWlz message kinds of release 2.2 and their heen/retour pairing (BRIEF §2). */
export const HEEN_KINDS = ['IO31', 'AW33', 'AW35', 'AW39', 'AW317', 'CA317', 'CA319', 'ZK31', 'ZK33', 'ZK35', 'ZK39'] as const;
export const RETOUR_KINDS = ['IO32', 'AW34', 'AW36', 'AW310', 'AW318', 'CA318', 'CA320', 'ZK32', 'ZK34', 'ZK36', 'ZK310'] as const;

export type HeenKind = (typeof HEEN_KINDS)[number];
export type RetourKind = (typeof RETOUR_KINDS)[number];
export type MessageKind = HeenKind | RetourKind;

export interface KindInfo {
  kind: MessageKind;
  /** BerichtCode as written in the header (a string: codes are never numbers). */
  berichtCode: string;
  direction: 'heen' | 'retour';
  /** The counterpart: the retour of a heen kind, the heen of a retour kind. */
  pair: MessageKind;
}

const CODES: Record<HeenKind, [string, RetourKind, string]> = {
  IO31: ['388', 'IO32', '389'],
  AW33: ['352', 'AW34', '353'],
  AW35: ['354', 'AW36', '355'],
  AW39: ['358', 'AW310', '359'],
  AW317: ['404', 'AW318', '405'],
  CA317: ['406', 'CA318', '407'],
  CA319: ['410', 'CA320', '411'],
  ZK31: ['391', 'ZK32', '392'],
  ZK33: ['397', 'ZK34', '398'],
  ZK35: ['393', 'ZK36', '394'],
  ZK39: ['395', 'ZK310', '396'],
};

export const KINDS: ReadonlyMap<MessageKind, KindInfo> = new Map(
  HEEN_KINDS.flatMap((heen): [MessageKind, KindInfo][] => {
    const [code, retour, retourCode] = CODES[heen];
    return [
      [heen, { kind: heen, berichtCode: code, direction: 'heen', pair: retour }],
      [retour, { kind: retour, berichtCode: retourCode, direction: 'retour', pair: heen }],
    ];
  }),
);

export const ALL_KINDS: readonly MessageKind[] = [...HEEN_KINDS, ...RETOUR_KINDS];

export function isMessageKind(value: string): value is MessageKind {
  return KINDS.has(value as MessageKind);
}

export function kindInfo(kind: MessageKind): KindInfo {
  const info = KINDS.get(kind);
  if (!info) throw new Error(`unknown message kind ${kind}`);
  return info;
}

/** `http://www.istandaarden.nl/iwlz/2_2/aw33/schema` for AW33 in release 2.2. */
export function messageNamespace(release: string, kind: MessageKind): string {
  return `http://www.istandaarden.nl/iwlz/${release.replace('.', '_')}/${kind.toLowerCase()}/schema`;
}

export function basisschemaNamespace(release: string): string {
  return `http://www.istandaarden.nl/iwlz/${release.replace('.', '_')}/basisschema/schema`;
}

const NS_RE = /^http:\/\/www\.istandaarden\.nl\/iwlz\/(\d+)_(\d+)\/([a-z0-9]+)\/schema$/;

/** Splits an iWlz message namespace into release and kind, or undefined if it is not one. */
export function parseNamespace(uri: string): { release: string; kind: string } | undefined {
  const m = NS_RE.exec(uri);
  if (!m) return undefined;
  return { release: `${m[1]}.${m[2]}`, kind: (m[3] ?? '').toUpperCase() };
}
