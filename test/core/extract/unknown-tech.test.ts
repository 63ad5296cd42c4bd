import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';

const stack = (rows: string) =>
  doc('docs/tech-stack.md', 'tech-stack', `# Tech Stack\n\n| Category | Technology | Purpose |\n| --- | --- | --- |\n${rows}\n`);

describe('technologies the catalogue lacks', () => {
  it.each([
    ['a hosting platform', '| Hosting | Quokka Deploy | Runs the API |', [['quokka-deploy', 'hosting-platform']]],
    ['a database with a version', '| Database | Zephyr DB 4.2 | Records |', [['zephyr-db', 'database']]],
    ['a closing bracket is dropped', '| Queue | Quillmq (managed, EU) | Jobs |', [['quillmq', 'queue']]],
    ['a bracket then a version', '| Search | Zephyr Find v3.1 (hosted) | Search |', [['zephyr-find', 'search']]],
    ['a CI/CD slot with spaces around the slash', '| CI / CD | Quokka Pipes | Builds |', [['quokka-pipes', 'ci-cd']]],
    ['a known technology is not unknown', '| Database | PostgreSQL | Records |', []],
    ['a description is not a name', '| Cache | In-Memory Cache | Sessions |', []],
    ['a future row is not carried', '| Search | Mistral Search (future) | Later |', []],
    // "Platform" alone, or a hosting kind of platform, is the hosting slot; another concern's platform is not.
    ['a bare platform row', '| Platform | Quokka Deploy | Runs the API |', [['quokka-deploy', 'hosting-platform']]],
    ['a deployment platform row', '| Deployment Platform | Quokka Deploy | Runs the API |', [['quokka-deploy', 'hosting-platform']]],
    ['an operating system target', '| Target Platform | Zephyr OS 11 | Desktop |', []],
    ['an analytics product', '| Analytics Platform | Quokka Insight | Usage |', []],
  ])('%s', (_name, rows, want) => {
    expect(profileOf(stack(rows)).unknownTechnologies.map((u) => [u.id, u.slot])).toEqual(want);
  });
});

describe('names the catalogue knows without an alias', () => {
  it('are not unknown technologies', () => {
    const profile = profileOf(stack('| Runtime | Node.js | API |\n| Registry | Amazon ECR | Images |\n| Hosting | Quokkacloud | Web |'));
    expect(profile.unknownTechnologies.map((u) => u.id)).toEqual(['quokkacloud']);
  });
});
