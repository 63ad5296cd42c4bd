// deriveModel: ids are stable kebab-case, components follow the profile and decisions, the schema describes the output.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { MODEL_SCHEMA } from '../../../src/core/model/model-schema.js';
import { buildArchitecture } from '../../../src/core/pipeline/build-architecture.js';
import { kebabId, IdAllocator } from '../../../src/core/model/model-ids.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

const model = (spec: ProfileSpec) => {
  const p = makeProfile(spec);
  return deriveModel(p, decideAll(p));
};

/** Minimal JSON Schema check (type, required, properties, items, enum, pattern, anyOf) — enough for our own schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON Schema and a JSON value, walked loosely
function check(schema: any, value: any, path = '$'): string[] {
  if (schema.anyOf)
    return schema.anyOf.some((s: unknown) => check(s, value, path).length === 0) ? [] : [`${path}: no anyOf branch matches`];
  if (schema.enum) return schema.enum.includes(value) ? [] : [`${path}: ${value} not in enum`];
  const t = schema.type;
  if (t === 'null') return value === null ? [] : [`${path}: expected null`];
  if (t === 'string')
    return typeof value !== 'string'
      ? [`${path}: expected string`]
      : schema.pattern && !new RegExp(schema.pattern).test(value)
        ? [`${path}: ${value} !~ ${schema.pattern}`]
        : [];
  if (t === 'number')
    return typeof value === 'number' && (schema.minimum === undefined || value >= schema.minimum) ? [] : [`${path}: expected number`];
  if (t === 'boolean') return typeof value === 'boolean' ? [] : [`${path}: expected boolean`];
  if (t === 'array')
    return Array.isArray(value) ? value.flatMap((v, i) => check(schema.items, v, `${path}[${i}]`)) : [`${path}: expected array`];
  if (t === 'object') {
    if (typeof value !== 'object' || value === null) return [`${path}: expected object`];
    const errs = (schema.required ?? []).filter((k: string) => !(k in value)).map((k: string) => `${path}.${k}: missing`);
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (!schema.properties[k]) {
        if (schema.additionalProperties === false) errs.push(`${path}.${k}: not allowed`);
        continue;
      }
      errs.push(...check(schema.properties[k], v, `${path}.${k}`));
    }
    return errs;
  }
  return [];
}

describe('deriveModel', () => {
  it('makes kebab-case ids and keeps names for display', () => {
    expect(kebabId('Web Front End (Next.js)')).toBe('web-front-end-next-js');
    expect(kebabId('"]--><script>')).toBe('script');
    expect(kebabId('!!!')).toBe('item');
    const ids = new IdAllocator();
    expect([ids.take('API'), ids.take('api'), ids.take('Api')]).toEqual(['api', 'api-2', 'api-3']);
  });

  it('models an AWS serverless project with a gateway, functions and stores', () => {
    const m = model({
      cloudProviders: ['aws'],
      compute: ['aws-lambda', 'api-gateway'],
      dataStores: ['dynamodb', 's3'],
      frameworks: ['react'],
      regions: ['us-west-2'],
      iacTools: ['cdk'],
      ciCd: ['github-actions'],
    });
    expect(m.platform.primary).toBe('aws');
    expect(m.regions[0]).toEqual({ id: 'us-west-2', role: 'primary' });
    expect(m.compute.map((c) => c.role)).toEqual(expect.arrayContaining(['frontend', 'gateway', 'api']));
    expect(m.compute.find((c) => c.role === 'api')?.tech).toBe('aws-lambda');
    expect(m.dataStores.map((d) => d.tech)).toEqual(expect.arrayContaining(['dynamodb', 's3']));
    expect(m.iac).toBe('cdk');
    expect(m.pipelines[0].tool).toBe('github-actions');
    // No regime asks for a release approval here, so promotion is automatic and the pipeline draws no gate.
    expect(m.pipelines[0].stages.find((s) => s.id === 'deploy-prod')?.approval).toBe(false);
    expect(m.costLines.length).toBeGreaterThan(3);
    for (const c of m.costLines) expect(c.monthlyHigh).toBeGreaterThanOrEqual(c.monthlyLow);
  });

  it.each([
    ['a hosting title with its own brackets reads "X on Y"', ['aws'], /^PostgreSQL on Amazon RDS \(or Aurora\)$/],
    ['brackets never nest in the primary store name', ['aws'], /^[^()]*(\([^()]*\))?[^()]*$/],
  ])('%s', (_name, cloudProviders, want) => {
    const m = model({ cloudProviders, compute: ['ecs'], dataStores: ['postgresql'], frameworks: ['nestjs'] });
    const primary = m.dataStores.find((d) => d.kind === 'relational');
    expect(primary?.name).toMatch(want);
  });

  it('a second place to run code beside the chosen runtime is not a unit of its own (no "Kubernetes on Kubernetes")', () => {
    // Servers it runs itself with Compose today; a cluster is named too (health probes, a later phase).
    const m = model({
      cloudProviders: ['on-prem'],
      compute: ['docker', 'docker-compose', 'kubernetes'],
      dataStores: ['postgresql'],
      frameworks: ['react'],
      languages: ['csharp'],
      teamSize: 3,
    });
    expect(m.compute.find((c) => c.role === 'api')?.tech).toBe('docker-compose');
    expect(m.compute.map((c) => c.tech)).not.toContain('kubernetes');
    expect(m.compute.map((c) => c.role).sort()).toEqual(['api', 'frontend']);
  });

  it('keeps every id kebab-case and every flow endpoint defined, and matches the published schema', () => {
    const specs: ProfileSpec[] = [
      {},
      {
        cloudProviders: ['vercel', 'supabase'],
        dataStores: ['postgresql', 'pgvector'],
        frameworks: ['nextjs'],
        compliance: ['gdpr'],
        regions: ['eu-west'],
      },
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], dataStores: ['postgresql', 'rabbitmq'], languages: ['java'] },
      {
        cloudProviders: ['gcp'],
        compute: ['cloud-run'],
        dataStores: ['postgresql', 'redis'],
        availability: 99.99,
        rtoMinutes: 15,
        rpoMinutes: 5,
      },
    ];
    for (const spec of specs) {
      const m = model(spec);
      expect(check(MODEL_SCHEMA, JSON.parse(JSON.stringify(m)))).toEqual([]);
      const known = new Set([
        'users',
        ...m.compute.map((c) => c.id),
        ...m.dataStores.map((d) => d.id),
        ...m.externalServices.map((e) => e.id),
      ]);
      for (const f of m.flows) {
        expect(known.has(f.from)).toBe(true);
        expect(known.has(f.to)).toBe(true);
      }
      const all = [...known].concat(
        m.zones.map((z) => z.id),
        m.environments.map((e) => e.id),
      );
      expect(new Set(all).size).toBe(all.length);
      expect(m.environments.at(-1)?.promotesTo).toBeNull();
    }
  });

  it('writes model.json with the decisions, valid against the published schema', () => {
    const profile = makeProfile({ cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], iacTools: ['terraform'] });
    const built = buildArchitecture({ docs: [], profile, date: '2026-01-15' });
    const file = JSON.parse(built.files.find((f) => f.path === '.infra-arch/model.json')!.content);
    expect(check(MODEL_SCHEMA, file)).toEqual([]);
    expect(file.decisions.find((d: { id: string }) => d.id === 'cloud.primary-platform')).toMatchObject({
      choice: 'aws',
      basis: 'committed',
    });
    expect(file.decisions).toHaveLength(built.decisions.length);
  });

  it('is deterministic', () => {
    const spec: ProfileSpec = { cloudProviders: ['azure'], dataStores: ['sql-server'], languages: ['csharp'] };
    expect(JSON.stringify(model(spec))).toBe(JSON.stringify(model(spec)));
  });

  it('marks BaaS stores as public endpoints and does not invent a backend for a client-only app', () => {
    const m = model({ cloudProviders: ['supabase'], dataStores: ['postgresql'], frameworks: ['nextjs'] });
    expect(m.dataStores.find((d) => d.tech === 'postgresql')?.publicEndpoint).toBe(true);
  });
});
