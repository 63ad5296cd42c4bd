// Decision point (release): where users and operators get the product from.
import { definePoint } from '../../define-point.js';
import { archetypeIs, mobileClient, packageRegistry, shipsImages, storeListed, worksOffline } from '../../release-signals.js';

export default definePoint({
  meta: {
    id: 'cicd.distribution-channel',
    domain: 'cicd',
    scope: 'release',
    title: 'Distribution channel',
    question: 'Where do users or operators download and install each release from?',
    docs: 'The channel sets who signs the artefact, who reviews it, how fast a fix reaches users and what the team must run itself. App stores review and host; GitHub Releases and package registries host what the team signs; an OCI registry carries images and charts for operators; an offline site needs a medium the operator carries in.',
    assumption: 'The inputs name no distribution channel; the one the product kind usually ships through was assumed.',
    check: (d) =>
      `The last release is downloadable from ${d.choiceTitle} with its checksum and signature beside it, and its version matches the tag.`,
    adr: true,
  },
  options: [
    {
      id: 'app-stores',
      title: 'App stores',
      summary: 'Apple App Store (TestFlight for testers), Google Play or Microsoft Store host, review and install each release.',
      tech: 'app-store',
      alsoMatches: ['google-play', 'microsoft-store'],
      pros: ['Users install and update from a place they trust', 'The store hosts and delivers the binaries'],
      cons: ['Every release passes review, which can take days', 'Store fees and rules on payments and content'],
      costClass: 'low',
      complexity: 2,
      skills: ['store submission and review'],
      leans: { simplicity: 1, compliance: 1 },
      rejectIf: (c) => (archetypeIs(c, 'client-app') || storeListed(c) ? null : 'only an app installed by end users ships through a store'),
      fits: [{ when: mobileClient, weight: 5, because: 'mobile apps install from the platform’s store' }],
      attrs: { hosting: 'saas' },
    },
    {
      id: 'github-releases',
      title: 'GitHub Releases',
      summary: 'Each tag publishes signed binaries, checksums and release notes as GitHub release assets.',
      pros: ['Free hosting beside the code, with a stable download URL per version', 'Release notes and checksums in one place'],
      cons: ['No install or update experience of its own', 'Users must check signatures themselves'],
      costClass: 'free',
      complexity: 1,
      skills: ['CI release jobs'],
      leans: { simplicity: 2, cost: 2 },
      fits: [
        { when: (c) => c.v.committed('github-actions'), weight: 2, because: 'the pipeline already runs on GitHub' },
        {
          when: (c) => archetypeIs(c, 'library-or-cli', 'embedded-device'),
          weight: 1,
          because: 'binaries and images are downloaded, not installed from a store',
        },
      ],
      attrs: { hosting: 'saas' },
    },
    {
      id: 'package-registry',
      title: 'Language package registry',
      summary:
        'Releases are published to the ecosystem’s registry (npm, PyPI, crates.io, Maven Central, Homebrew) with trusted publishing.',
      tech: 'npm-registry',
      alsoMatches: ['pypi', 'crates-io', 'homebrew'],
      pros: ['Users install with the tool they already use', 'Versions are immutable once published'],
      cons: ['A stolen publish token ships malware to every user', 'Each ecosystem has its own metadata and yanking rules'],
      costClass: 'free',
      complexity: 1,
      skills: ['the ecosystem’s packaging'],
      leans: { simplicity: 1, cost: 2 },
      rejectIf: (c) =>
        archetypeIs(c, 'library-or-cli') || packageRegistry(c)
          ? null
          : 'only a library or command-line tool is installed from a package registry',
      fits: [
        { when: (c) => archetypeIs(c, 'library-or-cli'), weight: 4, because: 'a library is consumed through its ecosystem’s registry' },
      ],
      attrs: { hosting: 'saas' },
    },
    {
      id: 'oci-registry',
      title: 'OCI registry (images and charts)',
      summary:
        'Container images and Helm charts are pushed to a public OCI registry (GHCR, Docker Hub, Quay) with signed, immutable version tags.',
      tech: 'ghcr',
      alsoMatches: ['docker-hub'],
      pros: ['Operators pull with the tooling they already run', 'Multi-architecture manifests in one tag'],
      cons: ['Rate limits and pull-through caches for large operators', 'Air-gapped sites need a mirror'],
      costClass: 'free',
      complexity: 2,
      skills: ['container images', 'Helm packaging'],
      leans: { simplicity: 1, resilience: 1 },
      rejectIf: (c) => (shipsImages(c) ? null : 'the product is not shipped as container images'),
      fits: [
        { when: (c) => archetypeIs(c, 'self-hosted-distributable'), weight: 3, because: 'operators run the product themselves' },
        { when: shipsImages, weight: 3, because: 'the product ships as images or charts' },
      ],
      attrs: { hosting: 'saas' },
    },
    {
      id: 'offline-media',
      title: 'Offline install bundle',
      summary:
        'A signed, self-contained bundle (image archive, package set or SD-card image) the operator carries to the site and installs without a network.',
      pros: ['Works on sites with no internet', 'The operator controls exactly what is installed'],
      cons: ['Every update travels by hand', 'Bundles are large and need their own checksum checks'],
      costClass: 'free',
      complexity: 2,
      skills: ['release packaging'],
      leans: { resilience: 1, simplicity: -1 },
      fits: [{ when: worksOffline, weight: 4, because: 'the product must work without a network' }],
    },
  ],
});
