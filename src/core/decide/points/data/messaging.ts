// Decision point: the queue or event bus between components, or none.
import { definePoint, type DecideContext } from '../../define-point.js';
import { services } from '../../criteria.js';
import { family, needsProviderOf, onKubernetes } from '../../platform-family.js';
import { STATED } from '../../stated-choice.js';

const famIs =
  (...f: string[]) =>
  (c: DecideContext) =>
    f.includes(family(c)) ? (c.v.profile.cloudProviders[0]?.evidence ?? []) : null;
const async = (c: DecideContext) => c.v.style('event-driven', 'microservices', 'serverless');
const runtime = (c: DecideContext) => c.chosen('compute.runtime') ?? '';

export default definePoint({
  meta: {
    id: 'data.messaging',
    stated: STATED.queue,
    domain: 'data',
    title: 'Messaging and events',
    question: 'Which queue or event bus carries asynchronous work and events between components?',
    docs: 'A queue decouples producers from slow or failing consumers; an event bus lets several consumers react to one fact; a log such as Kafka keeps events for replay. Each adds delivery semantics (at-least-once, ordering, dead letters) the code must respect. The managed service of the platform is usually right; a broker you run is justified by portability or on-premises delivery; a queue table in the existing database is enough for modest volumes.',
    assumption:
      'The inputs name no messaging system; the choice follows the architecture style and the platform. Confirm the volume of asynchronous work.',
    needs: {
      what: 'a queue, a broker or asynchronous hand-offs',
      when: (c) =>
        c.v.committedAny(
          'sqs',
          'sns',
          'eventbridge',
          'kafka',
          'rabbitmq',
          'nats-jetstream',
          'nats',
          'pubsub',
          'service-bus',
          'event-hubs',
          'kinesis',
          'celery',
          'bullmq',
          'sidekiq',
        ) ??
        c.v.style('event-driven', 'microservices') ??
        c.v.states(/\b(queue[sd]?|message bus|pub ?\/ ?sub|event bus|asynchronous(ly)?|background (jobs?|tasks?|processing))\b/i),
    },
    contributes: 'data-store',
    check: (d, m) =>
      `A message that fails processing in ${services(m)} lands in the dead-letter queue of ${d.choiceTitle} and raises an alert.`,
  },
  options: [
    {
      id: 'sqs',
      attrs: { engine: 'sqs', hosting: 'managed-regional' },
      title: 'Amazon SQS',
      summary: 'Fully managed queues on AWS with dead-letter queues, FIFO ordering where needed and native Lambda triggers.',
      pros: ['No capacity to manage; effectively unlimited throughput', 'Lambda event source mapping with batching and retries'],
      cons: ['Point-to-point only; fan-out needs SNS or EventBridge', 'Messages over 256 KB need an S3 pointer'],
      costClass: 'low',
      complexity: 1,
      skills: ['idempotent consumers'],
      leans: { simplicity: 2, resilience: 2, cost: 1, compliance: 1 },
      rejectIf: needsProviderOf('sqs'),
      fits: [
        { when: famIs('aws'), weight: 4, because: 'the platform is AWS' },
        { when: async, weight: 2, because: 'components hand work to each other asynchronously' },
      ],
    },
    {
      id: 'sns',
      attrs: { engine: 'sns', hosting: 'managed-regional' },
      alsoMatches: ['eventbridge'],
      title: 'Amazon SNS / EventBridge',
      summary: 'Publish-subscribe on AWS: EventBridge buses route events by content to many targets; SNS fans out to queues and endpoints.',
      pros: ['Many consumers per event without coupling', 'EventBridge adds schedules, archives and replay'],
      cons: ['Event contracts need schema discipline', 'Debugging routes across rules is harder than a direct call'],
      costClass: 'low',
      complexity: 2,
      skills: ['event design'],
      leans: { simplicity: 1, resilience: 2, cost: 1, compliance: 1 },
      rejectIf: needsProviderOf('sns'),
      fits: [
        {
          when: (c) => (family(c) === 'aws' ? c.v.style('event-driven') : null),
          weight: 7,
          because: 'the architecture is event-driven on AWS',
        },
      ],
    },
    {
      id: 'pubsub',
      attrs: { engine: 'pubsub', hosting: 'managed-regional' },
      title: 'Google Cloud Pub/Sub',
      summary: 'Global managed publish-subscribe with push delivery to Cloud Run and pull subscriptions.',
      pros: ['Push subscriptions call Cloud Run directly', 'Dead-letter topics and ordering keys'],
      cons: ['At-least-once delivery by default', 'Google Cloud only'],
      costClass: 'low',
      complexity: 1,
      skills: ['idempotent consumers'],
      leans: { simplicity: 2, resilience: 2, cost: 1 },
      needsProvider: 'on-platform',
      fits: [
        { when: famIs('gcp'), weight: 4, because: 'the platform is Google Cloud' },
        { when: async, weight: 2, because: 'components hand work to each other asynchronously' },
      ],
    },
    {
      id: 'service-bus',
      attrs: { engine: 'service-bus', hosting: 'managed-regional' },
      title: 'Azure Service Bus',
      summary: 'Managed enterprise broker on Azure with queues, topics, sessions and transactions.',
      pros: ['Ordered sessions, scheduled messages and transactions', 'Managed identity and private endpoints'],
      cons: ['Premium tier needed for isolation and large messages', 'Azure only'],
      costClass: 'medium',
      complexity: 2,
      skills: ['messaging patterns'],
      leans: { resilience: 2, compliance: 1, simplicity: 1 },
      rejectIf: needsProviderOf('service-bus'),
      fits: [
        { when: famIs('azure'), weight: 4, because: 'the platform is Azure' },
        { when: async, weight: 2, because: 'components hand work to each other asynchronously' },
      ],
    },
    {
      id: 'kafka',
      attrs: { engine: 'kafka', hosting: 'self-hosted', heavyweight: true },
      alsoMatches: ['kafka'],
      title: 'Apache Kafka',
      version: '3.8',
      summary:
        'Partitioned, replicated event log (managed as MSK, Confluent Cloud or Aiven, or self-run) for high-volume streams and replay.',
      pros: ['Very high throughput with retention and replay', 'Large ecosystem of connectors and stream processing'],
      cons: ['Heavy to run yourself and costly managed at small scale', 'Partitioning and consumer-group design need expertise'],
      costClass: 'high',
      complexity: 5,
      skills: ['Kafka', 'stream processing'],
      leans: { resilience: 2, cost: -2, simplicity: -2, speed: -1 },
      fits: [
        {
          when: (c) => (c.v.style('event-driven') ? c.v.usersAtLeast(100000) : null),
          weight: 4,
          because: 'high event volume needs a partitioned log',
        },
        {
          when: (c) => ((c.v.teamSize() ?? 0) >= 10 ? c.v.style('event-driven') : null),
          weight: 2,
          because: 'several teams consume the same streams',
        },
      ],
    },
    {
      id: 'rabbitmq',
      attrs: { engine: 'rabbitmq', hosting: 'self-hosted' },
      title: 'RabbitMQ',
      version: '4.0',
      summary: 'General-purpose open-source broker with routing exchanges, quorum queues and dead-lettering, run on servers or a cluster.',
      pros: ['Flexible routing and mature client libraries', 'Runs anywhere, including customer hardware'],
      cons: ['Cluster upgrades and disk alarms to manage', 'Not a replayable log'],
      costClass: 'low',
      complexity: 3,
      skills: ['RabbitMQ operations'],
      leans: { resilience: 1, cost: 1, simplicity: -1 },
      rejectIf: (c) =>
        family(c) === 'paas' && !['railway', 'render', 'fly-io'].includes(c.chosen('cloud.primary-platform') ?? '')
          ? 'the platform cannot run a broker'
          : null,
      fits: [
        { when: famIs('servers', 'on-prem'), weight: 2, because: 'a self-run broker fits servers the team operates' },
        { when: async, weight: 1, because: 'components hand work to each other asynchronously' },
      ],
    },
    {
      id: 'nats-jetstream',
      attrs: { engine: 'nats', hosting: 'self-hosted' },
      alsoMatches: ['nats-jetstream'],
      title: 'NATS JetStream',
      version: '2.10',
      summary: 'Lightweight messaging with persistent streams, key-value and work queues, in a single small binary.',
      pros: ['Tiny footprint; easy to run on servers, at the edge or in a cluster', 'Streams, queues and request-reply in one system'],
      cons: ['Smaller ecosystem than Kafka or RabbitMQ', 'Stream and consumer configuration needs care for durability'],
      costClass: 'low',
      complexity: 3,
      skills: ['NATS'],
      leans: { cost: 1, resilience: 1, simplicity: 0 },
      rejectIf: (c) => (family(c) === 'paas' ? 'the platform cannot run a broker' : null),
      fits: [
        {
          when: (c) =>
            family(c) === 'on-prem' || family(c) === 'kubernetes' || onKubernetes(c) ? c.v.style('event-driven', 'microservices') : null,
          weight: 3,
          because: 'a portable event backbone for self-run environments',
        },
      ],
    },
    {
      id: 'database-queue',
      attrs: { hosting: 'embedded' },
      title: 'Queue in the existing database or Redis',
      summary:
        'Jobs and events are stored in the primary database (pg-boss, Solid Queue, River, Graphile Worker) or in Redis (BullMQ, Sidekiq), with no extra broker.',
      pros: ['No new infrastructure; jobs can commit in the same transaction as the data', 'Good tooling in every major framework'],
      cons: ['Adds load to the database at high volume', 'No fan-out to many independent consumers'],
      costClass: 'free',
      complexity: 1,
      skills: ['the job library'],
      leans: { simplicity: 2, cost: 2, resilience: 0, speed: 2 },
      rejectIf: (c) => (['backend-as-a-service'].includes(runtime(c)) ? 'there is no server tier to run jobs' : null),
      fits: [
        { when: (c) => c.v.style('monolith', 'modular-monolith'), weight: 3, because: 'a monolith can keep its jobs next to its data' },
        {
          when: (c) => (family(c) === 'paas' ? c.v.committedAny('redis', 'postgresql') : null),
          weight: 3,
          because: 'the platform already runs the store the jobs can live in',
        },
        { when: (c) => c.v.teamAtMost(3), weight: 2, because: 'no broker to run for a small team' },
      ],
    },
    {
      id: 'none',
      check: (_d, m) =>
        `No queue or broker appears in the IaC; calls from ${services(m)} to slow dependencies time out and retry instead of blocking.`,
      attrs: { none: true },
      title: 'No messaging yet',
      summary: 'Components call each other synchronously; asynchronous work waits until there is a measured need.',
      pros: ['Fewest moving parts', 'Simplest to debug and test'],
      cons: ['Slow or failing dependencies block requests', 'Retrofitting async later touches many call sites'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, resilience: -1 },
      fits: [
        {
          when: (c) => (runtime(c) === 'backend-as-a-service' ? [] : null),
          weight: 6,
          because: 'clients talk straight to the backend platform',
        },
        {
          when: (c) =>
            c.v.committedAny(
              'sqs',
              'sns',
              'eventbridge',
              'kafka',
              'rabbitmq',
              'nats-jetstream',
              'nats',
              'pubsub',
              'service-bus',
              'event-hubs',
              'kinesis',
            ) || c.v.style('event-driven')
              ? null
              : [],
          weight: 2,
          because: 'the inputs name no queue or broker',
        },
        {
          when: (c) => (c.v.style('event-driven', 'microservices') ? null : c.v.usersAtMost(1000)),
          weight: 2,
          because: 'the stated load is small',
        },
      ],
    },
  ],
});
