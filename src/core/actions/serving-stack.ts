// Resolves the components on the request path: chosen decisions first, then the model, then the input facts.
import type { Decision, InfraModel, Profile } from '../types.js';
import { componentSpec, type ComponentSpec } from './component-kb.js';

export type StackRole = 'edge' | 'gateway' | 'compute' | 'database' | 'cache' | 'object' | 'queue';

export interface StackItem {
  role: StackRole;
  id: string;
  name: string;
  spec: ComponentSpec;
  /** Where the component came from: `decision <point id>`, `model`, `inputs`, or `assumption`. */
  source: string;
}

export interface StackSource {
  profile: Profile;
  decisions: Decision[];
  model: InfraModel | null;
}

/** Decision points that name each role's component, in order of preference. */
const ROLE_POINTS: Record<StackRole, string[]> = {
  edge: ['network.edge'],
  gateway: ['network.ingress'],
  compute: ['compute.runtime'],
  database: ['data.primary-database'],
  cache: ['data.cache'],
  object: ['data.object-storage'],
  queue: ['data.messaging'],
};

const ROLE_KINDS: Record<StackRole, ComponentSpec['kind'][]> = {
  edge: ['cdn'],
  gateway: ['api-gateway'],
  compute: ['function', 'edge-function', 'container-service', 'kubernetes', 'paas', 'vm'],
  database: ['relational-db', 'nosql-db', 'embedded-db', 'baas'],
  cache: ['cache'],
  object: ['object-store'],
  queue: ['queue'],
};

function fromDecisions(role: StackRole, decisions: Decision[]): StackItem | null {
  for (const pid of ROLE_POINTS[role]) {
    const d = decisions.find((x) => x.id === pid);
    if (!d || d.attributes?.none === true) continue;
    const spec = componentSpec(d.choice, d.choiceTitle);
    // An edge or ingress decision may be a pattern (e.g. "load balancer") rather than a CDN or gateway product.
    if (!ROLE_KINDS[role].includes(spec.kind) && role !== 'compute' && role !== 'database') continue;
    return { role, id: d.choice, name: d.choiceTitle, spec, source: `decision ${pid}` };
  }
  return null;
}

function fromModel(role: StackRole, model: InfraModel | null): StackItem | null {
  if (!model) return null;
  const pool =
    role === 'compute'
      ? model.compute.map((c) => ({ id: c.tech, name: c.name }))
      : model.dataStores.map((d) => ({ id: d.tech, name: d.name }));
  for (const c of pool) {
    const spec = componentSpec(c.id, c.name);
    if (ROLE_KINDS[role].includes(spec.kind)) return { role, id: c.id, name: c.name, spec, source: 'model' };
  }
  return null;
}

function fromProfile(role: StackRole, profile: Profile): StackItem | null {
  const lists =
    role === 'compute' || role === 'edge' || role === 'gateway'
      ? [profile.compute, profile.cloudProviders]
      : [profile.dataStores, profile.cloudProviders];
  for (const list of lists) {
    for (const f of list) {
      const spec = componentSpec(f.id);
      if (ROLE_KINDS[role].includes(spec.kind)) return { role, id: f.id, name: f.id, spec, source: 'inputs' };
    }
  }
  return null;
}

/** One component per role where one is known; compute and database fall back to a stated assumption. */
export function servingStack(src: StackSource): StackItem[] {
  const out: StackItem[] = [];
  for (const role of Object.keys(ROLE_POINTS) as StackRole[]) {
    const item = fromDecisions(role, src.decisions) ?? fromModel(role, src.model) ?? fromProfile(role, src.profile);
    if (item) out.push(item);
    else if (role === 'compute')
      out.push({ role, id: 'containers', name: 'containers (assumed)', spec: componentSpec('container'), source: 'assumption' });
    else if (role === 'database')
      out.push({ role, id: 'postgresql', name: 'PostgreSQL (assumed)', spec: componentSpec('postgresql'), source: 'assumption' });
  }
  return out;
}

export function stackItem(stack: StackItem[], role: StackRole): StackItem | undefined {
  return stack.find((s) => s.role === role);
}

/** The primary platform: the decision, else the model, else the first committed provider. */
export function primaryPlatform(src: StackSource): string | null {
  const d = src.decisions.find((x) => x.id === 'cloud.primary-platform');
  return d?.choice ?? src.model?.platform.primary ?? src.profile.cloudProviders[0]?.id ?? null;
}
