// The published JSON Schema (draft 2020-12) of `.infra-arch/model.json`; kept by hand so writing it costs nothing.

const str = { type: 'string' } as const;
const kebab = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const strs = { type: 'array', items: str } as const;
const obj = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const list = (items: unknown) => ({ type: 'array', items });
const nullable = (s: object) => ({ anyOf: [s, { type: 'null' }] });
const money = { type: 'number', minimum: 0 } as const;
/** What fills a role, by id: a decision's chosen option, a catalogue technology, or the platform family's default. */
const ref = {
  anyOf: [
    obj({ point: str, option: str }),
    obj({ tech: kebab }),
    obj({ family: kebab, role: { enum: ['identity', 'secrets', 'metrics', 'logs', 'traces', 'alerting'] } }),
  ],
};

export const MODEL_SCHEMA_ID = 'https://infra-arch.dev/schema/infra-model-2.json';

export const MODEL_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: MODEL_SCHEMA_ID,
  title: 'infra-arch infrastructure model',
  description:
    'The machine-readable model behind docs/infrastructure-architecture.md. Element ids are stable kebab-case; names are for display.',
  type: 'object',
  additionalProperties: false,
  required: [
    'project',
    'platform',
    'regions',
    'environments',
    'zones',
    'compute',
    'dataStores',
    'externalServices',
    'flows',
    'pipelines',
    'trustBoundaries',
    'security',
    'observability',
    'dr',
    'iac',
    'costLines',
  ],
  properties: {
    $schema: str,
    project: str,
    platform: obj({ primary: str, providers: strs }),
    regions: list(obj({ id: kebab, role: { enum: ['primary', 'secondary', 'backup'] } })),
    environments: list(obj({ id: kebab, name: str, purpose: str, isolation: str, promotesTo: nullable(kebab) })),
    zones: list(obj({ id: kebab, name: str, kind: { enum: ['edge', 'public', 'private', 'data', 'management', 'external'] } })),
    compute: list(
      obj(
        {
          id: kebab,
          name: str,
          tech: str,
          zone: kebab,
          scaling: str,
          scalingMode: { enum: ['autoscale', 'scale-to-zero', 'fixed', 'scheduled'] },
          role: { enum: ['frontend', 'api', 'worker', 'gateway', 'edge', 'service'] },
          from: strs,
        },
        ['id', 'name', 'tech', 'zone', 'scaling'],
      ),
    ),
    dataStores: list(
      obj(
        {
          id: kebab,
          name: str,
          tech: str,
          zone: kebab,
          kind: { enum: ['relational', 'document', 'cache', 'object', 'queue', 'search', 'vector', 'other'] },
          backup: nullable(str),
          pointInTime: { type: 'boolean' },
          encrypted: { type: 'boolean' },
          publicEndpoint: { type: 'boolean' },
          from: strs,
        },
        ['id', 'name', 'tech', 'zone', 'kind', 'backup', 'encrypted', 'publicEndpoint'],
      ),
    ),
    externalServices: list(obj({ id: kebab, name: str })),
    flows: list(obj({ from: kebab, to: kebab, label: str })),
    pipelines: list(obj({ id: kebab, name: str, tool: str, stages: list(obj({ id: kebab, name: str, approval: { type: 'boolean' } })) })),
    trustBoundaries: list(obj({ id: kebab, name: str, members: { type: 'array', items: kebab } })),
    security: obj({ identity: ref, secrets: ref, encryption: str, waf: nullable(ref) }),
    observability: obj({ metrics: ref, logs: ref, traces: ref, alerting: ref }),
    dr: obj(
      {
        tier: str,
        tierId: kebab,
        rtoMinutes: nullable({ type: 'number' }),
        rpoMinutes: nullable({ type: 'number' }),
        backupRegion: nullable(kebab),
      },
      ['tier', 'rtoMinutes', 'rpoMinutes', 'backupRegion'],
    ),
    iac: nullable(str),
    costLines: list(
      obj({ item: str, monthlyLow: money, monthlyHigh: money, basis: str, from: strs }, ['item', 'monthlyLow', 'monthlyHigh', 'basis']),
    ),
    capacity: obj({
      peakRps: nullable(money),
      basis: nullable(str),
      units: list(
        obj({
          id: kebab,
          name: str,
          vcpu: money,
          memoryGb: money,
          production: obj({ min: money, max: money }),
          scaledOn: { enum: ['requests', 'queue depth'] },
          staging: obj({ count: money, vcpu: money, memoryGb: money }),
          development: obj({ count: money, vcpu: money, memoryGb: money }),
        }),
      ),
    }),
    costCuts: list(obj({ cut: str, savesMonthly: money, from: strs }, ['cut', 'savesMonthly'])),
    assumptions: strs,
    notApplicable: list(obj({ domain: str, reason: str })),
    clients: list(obj({ id: kebab, name: str, kind: { enum: ['mobile', 'desktop', 'device', 'cli'] } })),
    hosting: obj({ teamOperates: { type: 'boolean' }, shipsOnly: { type: 'boolean' } }),
    decisions: list(
      obj(
        {
          id: str,
          domain: str,
          question: str,
          choice: str,
          basis: { enum: ['committed', 'scored', 'user'] },
          options: strs,
          alsoCommitted: strs,
          rationale: str,
          evidence: list(obj({ file: str, line: { type: 'number', minimum: 1 } })),
          assumptions: strs,
          notes: strs,
        },
        ['id', 'domain', 'question', 'choice', 'basis', 'options', 'alsoCommitted', 'rationale', 'evidence', 'assumptions'],
      ),
    ),
    session: obj({
      constraints: list(obj({ text: str, excludes: strs, requires: strs })),
      sectionNotes: { type: 'object', additionalProperties: strs },
    }),
  },
} as const;
