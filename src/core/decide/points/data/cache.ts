// Decision point: the cache in front of the database, or none.
import { inline, rehearsal, services } from '../../criteria.js';
import { definePoint, type DecideContext } from '../../define-point.js';
import { functionRuntimes, needsProviderOf } from '../../platform-family.js';
import { STATED } from '../../stated-choice.js';

const rps = (min: number) => (c: DecideContext) => {
  const r = c.v.requestsPerSecond();
  return r && r.value >= min ? r.evidence : null;
};

export default definePoint({
  meta: {
    id: 'data.cache',
    stated: STATED.cache,
    domain: 'data',
    title: 'Cache',
    question: 'Is there a shared cache, and which one?',
    docs: 'A shared cache takes read load off the database, holds sessions and rate-limit counters across replicas and backs simple job queues. It is also one more stateful component to secure and keep consistent. Small systems often do better with in-process caching and database indexes until measurements show a need.',
    assumption:
      'The inputs name no cache; the choice follows the stated load and the number of application instances. Measure before adding one.',
    needs: {
      what: 'a shared cache (a named cache, or load in the hundreds of thousands of users)',
      when: (c) =>
        c.v.committedAny('redis', 'memcached', 'valkey', 'elasticache', 'upstash', 'cloudflare-kv') ??
        c.v.usersAtLeast(100_000) ??
        c.v.states(/\bcach(e|es|ed|ing)\b/i),
    },
    traces: ['performance'],
    contributes: 'data-store',
    check: (d, m) => `Flushing ${inline(d.choiceTitle)} in ${rehearsal(m)} leaves ${services(m)} correct, only slower.`,
  },
  options: [
    {
      id: 'redis',
      attrs: { engine: 'redis', componentKind: 'cache' },
      alsoMatches: ['redis'],
      title: 'Redis-compatible cache (Redis or Valkey)',
      version: '7',
      summary:
        'A managed Redis-compatible store (ElastiCache, Memorystore, Azure Cache, Upstash, a platform add-on or a container) for caching, sessions, rate limits and light queues.',
      pros: ['Data structures for counters, sorted sets, streams and locks', 'Available managed on every cloud and PaaS'],
      cons: ['Another stateful service; eviction and persistence settings matter', 'Redis licence changes push some teams to Valkey'],
      costClass: 'low',
      complexity: 2,
      skills: ['cache invalidation', 'Redis data types'],
      leans: { speed: 1, resilience: 0, simplicity: 0, cost: 0 },
      fits: [
        { when: (c) => c.v.usersAtLeast(10000), weight: 3, because: 'the stated user numbers make repeated reads expensive' },
        { when: rps(100), weight: 2, because: 'the request rate benefits from a shared cache' },
        { when: (c) => c.v.style('microservices'), weight: 1, because: 'several services share sessions and rate limits' },
      ],
    },
    {
      id: 'memcached',
      attrs: { engine: 'memcached', componentKind: 'cache' },
      title: 'Memcached',
      summary: 'Simple multi-threaded key-value cache, managed on AWS, Google Cloud and most hosts.',
      pros: ['Very fast for plain key-value caching', 'Scales by adding nodes with client-side sharding'],
      cons: ['No persistence, replication or rich data types', 'Not usable for sessions that must survive a node loss'],
      costClass: 'low',
      complexity: 2,
      skills: ['cache invalidation'],
      leans: { speed: 1, resilience: -1 },
      fits: [],
    },
    {
      id: 'edge-kv',
      attrs: { componentKind: 'cache', hosting: 'saas' },
      tech: 'cloudflare-kv',
      alsoMatches: ['vercel-kv'],
      title: 'Edge key-value store (Cloudflare KV)',
      summary: 'Eventually consistent key-value storage replicated to the edge, read from Workers with low latency.',
      pros: ['Reads served from the nearest location', 'No servers and pay per operation'],
      cons: ['Eventually consistent; writes take time to propagate', 'Not for counters or locks'],
      costClass: 'low',
      complexity: 1,
      skills: ['Workers bindings'],
      leans: { speed: 2, simplicity: 2, cost: 1 },
      rejectIf: needsProviderOf('cloudflare-kv'),
      fits: [
        {
          when: (c) => (c.chosen('compute.runtime') === 'cloudflare-workers' ? (c.v.committed('cloudflare') ?? []) : null),
          weight: 4,
          because: 'the code runs in Workers',
        },
      ],
    },
    {
      id: 'in-process',
      check: (_d, m) => `No shared cache appears in the IaC; restarting one instance of ${services(m)} leaves the others serving.`,
      attrs: { none: true, hosting: 'embedded' },
      title: 'No shared cache: in-process caching and HTTP caching',
      summary:
        'Cache in application memory and with HTTP cache headers at the edge; rely on database indexes until measurements say otherwise.',
      pros: ['Nothing to run, secure or pay for', 'No cache-consistency bugs across services'],
      cons: ['Each instance warms its own cache', 'No shared place for sessions or rate-limit counters'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, resilience: 0, speed: 1 },
      fits: [
        { when: (c) => c.v.usersAtMost(1000), weight: 3, because: 'the stated load is small' },
        { when: (c) => c.v.teamAtMost(2), weight: 1, because: 'one less component for a very small team' },
        {
          when: (c) =>
            functionRuntimes().includes(c.chosen('compute.runtime') ?? '') &&
            c.v.committedAny('dynamodb', 'firestore', 'cosmos-db', 'convex', 'cloudkit')
              ? []
              : null,
          weight: 3,
          because: 'a serverless database already answers in milliseconds',
        },
        {
          when: (c) => (c.v.ids('dataStores').length === 0 ? null : []),
          weight: 1,
          because: 'the inputs name data stores and no cache among them',
        },
      ],
    },
  ],
});
