// The BMAD template's delivery fields: IaC tool, CI/CD platform, provider, deployment strategy and environments.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { stageId } from '../../../src/core/extract/delivery-fields.js';
import { fieldSlot } from '../../../src/core/extract/unknown-tech.js';
import { decideAll } from '../../../src/core/decide/decide.js';

const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Ledgerly Architecture\n\n${body}\n`);

const TEMPLATE = `## Tech Stack

### Cloud Infrastructure

- **Provider:** Quillcloud
- **Deployment Regions:** eu-central

## Infrastructure and Deployment

### Infrastructure as Code

- **Tool:** Terraspin 2.4
- **Location:** \`infra/\`

### Deployment Strategy

- **Strategy:** Blue-green behind the load balancer
- **CI/CD Platform:** Pipewright
- **Pipeline Configuration:** \`.pipewright/ci.yml\`

### Environments

- **Development:** Local development with seeded data
- **Staging:** Pre-production for acceptance
- **Production:** Live traffic`;

describe('template fields name their slot', () => {
  it.each([
    ['Provider', 'Cloud Infrastructure', 'hosting-platform'],
    ['CI/CD Platform', 'Deployment Strategy', 'ci-cd'],
    ['CI / CD', 'Anything', 'ci-cd'],
    ['Tool', 'Infrastructure as Code', 'iac'],
    ['Tool', 'Continuous Integration', 'ci-cd'],
    ['Tool', 'Testing', null],
    ['Location', 'Infrastructure as Code', null],
  ])('%s under %s', (label, section, slot) => {
    expect(fieldSlot(label, section)).toBe(slot);
  });

  it('names the catalogue lacks are carried with their slot', () => {
    const p = profileOf(arch(TEMPLATE));
    expect(p.unknownTechnologies.map((u) => [u.id, u.slot])).toEqual([
      ['pipewright', 'ci-cd'],
      ['quillcloud', 'hosting-platform'],
      ['terraspin', 'iac'],
    ]);
  });

  it('known names are committed in their category', () => {
    const known = TEMPLATE.replace('Quillcloud', 'AWS').replace('Terraspin 2.4', 'Pulumi 3.1').replace('Pipewright', 'GitHub Actions');
    const p = profileOf(arch(known));
    expect([ids(p.cloudProviders), ids(p.iacTools), ids(p.ciCd)]).toEqual([['aws'], ['pulumi'], ['github-actions']]);
    expect(p.unknownTechnologies).toEqual([]);
  });

  it('a field whose value is deferred is not carried', () => {
    const p = profileOf(arch('## Deployment Strategy\n\n- **CI/CD Platform:** Pipewright (post-MVP)\n'));
    expect(p.unknownTechnologies).toEqual([]);
  });
});

describe('environments', () => {
  it.each([
    ['dev', 'dev'],
    ['Development', 'dev'],
    ['Pre-production', 'staging'],
    ['Staging', 'staging'],
    ['Production', 'prod'],
    ['UAT', 'qa'],
    ['Review apps', 'preview'],
    ['Sandbox', null],
  ])('%s is %s', (name, id) => {
    expect(stageId(name)).toBe(id);
  });

  it('the Environments section lists them, in promotion order', () => {
    const p = profileOf(arch(TEMPLATE));
    expect(p.environments?.map((e) => e.id)).toEqual(['dev', 'staging', 'prod']);
    expect(p.environments?.[1].evidence[0].quote).toContain('Staging');
  });

  it('an environment table and a workflow job environment list them too', () => {
    const table = '## Environments\n\n| Environment | Purpose |\n| --- | --- |\n| QA | Manual testing |\n| Production | Live |\n';
    expect(profileOf(arch(table)).environments?.map((e) => e.id)).toEqual(['qa', 'prod']);
    const workflow =
      '## Pipeline\n\n```yaml\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment:\n      name: staging\n    steps:\n      - run: make deploy\n```\n';
    expect(profileOf(arch(workflow)).environments?.map((e) => e.id)).toEqual(['staging']);
  });

  it('environments under a future section are not listed', () => {
    expect(profileOf(arch('## Future Enhancements\n\n### Environments\n\n- **Staging:** later\n')).environments).toBeUndefined();
  });
});

describe('deployment strategy', () => {
  it.each([
    ['- **Strategy:** Blue-green behind the load balancer', 'blue-green'],
    ['- **Deployment Strategy:** Canary releases at 5 %', 'canary'],
    ['- **Strategy:** Rolling updates with health checks', 'rolling'],
    ['- **Strategy:** Rolling back is manual', null],
    ['- **Strategy:** Blue-green or canary, to be decided', null],
    ['- **Strategy:** Canary (post-MVP)', null],
    ['1. **Rollout:** rolling replacement of tasks with automatic rollback. Canary releases are a candidate for later.', 'rolling'],
    ['- **Release strategy:** Blue-green; rolling updates were rejected as too slow to reverse', 'blue-green'],
    ['- **Rollout:** canary or blue-green, whichever the platform supports', null],
  ])('%s', (line, value) => {
    expect(profileOf(arch(`## Deployment Strategy\n\n${line}\n`)).deploymentStrategy?.value ?? null).toBe(value);
  });

  it('the stated strategy and environment list are the decisions', () => {
    const decisions = decideAll(profileOf(arch(TEMPLATE)));
    const choice = (id: string) => decisions.find((d) => d.id === id);
    expect([choice('cicd.deployment-strategy')?.choice, choice('cicd.deployment-strategy')?.basis]).toEqual(['blue-green', 'committed']);
    expect([choice('environments.layout')?.choice, choice('environments.layout')?.basis]).toEqual(['dev-staging-prod', 'committed']);
    expect([choice('cicd.pipeline-platform')?.choice, choice('cicd.iac-tool')?.choice]).toEqual(['pipewright', 'terraspin']);
  });
});
