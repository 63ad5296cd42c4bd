// Decision point (release): which platforms and architectures each release is built for, and on what machines.
import { definePoint } from '../../define-point.js';
import { archetypeIs, mobileClient, shipsImages } from '../../release-signals.js';

export default definePoint({
  meta: {
    id: 'cicd.build-matrix',
    domain: 'cicd',
    scope: 'release',
    title: 'Build matrix',
    question: 'Which operating systems, architectures and versions does each release build and test for, and on which runners?',
    docs: 'A shipped product runs on machines the team does not control, so every supported target is built and tested before a release: each OS, CPU architecture and runtime version users have. Missing one means the first report of a broken build comes from a user. The matrix also decides the runner bill: macOS and ARM minutes cost several times Linux ones.',
    assumption: 'The inputs name no supported targets; a matrix of the targets the stack implies was assumed.',
    check: (d) => `A release tag builds and tests every supported target (${d.choiceTitle}); a target that fails blocks the release.`,
  },
  options: [
    {
      id: 'hosted-runner-matrix',
      title: 'Matrix on hosted CI runners',
      summary:
        'One CI job per target (Linux, macOS, Windows; x64 and arm64) on the CI platform’s hosted runners, every change and every tag.',
      pros: ['Each target is built natively and its tests run there', 'No build machines to own'],
      cons: ['macOS and Windows minutes cost more than Linux ones', 'Hardware-specific targets (devices, GPUs) are not covered'],
      costClass: 'low',
      complexity: 2,
      skills: ['CI pipelines'],
      leans: { simplicity: 1, speed: 1 },
      fits: [
        { when: (c) => archetypeIs(c, 'library-or-cli', 'client-app'), weight: 2, because: 'users run it on several operating systems' },
      ],
      attrs: { hosting: 'saas' },
    },
    {
      id: 'vendor-build-service',
      title: 'Platform vendor build service',
      summary:
        'The mobile platform’s own build service (Xcode Cloud, Expo EAS Build, Codemagic) builds, signs and uploads each store build.',
      tech: 'xcode-cloud',
      alsoMatches: ['expo-eas'],
      pros: ['Signing identities and store upload handled by the service', 'No macOS machines to own for iOS builds'],
      cons: ['Tied to one platform vendor', 'Build minutes are metered per plan'],
      costClass: 'low',
      complexity: 1,
      skills: ['the vendor’s build configuration'],
      leans: { simplicity: 2, speed: 1 },
      rejectIf: (c) => (mobileClient(c) ? null : 'the product is not a mobile or Apple-platform app'),
      fits: [{ when: mobileClient, weight: 4, because: 'the product is a mobile or Apple-platform app' }],
      attrs: { hosting: 'saas' },
    },
    {
      id: 'cross-build-multiarch',
      title: 'Cross-compiled multi-architecture builds',
      summary:
        'Cross-compilation or emulated builds (Docker Buildx with QEMU, a cross toolchain, Yocto or Buildroot) produce every CPU architecture from one runner.',
      pros: ['Covers ARM boards, ppc64le and s390x without owning them', 'One pipeline emits every image or binary'],
      cons: ['Emulated builds are slow', 'Tests still need the real hardware or an emulator to be trusted'],
      costClass: 'low',
      complexity: 3,
      skills: ['cross toolchains or Docker Buildx'],
      leans: { resilience: 1 },
      fits: [
        {
          when: (c) => archetypeIs(c, 'embedded-device'),
          weight: 4,
          because: 'the product runs on device hardware, not the build machine',
        },
        { when: shipsImages, weight: 3, because: 'operators pull container images on their own CPU architectures' },
      ],
    },
    {
      id: 'hardware-in-the-loop',
      title: 'Hardware-in-the-loop runners',
      summary: 'Self-hosted runners wired to the real devices run the release build and its tests on the hardware before a version ships.',
      pros: ['Catches driver, timing and power faults emulators miss', 'Release tests run on what users fly or install'],
      cons: ['The team owns the runners and the device rack', 'Runners with device access must be isolated from untrusted code'],
      costClass: 'medium',
      complexity: 4,
      skills: ['self-hosted CI runners', 'device provisioning'],
      leans: { resilience: 2, simplicity: -2 },
      rejectIf: (c) => (archetypeIs(c, 'embedded-device') ? null : 'only a device product needs hardware in the loop'),
      fits: [],
      attrs: { hosting: 'self-hosted' },
    },
  ],
});
