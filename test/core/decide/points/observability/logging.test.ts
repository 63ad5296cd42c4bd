// Table-driven tests for observability.logging: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'observability.logging';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['AWS: CloudWatch Logs', { cloudProviders: ['aws'] }, 'cloudwatch-logs'],
    ['Google Cloud: Cloud Logging', { cloudProviders: ['gcp'] }, 'cloud-logging', ['cloudwatch-logs']],
    ['Azure: Log Analytics', { cloudProviders: ['azure'] }, 'log-analytics', ['cloudwatch-logs', 'cloud-logging']],
    [
      'on-prem Compose: Loki beside Prometheus',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'] },
      'loki',
      ['cloudwatch-logs', 'platform-log-drain'],
    ],
    ['DigitalOcean droplets: Loki', { cloudProviders: ['digitalocean'], compute: ['vms'] }, 'loki', ['cloudwatch-logs']],
    [
      'Vercel + Railway + Supabase: platform logs with a drain',
      { cloudProviders: ['vercel', 'railway', 'supabase'] },
      'platform-log-drain',
      ['cloudwatch-logs', 'cloud-logging', 'log-analytics'],
    ],
    ['Datadog metrics carry logs along', { cloudProviders: ['aws'], frameworks: ['datadog'] }, 'datadog-logs'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
