// Decision point (release): what crash and usage data installed copies send home, and with whose consent.
import { definePoint } from '../../define-point.js';
import { archetypeIs, mobileClient, storeListed, worksOffline } from '../../release-signals.js';

export default definePoint({
  meta: {
    id: 'observability.crash-telemetry',
    domain: 'observability',
    scope: 'release',
    title: 'Crash reporting and telemetry consent',
    question: 'What crash and usage data do installed copies send, to whom, and after which consent?',
    docs: 'Without crash reports the team learns of a broken release from reviews; with careless telemetry it collects personal data from machines it does not own, which privacy law (GDPR, store privacy labels) and regulated customers forbid without consent. The choice sets what the team sees, what it must disclose and what it must host.',
    assumption: 'The inputs say nothing about crash reports or telemetry; opt-in crash reporting was assumed.',
    check: (d) =>
      d.choice === 'local-diagnostics'
        ? 'A fresh install sends nothing over the network; the diagnostic export produces a bundle with no personal data in it.'
        : 'A fresh install sends no crash or usage data before the user consents; after a forced crash the report arrives scrubbed of personal data.',
  },
  options: [
    {
      id: 'store-crash-reports',
      title: 'Store and OS crash reports',
      summary:
        'Crash and hang reports the platform collects from users who agreed at the OS level (App Store Connect, Play Console vitals); no SDK in the app.',
      pros: ['No SDK, no extra privacy disclosure', 'Free and already consented at the OS level'],
      cons: ['Only users who share diagnostics are counted', 'Delayed and thin on context'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, compliance: 2, cost: 2 },
      rejectIf: (c) => (storeListed(c) || mobileClient(c) ? null : 'only store-installed apps get platform crash reports'),
      fits: [
        { when: (c) => storeListed(c) ?? mobileClient(c), weight: 3, because: 'the app ships through a store that collects crash reports' },
        { when: (c) => c.v.regulated(), weight: 2, because: 'no third-party SDK sees regulated data' },
      ],
    },
    {
      id: 'opt-in-crash-sdk',
      title: 'Opt-in crash reporting SDK',
      summary:
        'A crash SDK (Sentry, Crashlytics) sends scrubbed crash reports only after the user opts in; personal data is stripped before sending.',
      tech: 'sentry',
      alsoMatches: ['crashlytics'],
      pros: ['Stack traces and release health per version', 'Consent recorded before anything is sent'],
      cons: ['A vendor receives data from users’ machines', 'Scrubbing rules to maintain and disclose'],
      costClass: 'low',
      complexity: 2,
      skills: ['privacy review'],
      leans: { resilience: 1, speed: 1 },
      rejectIf: (c) => {
        const off = worksOffline(c);
        return off ? 'the product must work without a network, so nothing can be sent home' : null;
      },
      fits: [{ when: (c) => archetypeIs(c, 'client-app'), weight: 2, because: 'installed apps crash where the team cannot see' }],
    },
    {
      id: 'local-diagnostics',
      title: 'Local logs and a diagnostic bundle',
      summary:
        'Nothing is sent automatically; the product keeps rotating local logs and can export a diagnostic bundle the user or operator chooses to share.',
      pros: ['No data leaves the machine without a person deciding', 'Works offline and in air-gapped sites'],
      cons: ['The team only sees the crashes people report', 'Support asks users for bundles'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { compliance: 2, simplicity: 1 },
      fits: [
        { when: worksOffline, weight: 4, because: 'the product must work without a network' },
        {
          when: (c) => archetypeIs(c, 'self-hosted-distributable', 'embedded-device', 'library-or-cli'),
          weight: 2,
          because: 'operators and developers decide what leaves their machines',
        },
      ],
    },
  ],
});
