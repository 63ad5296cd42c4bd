// Decision point: how asynchronous and scheduled work runs outside the request path.
import { definePoint, type DecideContext } from '../../define-point.js';
import { inline, listOf, services } from '../../criteria.js';
import { functionRuntimes, paasServiceRuntimes, family, onKubernetes } from '../../platform-family.js';
import type { Hit } from '../../profile-view.js';

const runtime = (c: DecideContext) => c.chosen('compute.runtime') ?? '';
// The runtime sets are catalogue queries asked when the point runs, so a knowledge pack's records count too.
const runtimeIn = (ids: () => string[]) => (c: DecideContext) => (ids().includes(runtime(c)) ? (c.v.committed(runtime(c)) ?? []) : null);
const BROKERS = ['sqs', 'rabbitmq', 'kafka', 'nats-jetstream', 'pubsub', 'service-bus', 'redis', 'event-hubs', 'kinesis'];

/** Facts that show background work exists: a broker, a worker framework, scheduled work, an event-driven style. */
const needsJobs = (c: DecideContext): Hit =>
  c.v.committedAny(
    ...BROKERS.filter((b) => b !== 'redis'),
    'celery',
    'bullmq',
    'sidekiq',
    'temporal',
    'step-functions',
    'eventbridge',
    'cloud-scheduler',
    'cron',
  ) ??
  c.v.style('event-driven', 'microservices') ??
  c.v.states(
    /\b(background (jobs?|tasks?|work|processing)|scheduled (jobs?|tasks?|reports?)|cron|queued?|asynchronous(ly)?|batch (jobs?|processing)|nightly|workers?)\b/i,
  ) ??
  (c.decisions.get('data.messaging')?.basis === 'committed' ? [] : null);

export default definePoint({
  meta: {
    id: 'compute.background-jobs',
    domain: 'compute',
    title: 'Background and scheduled jobs',
    question: 'Where do asynchronous tasks and scheduled jobs run?',
    docs: 'Work that does not fit in a request (sending mail, processing uploads, calling slow AI APIs, nightly reports) needs a home with retries, visibility and limits. Queue-driven workers absorb bursts and retry safely; event-triggered functions need no idle capacity; platform or cluster schedulers run cron reliably; an in-process scheduler is simplest but runs once per replica unless guarded.',
    assumption: 'The inputs describe no background processing model; the job mechanism native to the chosen runtime was assumed.',
    needs: { what: 'background or scheduled work (a queue, a worker framework, scheduled jobs or an event-driven style)', when: needsJobs },
    check: (d, m) =>
      `Killing ${listOf(m.compute.filter((c) => c.role === 'worker').map((c) => `an instance of ${c.name}`)) || 'a worker'} mid-job loses no work: the job is retried through ${inline(d.choiceTitle)} and completes.`,
  },
  options: [
    {
      id: 'queue-workers',
      attrs: { componentKind: 'queue' },
      title: 'Queue-driven worker processes',
      summary: 'Producers put jobs on a queue; separate worker processes consume them with retries, back-off and a dead-letter queue.',
      pros: ['Absorbs bursts and survives worker crashes without losing work', 'Workers scale independently of the web tier'],
      cons: ['A queue and a worker fleet to run and monitor', 'Jobs must be idempotent because of at-least-once delivery'],
      costClass: 'low',
      complexity: 3,
      skills: ['queue semantics', 'idempotent job design'],
      leans: { resilience: 2, simplicity: -1, cost: 0, compliance: 0, speed: 0 },
      rejectIf: (c) => (runtime(c) === 'backend-as-a-service' ? 'there is no server tier to run workers' : null),
      fits: [
        { when: (c) => c.v.committedAny(...BROKERS), weight: 3, because: 'the stack already has a queue or broker' },
        {
          when: runtimeIn(() => ['kubernetes', 'ecs', 'docker-compose', 'container-apps', ...paasServiceRuntimes()]),
          weight: 2,
          because: 'the runtime hosts long-running worker processes',
        },
        { when: (c) => c.v.style('event-driven', 'microservices'), weight: 2, because: 'services already talk asynchronously' },
      ],
    },
    {
      id: 'serverless-events',
      title: 'Functions triggered by events',
      summary:
        'Functions consume queue messages, storage events or schedules (for example Lambda with SQS and EventBridge Scheduler, or Cloud Run functions with Pub/Sub).',
      pros: ['No idle workers; concurrency follows the backlog', 'Retries and dead-letter handling come with the trigger'],
      cons: ['Execution time limits split long jobs into steps', 'Fan-out can overwhelm a relational database'],
      costClass: 'low',
      complexity: 2,
      skills: ['event-driven design'],
      leans: { cost: 2, simplicity: 1, resilience: 1, compliance: 0, speed: 1 },
      rejectIf: (c) => (['servers', 'on-prem', 'kubernetes'].includes(family(c)) ? 'the platform has no managed function service' : null),
      fits: [
        {
          when: runtimeIn(() => functionRuntimes().filter((r) => r !== 'backend-as-a-service')),
          weight: 6,
          because: 'the code already runs as functions',
        },
      ],
    },
    {
      id: 'platform-cron',
      title: "The platform's scheduler and cron jobs",
      summary:
        'Scheduled jobs are declared on the hosting platform (Render or Railway cron, Vercel cron, Cloud Scheduler, EventBridge Scheduler) and call a job entry point.',
      pros: ['Reliable schedules without a server', 'Runs once per schedule regardless of replicas'],
      cons: ['Only covers scheduled work, not event-driven jobs', 'Limited run time and observability per platform'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 1, resilience: 0, compliance: 0, speed: 2 },
      rejectIf: (c) => (['servers', 'on-prem', 'kubernetes'].includes(family(c)) ? 'the platform has no managed scheduler' : null),
      fits: [
        {
          when: runtimeIn(() => [...paasServiceRuntimes(), 'vercel', 'netlify']),
          weight: 4,
          because: 'the platform schedules jobs natively',
        },
        { when: (c) => c.v.teamAtMost(3), weight: 1, because: 'nothing extra for a small team to run' },
      ],
    },
    {
      id: 'kubernetes-jobs',
      title: 'Kubernetes Jobs and CronJobs',
      summary: 'Batch and scheduled work runs as Jobs and CronJobs in the cluster, with KEDA scaling workers on queue length where needed.',
      pros: ['Same packaging, secrets and observability as the services', 'Concurrency policies prevent overlapping runs'],
      cons: ['Pod start-up adds seconds to each run', 'Failed jobs need alerting or they go unnoticed'],
      costClass: 'free',
      complexity: 3,
      skills: ['Kubernetes'],
      leans: { resilience: 1, cost: 1, simplicity: 0, compliance: 0, speed: 0 },
      rejectIf: (c) => (runtime(c) === 'kubernetes' || onKubernetes(c) ? null : 'the system does not run on Kubernetes'),
      fits: [{ when: runtimeIn(() => ['kubernetes']), weight: 6, because: 'the workloads run on Kubernetes' }],
    },
    {
      id: 'in-process-scheduler',
      attrs: { none: true, hosting: 'embedded' },
      title: 'In-process scheduler and task queue',
      summary:
        'The application schedules and runs its own background tasks (APScheduler, Quartz, node-cron, an asyncio loop), with a lock if it has several replicas.',
      pros: ['Nothing extra to deploy', 'Shares code, config and transactions with the application'],
      cons: ['Runs once per replica unless a distributed lock guards it', 'Work is lost if the process dies mid-task'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, resilience: -2, compliance: 0, speed: 2 },
      rejectIf: (c) => (functionRuntimes().includes(runtime(c)) ? 'functions do not keep a process alive between requests' : null),
      fits: [
        { when: (c) => c.v.style('monolith', 'modular-monolith'), weight: 2, because: 'a monolith can own its scheduled work' },
        { when: runtimeIn(() => ['docker-compose']), weight: 2, because: 'a long-running process on a server can schedule its own work' },
        { when: (c) => c.v.teamAtMost(2), weight: 1, because: 'the fewest moving parts for a very small team' },
      ],
    },
    {
      id: 'none',
      check: (_d, m) =>
        `No worker, queue consumer or scheduled job appears in the IaC; ${services(m)} finish their work within the request.`,
      attrs: { none: true },
      title: 'No server-side background work',
      summary:
        "There is no server tier: background work runs on the clients (OS background tasks) or inside the backend platform's own triggers.",
      pros: ['Nothing to host or monitor', 'Work runs where the data already is'],
      cons: ['Clients may be offline or suspended when work is due', 'Anything needing a trusted server must wait for one'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, resilience: -1 },
      rejectIf: (c) => (runtime(c) === 'backend-as-a-service' || !needsJobs(c) ? null : 'the system has a server tier that can run jobs'),
      fits: [
        {
          when: (c) => (runtime(c) === 'backend-as-a-service' ? [] : null),
          weight: 8,
          because: 'clients talk straight to a backend platform',
        },
      ],
    },
  ],
});
