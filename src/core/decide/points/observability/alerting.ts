// Decision point: how alerts reach a person, and how fast.
import { definePoint } from '../../define-point.js';
import { inline, rehearsal, services } from '../../criteria.js';
import { chose, settledOn } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'observability.alerting',
    domain: 'observability',
    title: 'Alerting and on-call paging',
    question: 'How does an alert reach the person who must act on it?',
    docs: 'An availability target or a short RTO is only real if someone is woken when it is breached. Paging tools add schedules, escalation and acknowledgement; chat and email notifications are enough when nobody is expected to respond out of hours.',
    assumption:
      'The inputs set no response-time expectation; alerts go to chat and email (from the metrics stack where it has its own alerting), without paging. Revisit when an availability target or on-call rotation is agreed.',
    traces: ['operability'],
    contributes: 'external-service',
    check: (d, m) =>
      `A synthetic failure of ${services(m)} in ${rehearsal(m)} reaches the on-call channel through ${inline(d.choiceTitle)} within five minutes.`,
  },
  options: [
    {
      id: 'email-chat',
      title: 'Email and chat notifications only',
      summary: 'Monitoring alerts sent to a team channel and email, handled in working hours.',
      pros: ['No cost and no rota', 'Enough when nobody has promised out-of-hours response'],
      cons: ['Nothing escalates when an alert is ignored', 'Night-time outages last until the morning'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 2, simplicity: 2, resilience: -2 },
      fits: [
        { when: (c) => c.v.teamAtMost(3), weight: 3, because: 'a team this small handles alerts as they come' },
        { when: (c) => c.v.availabilityBelow(99.9), weight: 2, because: 'the availability target tolerates hours of response time' },
      ],
    },
    {
      id: 'pagerduty',
      title: 'PagerDuty',
      summary: 'Incident paging with schedules, escalation policies, acknowledgements and post-incident reports.',
      pros: ['Reliable phone/SMS/push paging with escalation if nobody acknowledges', 'Integrates with every monitoring tool and chat'],
      cons: ['Per-user pricing', 'Only worth it with an actual rotation behind it'],
      costClass: 'medium',
      complexity: 2,
      skills: ['incident response'],
      leans: { resilience: 2, cost: -1 },
      fits: [
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: 3, because: 'the availability target leaves minutes, not hours, to respond' },
        { when: (c) => c.v.rtoAtMost(60), weight: 2, because: 'the RTO needs someone paged immediately' },
        { when: (c) => c.v.teamAtLeast(6), weight: 1, because: 'the team is large enough for a rotation' },
        { when: (c) => c.v.teamAtMost(2), weight: -3, because: 'one or two people cannot staff a paging rotation' },
      ],
    },
    {
      id: 'opsgenie',
      title: 'Jira Service Management on-call (formerly Opsgenie)',
      summary: 'Atlassian on-call scheduling and alert routing, now folded into Jira Service Management.',
      pros: ['Ties alerts to Jira incidents and post-mortems', 'Cheaper than PagerDuty for Atlassian customers'],
      cons: [
        'Atlassian has ended new Opsgenie sales and is moving customers into Jira Service Management / Compass',
        'Less ecosystem than PagerDuty',
      ],
      costClass: 'low',
      complexity: 2,
      skills: ['incident response'],
      leans: { resilience: 1 },
      fits: [
        {
          when: (c) => c.v.committedAny('bitbucket-pipelines', 'jira', 'jira-service-management'),
          weight: 4,
          because: 'the team is on Atlassian tooling',
        },
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: 1, because: 'the availability target needs paging' },
      ],
    },
    {
      id: 'grafana-alerting',
      attrs: { hosting: 'self-hosted', heavyweight: true },
      tech: 'grafana-oncall',
      alsoMatches: ['alertmanager'],
      title: 'Grafana alerting / Alertmanager to chat',
      summary: 'Alert rules in Grafana or Prometheus Alertmanager routed to Slack or Teams, with Grafana OnCall schedules if needed.',
      pros: ['Alerts defined next to the dashboards they watch', 'Free with the metrics stack; on-call can be added later'],
      cons: ['Chat notifications are easy to miss out of hours', 'Alert rules and routing are code you maintain'],
      costClass: 'free',
      complexity: 2,
      skills: ['PromQL alert rules'],
      leans: { cost: 2, simplicity: 1 },
      fits: [
        {
          when: (c) => chose(c, 'observability.metrics', 'prometheus-grafana'),
          weight: 4,
          because: 'metrics are in Prometheus and Grafana',
        },
        { when: (c) => settledOn(c, 'on-prem', 'servers'), weight: 1, because: 'self-hosted alert routing works without a SaaS' },
      ],
    },
  ],
});
