// Decision point: how developers run the system on their own machines.
import { definePoint } from '../../define-point.js';
import { inline, units } from '../../criteria.js';
import { runsFunctions, shipsContainers } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'environments.local-dev',
    domain: 'environments',
    scope: 'any',
    title: 'Local development environment',
    question: 'How does a developer get a working copy of the system and its dependencies?',
    docs: 'Onboarding time and "works on my machine" bugs come from here. Docker Compose reproduces databases, caches and queues in one command; dev containers also pin the toolchain; cloud development environments move it all off the laptop; a native toolchain is simplest when there is little to run besides the code.',
    assumption: 'The inputs do not describe local development; Docker Compose for dependencies was assumed.',
    check: (d, m) => `A new developer runs ${units(m)} locally with ${inline(d.choiceTitle)} from the README in under an hour.`,
  },
  options: [
    {
      id: 'docker-compose',
      title: 'Docker Compose for dependencies',
      summary:
        'A compose file starts the databases, caches, queues and emulators; the application runs natively or in a container beside them.',
      pros: [
        'One command gives every developer the same dependencies and versions',
        'Mirrors production images when the system ships containers',
      ],
      cons: ['Heavy on laptops with many services', 'Managed-service behaviour (IAM, queues) is only approximated'],
      costClass: 'free',
      complexity: 2,
      skills: ['Docker'],
      leans: { speed: 1, simplicity: 1 },
      fits: [
        { when: shipsContainers, weight: 3, because: 'the system already ships as containers' },
        {
          when: (c) => (c.v.ids('dataStores').length >= 2 ? c.v.profile.dataStores.flatMap((f) => f.evidence.slice(0, 1)) : null),
          weight: 2,
          because: 'several data stores must run locally',
        },
      ],
    },
    {
      id: 'dev-containers',
      title: 'Dev containers',
      summary: 'The whole toolchain (language runtimes, CLIs, linters) defined in a devcontainer.json that editors open directly.',
      pros: ['Onboarding in minutes with identical toolchains', 'Same definition works in Codespaces later'],
      cons: ['Slower file I/O on some hosts', 'Editor support varies beyond VS Code and JetBrains'],
      costClass: 'free',
      complexity: 2,
      skills: ['Docker', 'devcontainer spec'],
      leans: { speed: 1 },
      fits: [
        { when: (c) => c.v.teamAtLeast(6), weight: 2, because: 'a larger team pays for toolchain drift' },
        {
          when: (c) => (c.v.ids('languages').length >= 2 ? c.v.profile.languages.flatMap((f) => f.evidence.slice(0, 1)) : null),
          weight: 1,
          because: 'several language toolchains to keep consistent',
        },
      ],
    },
    {
      id: 'cloud-dev-environments',
      title: 'Cloud development environments',
      summary: 'Per-developer workspaces in GitHub Codespaces, Gitpod or similar, started from the repository.',
      pros: ['Source code and data stay off laptops', 'Powerful machines on demand'],
      cons: ['Per-hour cost per developer', 'Needs a network connection to work at all'],
      costClass: 'medium',
      complexity: 2,
      skills: [],
      leans: { compliance: 1, cost: -1 },
      fits: [
        { when: (c) => c.v.regulated() && c.v.teamAtLeast(6), weight: 3, because: 'regulated code and data are safer kept off laptops' },
      ],
    },
    {
      id: 'native-toolchain',
      title: 'Native toolchain',
      summary: 'Developers install the language runtime and platform CLIs directly (e.g. Xcode, Supabase or Wrangler CLI emulators).',
      pros: ['Fastest edit-run loop', 'Required for Apple platforms (Xcode on macOS)'],
      cons: ['Version drift between machines', 'Longer onboarding'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, speed: 1 },
      fits: [
        { when: (c) => c.v.committed('swift'), weight: 5, because: 'Apple-platform apps build with Xcode on macOS' },
        {
          when: (c) => (shipsContainers(c) ? null : runsFunctions(c)),
          weight: 2,
          because: 'functions and platform CLIs emulate the runtime locally',
        },
        { when: (c) => c.v.teamAtMost(2), weight: 1, because: 'one or two developers keep their toolchains in step easily' },
      ],
    },
  ],
});
