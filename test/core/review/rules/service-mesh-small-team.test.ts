// Table-driven cases for the service-mesh-small-team reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'service-mesh-small-team';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string?]>([
    [
      'Istio for a team of 3 with stated skills',
      { profile: { teamSize: 3, skills: ['kubernetes'], compute: ['istio'] } },
      'red',
      'smallTeamNoMeshSkills',
    ],
    ['Linkerd decided, team size unknown', { choices: { 'network.topology': 'linkerd' } }, 'yellow', 'teamUnknown'],
    [
      'Istio on GKE for a team of two, skills unstated',
      { profile: { teamSize: 2, compute: ['istio', 'gke'] }, model: { compute: [unit('api', 'gke')] } },
      'red',
      'smallTeam',
    ],
    [
      'Istio without a cluster for a team of four, skills unstated',
      { profile: { teamSize: 4, compute: ['istio'] } },
      'yellow',
      'smallTeam',
    ],
    [
      'Istio for a team of four that says it has no Kubernetes experience',
      { profile: { teamSize: 4, teamGaps: ['kubernetes'], compute: ['istio'] } },
      'red',
      'smallTeamNoMeshSkills',
    ],
    [
      'Linkerd for a team of unknown size that states it lacks Kubernetes experience',
      { profile: { teamGaps: ['kubernetes'] }, choices: { 'network.topology': 'linkerd' } },
      'red',
      'statedLackMesh',
    ],
    ['no mesh', { profile: { teamSize: 3 } }, 'none'],
    ['mesh with a team of 10', { profile: { teamSize: 10, compute: ['istio'] } }, 'none'],
    [
      'a product customers install, with a mesh in its chart: not this team’s to run',
      { profile: { archetype: 'self-hosted-distributable', teamSize: 2, compute: ['istio', 'kubernetes'] } },
      'none',
    ],
  ])('%s', (_name, c, level, messageId) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    if (messageId) expect(concerns.map((k) => k.messageId)).toEqual([messageId]);
    expectWellFormed(ID, concerns);
  });
});
