// Decision point (release): how shipped artefacts are signed so users and devices can check where they came from.
import { definePoint } from '../../define-point.js';
import { archetypeIs, mobileClient, packageRegistry, shipsImages } from '../../release-signals.js';

export default definePoint({
  meta: {
    id: 'security.artefact-signing',
    domain: 'security',
    scope: 'release',
    title: 'Artefact signing and notarisation',
    question: 'How is every shipped binary, package or image signed, and who checks the signature before it runs?',
    docs: 'Operating systems refuse or warn about unsigned apps (Gatekeeper, SmartScreen), devices must refuse tampered firmware, and operators need to know an image is the one the team built. The signing scheme decides where the key lives, what an attacker must steal, and whether a compromised release can be revoked.',
    assumption: 'The inputs set no signing scheme; the one the distribution channel expects was assumed.',
    check: (d) => `Verifying the last release (${d.choiceTitle}) succeeds, and a copy with one byte changed is refused before it runs.`,
    adr: true,
  },
  options: [
    {
      id: 'platform-code-signing',
      title: 'Platform code signing and notarisation',
      summary: 'Apple Developer ID signing with notarisation, Windows Authenticode, and store signing (Play App Signing) for each build.',
      tech: 'apple-notarization',
      pros: ['The OS opens the app without warnings', 'Stores and notarisation scan for known malware'],
      cons: ['Paid developer accounts and certificates that expire', 'Certificates must be kept off developer laptops'],
      costClass: 'low',
      complexity: 2,
      skills: ['code-signing certificates'],
      leans: { compliance: 1, simplicity: 1 },
      rejectIf: (c) =>
        archetypeIs(c, 'client-app') || mobileClient(c) ? null : 'only apps installed on user devices need OS code signing',
      fits: [{ when: (c) => archetypeIs(c, 'client-app'), weight: 4, because: 'the OS checks the signature of installed apps' }],
    },
    {
      id: 'sigstore-keyless',
      title: 'Sigstore keyless signing',
      summary:
        'CI signs images, binaries and packages with cosign using its OIDC identity; signatures go to the Rekor transparency log for anyone to verify.',
      tech: 'sigstore',
      pros: ['No private key to store or rotate', 'A public log shows every signature ever made'],
      cons: ['Verifiers must pin the expected CI identity', 'Offline verification needs the bundle shipped beside the artefact'],
      costClass: 'free',
      complexity: 2,
      skills: ['Sigstore/cosign'],
      leans: { compliance: 2, cost: 1 },
      fits: [
        { when: shipsImages, weight: 3, because: 'operators can verify images with cosign before running them' },
        { when: packageRegistry, weight: 2, because: 'registries accept Sigstore attestations with trusted publishing' },
      ],
    },
    {
      id: 'detached-signatures',
      title: 'Detached signatures and checksums',
      summary: 'Each release carries SHA-256 checksums and a detached GPG or minisign signature made with a key held by the release job.',
      pros: ['Works everywhere, including offline installs', 'Package repositories (apt, rpm) expect it'],
      cons: ['A long-lived key to protect and rotate', 'Few users actually check the signature'],
      costClass: 'free',
      complexity: 2,
      skills: ['GPG key management'],
      leans: { simplicity: 1, resilience: 1 },
      fits: [
        {
          when: (c) => archetypeIs(c, 'library-or-cli', 'self-hosted-distributable'),
          weight: 1,
          because: 'operators install from downloads they should verify',
        },
      ],
    },
    {
      id: 'verified-boot',
      title: 'Signed firmware with verified boot',
      summary:
        'Firmware and update images are signed with a key held in an HSM; the device’s boot chain refuses any image the key did not sign.',
      pros: ['A tampered or stolen image cannot run on the device', 'Required by device security rules (EN 18031, RED cybersecurity)'],
      cons: ['Key loss or a boot-chain bug can brick a fleet', 'Hardware support and provisioning at manufacture'],
      costClass: 'low',
      complexity: 4,
      skills: ['secure boot chains', 'hardware security modules'],
      leans: { compliance: 2, simplicity: -2 },
      rejectIf: (c) => (archetypeIs(c, 'embedded-device') ? null : 'only device firmware boots through a verified chain'),
      fits: [{ when: (c) => archetypeIs(c, 'embedded-device'), weight: 3, because: 'the product runs on devices in the field' }],
    },
  ],
});
