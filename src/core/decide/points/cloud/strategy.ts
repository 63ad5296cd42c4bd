// Decision point: how many providers the system depends on, and how tightly.
import { techName } from '../../../model/tech-catalog.js';
import { listOf } from '../../criteria.js';
import { definePoint, type DecideContext } from '../../define-point.js';
import { HYPERSCALERS, PAAS, SERVER_HOSTS, type Hit } from '../../profile-view.js';
import { kubernetesIds } from '../../platform-family.js';

const evOf = (c: DecideContext, pick: (id: string) => boolean): Hit => {
  const f = c.v.profile.cloudProviders.filter((x) => pick(x.id));
  return f.length ? f.flatMap((x) => x.evidence.slice(0, 1)) : null;
};
const count = (c: DecideContext, list: { includes(id: string): boolean }) => c.v.clouds().filter((x) => list.includes(x)).length;

export default definePoint({
  meta: {
    id: 'cloud.strategy',
    domain: 'cloud',
    title: 'Cloud strategy',
    question: 'Does the system live on one provider, a composition of platforms, several clouds, or cloud plus owned hardware?',
    docs: 'The number of providers multiplies the work of identity, networking, billing, observability and incident response. One provider gives the deepest use of its services; composing PaaS products buys speed at the price of cross-vendor traffic; multi-cloud and hybrid buy portability or data control with a platform layer someone must own.',
    assumption:
      'The inputs name no more than one platform, so a single-provider strategy was assumed. Confirm that no customer or regulator requires a second cloud or on-premises delivery.',
    adr: true,
    check: (_d, m) =>
      `Each provider in use (${listOf(m.platform.providers.map(techName)) || 'every one'}) appears in the IaC and in an ADR that says what it hosts.`,
  },
  options: [
    {
      id: 'single-provider',
      check: (_d, m) =>
        `The billing exports show infrastructure spend with ${m.platform.primary === 'unknown' ? 'one provider' : techName(m.platform.primary)} only; any other provider is recorded in an ADR.`,
      title: 'Single provider, native services',
      summary: 'Everything runs on one cloud or one hosting provider and uses its managed services directly.',
      pros: ['One identity model, one bill, one support contract', 'Managed services can be used to their full depth'],
      cons: ["Lock-in to one provider's APIs and prices", 'A provider-wide outage or account problem stops everything'],
      costClass: 'low',
      complexity: 2,
      skills: ["the provider's core services"],
      leans: { simplicity: 2, cost: 1, speed: 1, resilience: 0, compliance: 1 },
      fits: [
        {
          when: (c) => (c.v.clouds().length === 1 ? c.v.profile.cloudProviders[0].evidence : null),
          weight: 6,
          because: 'the inputs name exactly one platform',
        },
        { when: (c) => c.v.teamAtMost(5), weight: 2, because: 'a small team should learn one provider well' },
      ],
    },
    {
      id: 'composed-paas',
      title: 'Composed PaaS stack',
      summary: 'Several specialised platforms together, for example a front-end host, an application host and a database platform.',
      pros: [
        'Each layer uses the best-in-class managed product with no servers',
        'Fast to start; each vendor handles scaling and patching',
      ],
      cons: [
        'Traffic between vendors crosses the public internet (latency, egress, TLS everywhere)',
        'Several bills, consoles, status pages and data-processing agreements',
      ],
      costClass: 'low',
      complexity: 2,
      skills: ["each platform's configuration", 'secrets shared across vendors'],
      leans: { simplicity: 1, speed: 2, cost: 1, resilience: -1, compliance: -1 },
      rejectIf: (c) => (c.v.clouds().length && count(c, PAAS) === 0 ? 'the inputs name no PaaS platform' : null),
      fits: [
        {
          when: (c) => (count(c, PAAS) >= 2 ? evOf(c, (x) => PAAS.includes(x)) : null),
          weight: 8,
          because: 'the inputs combine several PaaS platforms',
        },
        {
          when: (c) => (count(c, PAAS) === 1 && c.v.clouds().length >= 2 ? evOf(c, (x) => PAAS.includes(x)) : null),
          weight: 4,
          because: 'a PaaS is combined with another provider',
        },
      ],
    },
    {
      id: 'multi-cloud-portable',
      title: 'Multi-cloud, portable on Kubernetes',
      summary:
        'The same containerised system deploys to more than one hyperscaler (or customer cloud), using only portable building blocks.',
      pros: ['Customers or regulators can choose the cloud', 'Negotiating leverage and no single-provider dependency'],
      cons: ['Limited to the lowest common denominator of services', 'A platform team must own clusters, charts and per-cloud differences'],
      costClass: 'high',
      complexity: 5,
      skills: ['Kubernetes', 'Helm', "several clouds' IAM and networking"],
      leans: { simplicity: -2, cost: -2, speed: -1, resilience: 1, compliance: 1 },
      fits: [
        {
          when: (c) => (count(c, HYPERSCALERS) >= 2 ? evOf(c, (x) => HYPERSCALERS.includes(x)) : null),
          weight: 8,
          because: 'the inputs name several hyperscalers',
        },
        {
          when: (c) => (count(c, HYPERSCALERS) >= 2 ? c.v.committedAny(...kubernetesIds()) : null),
          weight: 3,
          because: 'Kubernetes gives the portable runtime layer',
        },
        {
          when: (c) => (c.v.clouds().length === 0 ? c.v.committedAny('kubernetes', 'helm') : null),
          weight: 5,
          because: 'the system ships as a cluster workload without naming a cloud',
        },
      ],
    },
    {
      id: 'hybrid',
      title: 'Hybrid: owned hardware plus cloud',
      summary: 'Part of the system stays on premises or on customer hardware while other parts, or other customers, use a cloud.',
      pros: ['Sensitive data or latency-bound systems stay on owned hardware', 'Cloud capacity for bursts, DR or cloud-ready customers'],
      cons: ['Two operating models, connected by VPN or dedicated links', 'Identity, monitoring and deployment must span both worlds'],
      costClass: 'high',
      complexity: 5,
      skills: ['site-to-site networking', 'Linux administration', 'cloud IaC'],
      leans: { simplicity: -2, cost: -1, speed: -1, resilience: 1, compliance: 2 },
      rejectIf: (c) => (c.v.committed('on-prem') ? null : 'nothing in the inputs runs on owned or customer hardware'),
      fits: [
        {
          when: (c) => (c.v.committed('on-prem') && c.v.clouds().length >= 2 ? evOf(c, () => true) : null),
          weight: 7,
          because: 'the inputs combine owned hardware with a cloud',
        },
        {
          when: (c) => (count(c, SERVER_HOSTS) === c.v.clouds().length ? c.v.committed('on-prem') : null),
          weight: -6,
          because: 'only owned hardware is named; there is no cloud side',
        },
      ],
    },
  ],
});
