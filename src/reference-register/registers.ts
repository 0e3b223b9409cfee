/** The registers this embedded server knows: their SDL file, endpoint and table prefix. */
export interface RegisterDef {
  /** Stable key, also the table prefix (`br_Client`). */
  id: 'ir' | 'br' | 'lr';
  title: string;
  /** The official SDL file name in the installed schema folder. */
  sdl: string;
  /** URL path of its GraphQL endpoint. */
  path: string;
  /** Folder under queries/ with the official query templates, if any. */
  queries?: string;
}

export const REGISTERS: readonly RegisterDef[] = [
  { id: 'ir', title: 'Indicatieregister 2 (v1.6.4)', sdl: 'Indicatieregister-2.graphql', path: '/indicatieregister/graphql', queries: 'indicatieregister' },
  { id: 'br', title: 'Bemiddelingsregister (v1.1.0)', sdl: 'Bemiddelingsregister.graphql', path: '/bemiddelingsregister/graphql', queries: 'bemiddelingsregister' },
  { id: 'lr', title: 'Leveringsregister 1 (draft)', sdl: 'Leveringsregister-draft.graphql', path: '/leveringsregister/graphql' },
];

/** A read-only schema served over another register's tables (indicatieregister-v1.ts). */
export interface ViewDef {
  id: 'ir1';
  /** The register whose tables it reads. */
  over: RegisterDef['id'];
  title: string;
  sdl: string;
  path: string;
}

export const VIEWS: readonly ViewDef[] = [
  { id: 'ir1', over: 'ir', title: 'Indicatieregister 1 (v1.2.0, read-only, over the IR-2 data)', sdl: 'Indicatieregister-1.graphql', path: '/indicatieregister/v1/graphql' },
];

/** SDL files an install must contain. */
export const REQUIRED_SDL = ['Indicatieregister-2.graphql', 'Indicatieregister-1.graphql', 'Bemiddelingsregister.graphql', 'Leveringsregister-draft.graphql'];

export function registerDef(id: RegisterDef['id']): RegisterDef {
  const def = REGISTERS.find((r) => r.id === id);
  if (!def) throw new Error(`unknown register ${id}`);
  return def;
}
