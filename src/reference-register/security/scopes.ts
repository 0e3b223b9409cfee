/**
 * The OAuth2 scopes an operation on an embedded register needs (BRIEF §8; the choices for writes,
 * which the published material does not name, are ours and documented in
 * docs/reference-register.md). A requirement is a list of alternatives: one of them suffices.
 */
import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode } from '../gql.js';

export type Area = 'ir' | 'br' | 'lr' | 'meldingen';

const MELDING = (verb: string): string[] => ['zorgkantoor', 'zorgaanbieder', 'indicatieorgaan'].map((r) => `organisaties/${r}/meldingen/melding:${verb}`);

export const SCOPES: Record<Area, { read: string[]; write: string[] }> = {
  ir: {
    // The old `indicaties:read` is struck out in the docs but still in their examples.
    read: ['registers/wlzindicatieregister/indicaties/indicatie:read', 'registers/wlzindicatieregister/indicaties:read'],
    write: ['registers/wlzindicatieregister/indicaties/indicatie:create'],
  },
  br: {
    read: ['registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:read'],
    write: ['registers/wlzbemiddelingsregister/bemiddelingen/bemiddeling:create'],
  },
  lr: {
    read: ['registers/leveringsregister/leveringen:read'],
    write: ['registers/leveringsregister/leveringen:create'],
  },
  meldingen: { read: MELDING('read'), write: MELDING('create') },
};

/** zendMelding (RFC0018): `organisaties/{zorgkantoor|zorgaanbieder|indicatieorgaan}/meldingen/melding:create`. */
export const ZEND_MELDING_SCOPES = MELDING('create');
/** zendNotificatie (RFC0008), for a receiver that accepts it: `organisaties/{zorgkantoor|zorgaanbieder}/notificaties/notificatie:create`. */
export const ZEND_NOTIFICATIE_SCOPES = ['zorgkantoor', 'zorgaanbieder'].map((r) => `organisaties/${r}/notificaties/notificatie:create`);

/** The register an endpoint path belongs to (`/indicatieregister/v1/graphql` is the IR too). */
export function areaOf(path: string): Area | undefined {
  const top = path.split('/')[1];
  return top === 'indicatieregister' ? 'ir' : top === 'bemiddelingsregister' ? 'br' : top === 'leveringsregister' ? 'lr' : top === 'meldingen' ? 'meldingen' : undefined;
}

/** The operation graphql-http will run: the named one, or the only one. */
export function selectOperation(doc: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return ops.find((o) => o.name?.value === operationName);
  return ops.length === 1 ? ops[0] : undefined;
}

/** Root field names of an operation, through fragments; introspection fields left out. */
export function rootFields(doc: DocumentNode, op: OperationDefinitionNode): string[] {
  const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const out = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (!s.name.value.startsWith('__')) out.add(s.name.value);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(op.selectionSet);
  return [...out];
}

/** What an operation needs: one list of alternatives per distinct requirement; [] = only a valid token. */
export function requiredScopes(area: Area, type: OperationDefinitionNode['operation'], fields: string[]): string[][] {
  const need = new Map<string, string[]>();
  for (const f of fields) {
    const alts = f === 'zendMelding' ? ZEND_MELDING_SCOPES : type === 'mutation' ? SCOPES[area].write : SCOPES[area].read;
    need.set(alts.join(' '), alts);
  }
  return [...need.values()];
}

/** The requirements a set of granted scopes does not meet. */
export function missingScopes(required: string[][], granted: ReadonlySet<string>): string[][] {
  return required.filter((alts) => !alts.some((s) => granted.has(s)));
}
