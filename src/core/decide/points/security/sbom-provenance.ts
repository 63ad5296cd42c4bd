// Decision point (release): what a release carries to show what is inside it and how it was built.
import { definePoint } from '../../define-point.js';
import { archetypeIs, shipsImages } from '../../release-signals.js';

export default definePoint({
  meta: {
    id: 'security.sbom-provenance',
    domain: 'security',
    scope: 'release',
    title: 'SBOM and build provenance',
    question: 'Does each release ship a software bill of materials and a provenance attestation, and in what format?',
    docs: 'Customers who install software ask what is inside it (to answer the next CVE) and whether it was built from the tagged source. An SBOM (CycloneDX, SPDX) per release answers the first; SLSA provenance signed by the build system answers the second. The EU Cyber Resilience Act and US federal buyers expect both.',
    assumption: 'The inputs set no SBOM or provenance requirement; an SBOM per release was assumed.',
    check: (d) =>
      d.choice === 'lockfiles-only'
        ? 'Every dependency change in the last release went through a reviewed lockfile diff.'
        : 'The last release carries an SBOM listing every shipped dependency with its version; a scan of it answers whether a new CVE affects the release.',
  },
  options: [
    {
      id: 'sbom-per-release',
      title: 'SBOM attached to every release',
      summary: 'CI generates a CycloneDX or SPDX SBOM (Syft, cdxgen) for each artefact and publishes it beside the release.',
      pros: ['Answers “are we affected?” for every new CVE', 'Cheap to add to an existing pipeline'],
      cons: ['Says what is inside, not how it was built', 'SBOM quality depends on the lockfiles'],
      costClass: 'free',
      complexity: 1,
      skills: ['CI pipelines'],
      leans: { compliance: 1, simplicity: 1 },
      fits: [
        {
          when: (c) => archetypeIs(c, 'self-hosted-distributable', 'library-or-cli'),
          weight: 2,
          because: 'operators and developers audit what they install',
        },
      ],
    },
    {
      id: 'slsa-provenance',
      title: 'SBOM plus signed SLSA provenance',
      summary:
        'The build system signs a SLSA provenance attestation (GitHub artifact attestations, slsa-github-generator) for each artefact, with the SBOM attached.',
      pros: ['Proves which source and workflow built the artefact', 'Meets SLSA level 2–3 and federal procurement asks'],
      cons: ['Consumers must verify the attestation to benefit', 'Hermetic builds for higher levels take work'],
      costClass: 'free',
      complexity: 2,
      skills: ['CI pipelines', 'attestations'],
      leans: { compliance: 2 },
      fits: [
        { when: (c) => c.v.anyCompliance(), weight: 3, because: 'the compliance regime asks for provenance of shipped software' },
        { when: shipsImages, weight: 1, because: 'images carry attestations beside them in the registry' },
      ],
    },
    {
      id: 'lockfiles-only',
      title: 'Lockfiles and dependency review only',
      summary: 'Committed lockfiles and dependency review on pull requests; no SBOM is published.',
      pros: ['Nothing to add to the release job', 'Dependency changes are still reviewed'],
      cons: ['Customers cannot check a release against a new CVE', 'No evidence of how the artefact was built'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, compliance: -2 },
      fits: [],
    },
  ],
});
