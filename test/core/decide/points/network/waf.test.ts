import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'network.waf';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'CloudFront edge: AWS WAF',
      { cloudProviders: ['aws'], compute: ['aws-lambda', 'api-gateway'], dataStores: ['dynamodb'], style: 'serverless' },
      'aws-waf',
      ['azure-waf', 'cloud-armor'],
    ],
    [
      'GCP load balancer: Cloud Armor',
      { cloudProviders: ['gcp'], compute: ['cloud-run'], dataStores: ['postgresql'] },
      'cloud-armor',
      ['aws-waf', 'azure-waf'],
    ],
    ['Azure: Azure WAF', { cloudProviders: ['azure'], dataStores: ['postgresql'] }, 'azure-waf', ['aws-waf', 'cloud-armor']],
    [
      'Cloudflare edge: Cloudflare WAF',
      { cloudProviders: ['digitalocean'], compute: ['vms', 'docker'], dataStores: ['postgresql'] },
      'cloudflare-waf',
      ['aws-waf'],
    ],
    [
      'small PaaS stack: rate limiting in the app',
      { cloudProviders: ['vercel'], compute: ['vercel'], teamSize: 2 },
      'app-rate-limiting',
      ['aws-waf', 'cloud-armor'],
    ],
    [
      'regulated PaaS stack: Cloudflare WAF in front',
      { cloudProviders: ['railway'], compute: ['railway'], compliance: ['pci-dss'] },
      'cloudflare-waf',
      ['aws-waf'],
    ],
    [
      'on-prem: rate limiting in the app',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'app-rate-limiting',
      ['aws-waf', 'cloudflare-waf'],
    ],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });
});
