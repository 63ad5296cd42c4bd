// Table-driven tests for observability.tracing: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'observability.tracing';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['microservices on Kubernetes: OpenTelemetry', { compute: ['kubernetes'], style: 'microservices' }, 'opentelemetry'],
    ['Lambda on AWS: X-Ray', { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], style: 'serverless' }, 'x-ray'],
    ['Cloud Run: Cloud Trace', { cloudProviders: ['gcp'], compute: ['cloud-run'] }, 'cloud-trace', ['x-ray']],
    ['Vercel monolith: defer tracing', { cloudProviders: ['vercel'], style: 'monolith' }, 'no-tracing-yet', ['x-ray', 'cloud-trace']],
    [
      'microservices on PaaS: OpenTelemetry, no hyperscaler tracer',
      { cloudProviders: ['railway', 'supabase'], style: 'microservices' },
      'opentelemetry',
      ['x-ray', 'cloud-trace', 'application-insights'],
    ],
    ['committed Datadog: Datadog APM', { cloudProviders: ['aws'], frameworks: ['datadog'] }, 'datadog-apm'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
