// Decision point (release): how installed copies learn of a new version, move to it, and go back when it is bad.
import { definePoint } from '../../define-point.js';
import { archetypeIs, mobileClient, shipsImages, storeListed, worksOffline } from '../../release-signals.js';

export default definePoint({
  meta: {
    id: 'cicd.update-channel',
    domain: 'cicd',
    scope: 'release',
    title: 'Update channel and rollback',
    question:
      'How do installed copies receive a new version (the deployment strategy of a shipped product), in what stages, and how is a bad release rolled back?',
    docs: 'Once software is installed elsewhere, a bad release cannot be undone by redeploying: it must be halted before it spreads and replaced by a fixed one. Staged rollout limits the blast radius, a signed update feed stops a hijacked update, and an A/B or previous-version fallback lets a device or desktop recover on its own.',
    assumption: 'The inputs set no update mechanism; the channel the distribution implies was assumed.',
    check: () =>
      'A test install moves to the new version through the channel, and back to the previous version by the documented rollback, with its data intact.',
    adr: true,
  },
  options: [
    {
      id: 'store-phased-release',
      title: 'Store-managed phased release',
      summary:
        'The store updates installed apps; releases go out in phases (App Store phased release, Play staged rollout) and are paused when crash rates rise.',
      pros: ['No update code or feed to run', 'A rollout can be halted within minutes'],
      cons: ['No true rollback: a fixed version must pass review', 'Users may disable automatic updates'],
      costClass: 'free',
      complexity: 1,
      skills: ['store release management'],
      leans: { simplicity: 2, resilience: 1 },
      rejectIf: (c) => (mobileClient(c) || storeListed(c) ? null : 'the product is not installed from an app store'),
      fits: [{ when: (c) => storeListed(c) ?? mobileClient(c), weight: 5, because: 'the app is installed from a store' }],
    },
    {
      id: 'signed-update-feed',
      title: 'In-app updater with a signed feed',
      summary:
        'The app checks a signed update feed (Sparkle appcast, electron-updater, Tauri updater), installs in stages by cohort and keeps the previous version to fall back to.',
      tech: 'sparkle',
      pros: ['Users outside stores get fixes without a reinstall', 'Cohorts and a kill switch limit a bad release'],
      cons: ['The feed is a small service the team runs and must keep signed', 'A stolen feed key compromises every install'],
      costClass: 'low',
      complexity: 3,
      skills: ['update signing keys', 'static hosting'],
      leans: { resilience: 1, speed: 1 },
      fits: [{ when: (c) => archetypeIs(c, 'client-app'), weight: 2, because: 'a desktop app installed outside a store updates itself' }],
    },
    {
      id: 'ota-ab-partitions',
      title: 'Over-the-air updates with A/B partitions',
      summary:
        'Devices download signed images (Mender, RAUC, SWUpdate) into the inactive partition, boot it, and roll back automatically when health checks fail.',
      tech: 'mender',
      alsoMatches: ['rauc'],
      pros: ['A failed update never bricks a device', 'Updates can be staged by device group'],
      cons: ['Needs twice the storage and a boot-loader integration', 'A fleet server (hosted or self-run) to schedule rollouts'],
      costClass: 'low',
      complexity: 4,
      skills: ['embedded Linux boot chains'],
      leans: { resilience: 2, simplicity: -1 },
      rejectIf: (c) => (archetypeIs(c, 'embedded-device') ? null : 'only a device fleet updates through partitions'),
      fits: [{ when: (c) => archetypeIs(c, 'embedded-device'), weight: 3, because: 'the product runs on devices in the field' }],
    },
    {
      id: 'operator-pulled-versions',
      title: 'Versioned releases the operator upgrades',
      summary:
        'Semantic versions with upgrade notes; operators pull a version when they choose (package manager, Helm chart, install script) and roll back by reinstalling the previous one.',
      pros: ['Nothing to run: the operator controls timing', 'Rollback is a documented downgrade'],
      cons: ['Old versions stay in the field for years', 'Data migrations must be reversible or the downgrade breaks'],
      costClass: 'free',
      complexity: 1,
      skills: ['release notes and versioning'],
      leans: { simplicity: 2, cost: 1 },
      fits: [
        {
          when: (c) => archetypeIs(c, 'self-hosted-distributable', 'library-or-cli'),
          weight: 4,
          because: 'operators and developers choose when to upgrade',
        },
        { when: shipsImages, weight: 1, because: 'an image tag or chart version is the unit of upgrade' },
        { when: worksOffline, weight: 2, because: 'an offline install cannot reach an update server' },
      ],
    },
  ],
});
