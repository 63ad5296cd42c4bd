// Feasibility review: the DevOps/platform review, its concerns and how they were resolved.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, together, words } from '../detectors.js';

export const feasibilityItems = [
  item({
    id: 'ckl-feas-review-recorded',
    area: 'feasibility',
    title: 'Feasibility review recorded',
    description: 'The document records an implementation feasibility review by DevOps/platform engineering.',
    severity: 'warning',
    detects: 'a feasibility / operational / platform review heading, or the words feasibility review / assessment',
    detect: anyOf(
      heading(
        words(
          'feasibility',
          '(?:devops|platform|operational|operations|implementation) (?:review|assessment)',
          'review (?:findings|outcomes?)',
        ),
      ),
      mentions(words('feasibility(?: review| assessment| analysis| check)?', '(?:devops|platform) (?:review|feedback|sign-?off)')),
    ),
    docs: {
      why: 'A design the operators cannot run is not finished; the review catches this before build.',
      fix: 'Add a section summarising the platform team review: what was checked, concerns raised and their status.',
    },
  }),
  item({
    id: 'ckl-feas-operational-complexity',
    area: 'feasibility',
    title: 'Operational complexity weighed',
    description: 'Operational complexity or overhead of the design is assessed against the team.',
    severity: 'info',
    detects: 'operational complexity/overhead/burden, maintenance burden, toil, learning curve, team expertise or skills',
    detect: mentions(
      words(
        'operational (?:complexity|overhead|burden|load|simplicity|excellence)',
        'ops (?:burden|overhead|load)',
        'maintenance (?:burden|overhead)',
        'toil',
        'learning curve',
        '(?:team|in-house) (?:expertise|skills?|experience|capacity)',
        'complexity',
        'simplicity',
        'keep it simple',
        'minimal ops',
      ),
    ),
    docs: {
      why: "Complexity beyond the team's experience shows up as incidents and slow delivery.",
      fix: 'Assess each major choice for the operational work it creates and whether the team can carry it.',
    },
  }),
  item({
    id: 'ckl-feas-resource-constraints',
    area: 'feasibility',
    title: 'Resource constraints checked',
    description: 'Budget, team size and timeline are compared with what the design needs.',
    severity: 'info',
    detects: 'budget, team size, headcount, staffing, timeline, resource constraints',
    detect: mentions(
      words(
        'budget\\w*',
        'team size',
        'headcount',
        'staffing',
        'resources? constraints?',
        'resourc(?:e|ing) (?:limits?|availability)',
        'timeline',
        'small team',
        'solo developer',
        '\\d+ (?:engineers?|developers?|people)',
        'FTEs?',
      ),
    ),
    docs: {
      why: 'A plan that needs more people or money than exist will be cut in ways nobody designed.',
      fix: 'State the team and budget assumed, and where the design is sized to fit them.',
    },
  }),
  item({
    id: 'ckl-feas-risks-mitigated',
    area: 'feasibility',
    title: 'Risks with mitigations',
    description: 'Risks or concerns are listed together with mitigations or accepted-risk justifications.',
    severity: 'warning',
    detects: 'risk or concern next to mitigation/mitigate/accepted risk/contingency, or a risk table with a mitigation column',
    detect: anyOf(
      together(
        words('risks?', 'concerns?', 'threats?'),
        words('mitigat\\w*', 'accepted risk', 'risk acceptance', 'contingenc\\w*', 'addressed by', 'resolved'),
      ),
      mentions(words('mitigations?', 'mitigat(?:ed|es|ing)')),
    ),
    docs: {
      why: 'Listing risks without responses only documents future incidents.',
      fix: 'For each risk give likelihood, impact and the mitigation or the reason it is accepted.',
    },
  }),
];
