// Table-driven tests for observability.metrics: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'observability.metrics';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['AWS: CloudWatch', { cloudProviders: ['aws'] }, 'cloudwatch'],
    ['Azure: Azure Monitor', { cloudProviders: ['azure'] }, 'azure-monitor', ['cloudwatch']],
    ['Google Cloud: Cloud Monitoring', { cloudProviders: ['gcp'], compute: ['cloud-run'] }, 'cloud-monitoring', ['cloudwatch']],
    ['EKS: Prometheus and Grafana', { cloudProviders: ['aws'], compute: ['eks'] }, 'prometheus-grafana'],
    [
      'on-prem Compose + Ansible: Prometheus, no hyperscaler service',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], iacTools: ['ansible'] },
      'prometheus-grafana',
      ['cloudwatch', 'azure-monitor', 'cloud-monitoring', 'platform-dashboards'],
    ],
    [
      'Vercel + Supabase: platform dashboards',
      { cloudProviders: ['vercel', 'supabase'] },
      'platform-dashboards',
      ['cloudwatch', 'cloud-monitoring'],
    ],
    ['AWS + Google Cloud: one portable stack', { cloudProviders: ['aws', 'gcp'] }, 'prometheus-grafana'],
    ['committed Datadog wins on AWS', { cloudProviders: ['aws'], frameworks: ['datadog'] }, 'datadog'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
