// Table-driven cases for the k8s-small-team reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'k8s-small-team';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string?]>([
    [
      'EKS, team of 2 with cloud skills but no Kubernetes',
      { profile: { teamSize: 2, skills: ['aws'], compute: ['eks'] }, model: { compute: [unit('api', 'eks')] } },
      'red',
      'skillsLackKubernetes',
    ],
    [
      'GKE for a team of two, skills unstated',
      { profile: { teamSize: 2, compute: ['gke'] }, model: { compute: [unit('api', 'gke')] } },
      'red',
      'noStatedExperience',
    ],
    [
      'Kubernetes, team of 3, skills unknown',
      { profile: { teamSize: 3, compute: ['kubernetes'] }, model: { compute: [unit('api', 'kubernetes')] } },
      'yellow',
      'noStatedExperience',
    ],
    [
      'Kubernetes, team of 3 that says it has no Kubernetes experience',
      { profile: { teamSize: 3, teamGaps: ['kubernetes'], compute: ['kubernetes'] }, model: { compute: [unit('api', 'kubernetes')] } },
      'red',
      'skillsLackKubernetes',
    ],
    [
      'GKE committed by the inputs, team size unknown',
      {
        profile: { compute: ['gke'] },
        choices: { 'compute.runtime': 'gke' },
        model: { platform: { primary: 'gcp', providers: ['gcp'] } },
      },
      'yellow',
      'teamUnknown',
    ],
    [
      'GKE the tool picked itself (the inputs commit to no orchestrator): the rule needs a committed one',
      { profile: { teamSize: 2 }, choices: { 'compute.runtime': 'gke' }, model: { compute: [unit('api', 'gke')] } },
      'none',
    ],
    [
      'EKS only mentioned as a later option beside a committed ECS, team of two',
      {
        profile: { teamSize: 2, compute: ['ecs'] },
        decorate: (p) => p.mentions.push({ id: 'eks', category: 'compute', reason: 'future', evidence: [] }),
        model: { compute: [unit('api', 'ecs'), unit('jobs', 'eks')] },
      },
      'none',
    ],
    [
      'a Helm chart for customers’ clusters, no backend the team runs',
      {
        profile: { archetype: 'self-hosted-distributable', teamSize: 2, compute: ['kubernetes'] },
        model: { compute: [unit('api', 'kubernetes')] },
      },
      'none',
    ],
    [
      'team of 2 that knows Kubernetes',
      { profile: { teamSize: 2, skills: ['kubernetes'], compute: ['eks'] }, model: { compute: [unit('api', 'eks')] } },
      'none',
    ],
    ['no Kubernetes at all', { profile: { teamSize: 2 }, model: { compute: [unit('api', 'ecs')] } }, 'none'],
    ['team of 12', { profile: { teamSize: 12, compute: ['eks'] }, model: { compute: [unit('api', 'eks')] } }, 'none'],
    [
      'GKE for a team of unknown size that states it has no Kubernetes experience',
      { profile: { teamGaps: ['kubernetes'], compute: ['gke'] }, model: { compute: [unit('api', 'gke')] } },
      'red',
      'statedLackKubernetes',
    ],
    [
      'EKS for a team of five that says it has no Kubernetes experience',
      { profile: { teamSize: 5, teamGaps: ['kubernetes'], compute: ['eks'] }, model: { compute: [unit('api', 'eks')] } },
      'red',
      'skillsLackKubernetes',
    ],
    [
      'EKS for a team of five whose listed skills leave Kubernetes out',
      { profile: { teamSize: 5, skills: ['aws', 'terraform'], compute: ['eks'] }, model: { compute: [unit('api', 'eks')] } },
      'yellow',
      'skillsLackKubernetes',
    ],
    [
      'EKS for a team of twelve without Kubernetes experience: they can hire or train',
      { profile: { teamSize: 12, teamGaps: ['kubernetes'], compute: ['eks'] }, model: { compute: [unit('api', 'eks')] } },
      'yellow',
      'skillsLackKubernetes',
    ],
  ])('%s', (_name, c, level, messageId) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    if (messageId) expect(concerns.map((k) => k.messageId)).toEqual([messageId]);
    expectWellFormed(ID, concerns);
  });
});
