// Decision point: how compute capacity follows load.
import { definePoint, type DecideContext } from '../../define-point.js';
import { services } from '../../criteria.js';
import { paasServiceRuntimes, scaleToZeroRuntimes } from '../../platform-family.js';
import { statesOneInstance } from '../../stated-topology.js';
import { kb } from '../../../knowledge/active.js';

const runtime = (c: DecideContext) => c.chosen('compute.runtime') ?? '';
// The runtime sets are catalogue queries asked when the point runs, so a knowledge pack's records count too.
const runtimeIn = (ids: () => string[]) => (c: DecideContext) => (ids().includes(runtime(c)) ? (c.v.committed(runtime(c)) ?? []) : null);
/** Runtimes that add and remove replicas on load by themselves: the catalogue's autoscaling trait. */
const autoscaledRuntimes = () => kb().withTrait('autoscaling');

export default definePoint({
  meta: {
    id: 'compute.scaling',
    domain: 'compute',
    title: 'Scaling model',
    question: 'How does compute capacity follow the load?',
    docs: 'Scaling decides both the bill and the behaviour under a spike. Autoscaling on CPU or request concurrency absorbs growth but needs stateless services and load tests; scale-to-zero makes idle environments nearly free at the price of cold starts; fixed capacity is predictable and simple when load is known; schedules fit load that follows office hours or batch windows.',
    assumption:
      'No load profile is stated; the scaling model native to the chosen runtime was assumed. Load-test before launch to set the limits.',
    traces: ['availability', 'performance', 'scalability'],
    check: (_d, m) =>
      `A load test of ${services(m)} at the stated peak shows capacity added before the latency target is missed, and removed afterwards.`,
  },
  options: [
    {
      id: 'horizontal-autoscaling',
      attrs: { scaling: 'autoscale' },
      title: 'Horizontal autoscaling on CPU or request load',
      summary:
        'A minimum of two instances across zones, scaled out on CPU, memory or requests per instance (HPA, ECS target tracking, platform autoscaler).',
      pros: ['Absorbs spikes without manual action', 'The minimum of two keeps the service up through instance failures'],
      cons: ['Services must be stateless and start fast', 'Needs limits and load tests or costs run away'],
      costClass: 'medium',
      complexity: 3,
      skills: ['autoscaling policies', 'load testing'],
      leans: { resilience: 2, cost: -1, simplicity: -1, compliance: 0, speed: 0 },
      rejectIf: (c) => (runtime(c) === 'docker-compose' ? 'a Compose stack on fixed hosts does not add instances by itself' : null),
      fits: [
        { when: runtimeIn(autoscaledRuntimes), weight: 4, because: 'the runtime scales replicas on load' },
        { when: (c) => c.v.usersAtLeast(10000), weight: 3, because: 'the stated user numbers need elastic capacity' },
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: 2, because: 'the availability target needs at least two instances' },
      ],
    },
    {
      id: 'scale-to-zero',
      attrs: { scaling: 'scale-to-zero' },
      title: 'Scale to zero, pay per request',
      summary: 'Functions or request-driven containers run only while handling work and scale out per request; idle costs nothing.',
      pros: ['Idle and preview environments cost almost nothing', 'Concurrency grows with demand automatically'],
      cons: ['Cold starts on the first request after idle', 'Downstream databases must cope with connection bursts'],
      costClass: 'low',
      complexity: 2,
      skills: ['cold-start tuning', 'connection pooling'],
      leans: { cost: 2, simplicity: 1, resilience: 1, compliance: 0, speed: 1 },
      rejectIf: (c) =>
        runtime(c) && !scaleToZeroRuntimes().includes(runtime(c)) ? `the runtime ${runtime(c)} keeps instances running` : null,
      fits: [{ when: runtimeIn(scaleToZeroRuntimes), weight: 6, because: 'the runtime bills per request and idles at zero' }],
    },
    {
      id: 'fixed-capacity',
      attrs: { scaling: 'fixed' },
      // "Runs on a single server" is a stated capacity: autoscaling would override it.
      committedWhen: (c) => statesOneInstance(c.v),
      title: 'Fixed capacity, scaled by hand',
      summary: 'A known number of instances or servers sized for peak with headroom; resized deliberately when monitoring shows the need.',
      pros: ['Predictable bill and behaviour', 'No autoscaling policies to tune'],
      cons: ['Pays for peak capacity all the time', 'A surprise spike degrades service until someone acts'],
      costClass: 'low',
      complexity: 1,
      skills: ['capacity monitoring'],
      leans: { simplicity: 2, cost: 0, resilience: -1, compliance: 0, speed: 1 },
      fits: [
        {
          when: runtimeIn(() => ['docker-compose', ...paasServiceRuntimes()]),
          weight: 5,
          because: 'the runtime runs a set number of instances',
        },
        { when: (c) => c.v.usersAtMost(1000), weight: 2, because: 'the stated load is small and steady' },
      ],
    },
    {
      id: 'scheduled-scaling',
      attrs: { scaling: 'scheduled' },
      title: 'Scheduled scaling',
      summary: 'Capacity follows a timetable: scaled up for business hours or batch windows and down at night and weekends.',
      pros: ['Cuts cost of predictable idle periods', 'No cold starts during busy hours'],
      cons: ['Wrong when usage leaves the schedule', 'Another set of schedules to maintain per environment'],
      costClass: 'low',
      complexity: 2,
      skills: ['scheduled scaling actions'],
      leans: { cost: 1, simplicity: 0, resilience: 0, compliance: 0, speed: 0 },
      rejectIf: (c) =>
        runtime(c) && scaleToZeroRuntimes().includes(runtime(c)) && !['cloud-run', 'container-apps'].includes(runtime(c))
          ? 'functions already scale with demand'
          : null,
      fits: [
        {
          when: (c) => (runtime(c) === 'kubernetes' || runtime(c) === 'ecs' ? c.v.usersAtMost(5000) : null),
          weight: 1,
          because: 'a small internal user base follows office hours',
        },
      ],
    },
  ],
});
