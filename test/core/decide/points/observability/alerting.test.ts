// Table-driven tests for observability.alerting: tiny profiles and the option each leads to.
import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'observability.alerting';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]?]>([
    ['nothing stated: chat and email, no self-run alerting stack', {}, 'email-chat'],
    ['small PaaS team, no target: chat and email', { cloudProviders: ['vercel'], teamSize: 3 }, 'email-chat'],
    ['99.9 % with a team of eight: PagerDuty', { cloudProviders: ['aws'], availability: 99.9, teamSize: 8 }, 'pagerduty'],
    [
      'Prometheus on-prem at 99.5 %: Grafana alerting',
      { cloudProviders: ['on-prem'], compute: ['docker-compose'], availability: 99.5 },
      'grafana-alerting',
    ],
    ['two people at 99.9 %: no paging rotation', { cloudProviders: ['vercel'], availability: 99.9, teamSize: 2 }, 'email-chat'],
    [
      'Atlassian shop at 99.9 %: Jira Service Management',
      { cloudProviders: ['aws'], ciCd: ['bitbucket-pipelines'], availability: 99.9 },
      'opsgenie',
    ],
    ['committed PagerDuty wins for a tiny team', { teamSize: 1, frameworks: ['pagerduty'] }, 'pagerduty'],
  ])('%s', (_name, spec, choice, rejected = []) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
  });
});
