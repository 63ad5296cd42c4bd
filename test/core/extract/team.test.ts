// Team: size and skills from plain statements about the people building this system, and the skills they are said to lack.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Acme PRD\n\n${body}\n`);
const team = (body: string) => profileOf(prd(body)).team;

describe('team size', () => {
  it.each([
    ['- The product is built by a team of two.', 2],
    ['- One developer builds and runs everything.', 1],
    ['- Built and maintained by three engineers.', 3],
    ['- We have 4 developers and a designer.', 4],
    ['- Resource Requirements: solo developer, evenings only.', 1],
    ['- A five-person engineering team owns the service.', 5],
  ])('%s', (text, size) => {
    expect(team(text).size?.value).toBe(size);
  });

  it.each([
    ['- Deployment by a single operator finishes in under 15 minutes.'],
    ['- Local Docker Compose gives a single developer setup with hot reloading.'],
    ['- Onboarding a new developer takes one day.'],
  ])('not a team size: %s', (text) => {
    expect(team(text).size).toBeNull();
  });
});

describe('team skills', () => {
  it.each([
    ['- We have two backend engineers and one DevOps engineer.', ['backend', 'devops']],
    ['- The team has solid Terraform and AWS experience.', ['aws', 'terraform']],
    ['- Our developers are experienced with PostgreSQL.', ['postgresql']],
  ])('%s', (text, want) => {
    expect(ids(team(text).skills)).toEqual(want);
  });

  it.each([
    ['**As a** DevOps engineer,\nI want one-command deploys.'],
    ['- As a backend developer (Dana), I want typed clients.'],
    ['## Frontend Developer Standards\n\nUse strict mode.'],
    ['## User Journeys\n\n### Mira: the monthly report\n\nToday this needs a manual export from two data engineers.'],
    ['## Personas\n\n- Omar leads a team of four backend developers with deep Kafka experience.'],
  ])('a persona, a user journey or a standards heading is not a skill of the team: %s', (text) => {
    expect(team(text).skills).toEqual([]);
    expect(team(text).size).toBeNull();
  });
});

describe('skills the team lacks', () => {
  it.each([
    ['- There is no dedicated ops staff.', ['ops']],
    ['- No Kubernetes experience on the team.', ['kubernetes']],
    ['- The developers have no prior experience with Terraform or Ansible.', ['ansible', 'terraform']],
    ['- We lack DevOps engineers, so deploys must be push-button.', ['devops']],
    ['- Limited AWS experience; prefer a PaaS.', ['aws']],
  ])('%s', (text, want) => {
    const t = team(text);
    expect(ids(t.gaps ?? [])).toEqual(want);
    expect(t.skills).toEqual([]);
  });
});
