// Cross-team collaboration: ownership, handoffs, shared responsibility and change management.
import { item } from '../checklist-item.js';
import { anyOf, mentions, tableColumn, words } from '../detectors.js';

export const collaborationItems = [
  item({
    id: 'ckl-collab-ownership',
    area: 'collaboration',
    title: 'Component ownership',
    description: 'Each component or operational duty has a named owner (team or role).',
    severity: 'warning',
    detects: 'an owner/responsible/accountable table column, or owned by, owner, ownership, RACI, responsible for',
    detect: anyOf(
      tableColumn(words('owners?', 'ownership', 'responsib\\w*', 'accountable', 'team', 'RACI', 'who')),
      mentions(words('owned by', 'owners?', 'ownership', 'RACI', 'responsible (?:for|team|party)', 'accountable', 'responsibilit(?:y|ies)', 'maintained by', 'operated by', 'managed by (?:the )?(?:\\w+ )?team')),
    ),
    docs: {
      why: 'Components without an owner are the ones that go unpatched and unmonitored.',
      fix: 'Add an ownership table: component, owning team or role, on-call, escalation.',
    },
  }),
  item({
    id: 'ckl-collab-handoffs',
    area: 'collaboration',
    title: 'Team touchpoints and handoffs',
    description: 'How platform and development teams work together (touchpoints, requests, reviews, communication) is described.',
    severity: 'warning',
    detects: 'handoff, touchpoints, collaboration, interface between teams, developer self-service, communication channels, review process',
    detect: mentions(words('hand-?offs?', 'hand off', 'touchpoints?', 'collaborat\\w*', 'cross-team', 'self-service', 'developer experience', 'communication (?:channels?|plan)', 'Slack', 'Teams channel', 'working agreements?', 'platform team', 'DevOps team', 'development teams?', 'dev team')),
    docs: {
      why: 'Infrastructure is built by one group and used by others; unclear interfaces cause delays and workarounds.',
      fix: 'Describe how developers request, change and get support for infrastructure, and the review points between teams.',
    },
  }),
  item({
    id: 'ckl-collab-shared-responsibility',
    area: 'collaboration',
    title: 'Shared responsibility',
    description: 'What the provider operates and what the team operates is spelled out.',
    severity: 'info',
    detects: 'shared responsibility, provider-managed vs team-managed, "managed by the platform", customer responsibility',
    detect: mentions(words('shared responsibility', 'provider[- ]managed', '(?:platform|provider|vendor|AWS|Azure|Google|Vercel|Supabase|Railway)[- ]managed', 'managed by (?:the )?(?:platform|provider|vendor|AWS|Azure|Google|Vercel|Supabase|Railway)', 'customer responsibilit\\w*', '(?:our|team) responsibilit\\w*', 'we (?:manage|operate|are responsible)')),
    docs: {
      why: 'Assuming the provider handles something it does not (backups, patching, key rotation) is a classic gap.',
      fix: 'Tabulate duties (patching, backups, scaling, security config) as provider or team responsibility.',
    },
  }),
  item({
    id: 'ckl-collab-change-management',
    area: 'collaboration',
    title: 'Change management',
    description: 'How infrastructure changes are proposed, reviewed and approved is described.',
    severity: 'warning',
    detects: 'change management/requests/control, pull requests, code review, peer review, approval process, CAB',
    detect: mentions(words('change (?:management|requests?|control|process|advisory board|review|approval)', 'CAB', 'pull requests?', 'PRs?', 'merge requests?', 'code reviews?', 'peer review\\w*', 'review(?:ed)? (?:and approved|by)', 'approval (?:process|workflow)', 'four-eyes', 'CODEOWNERS', 'change ?sets?', '(?:pre)?view(?:s|ed|ing)? (?:all |the |infrastructure )*(?:changes|modifications|diffs?)', 'cdk diff', 'terraform plan', 'plan output')),
    docs: {
      why: 'Unreviewed infrastructure changes are a leading cause of outages.',
      fix: 'Describe the review path for infrastructure changes (pull request, plan output, approver) and emergency changes.',
    },
  }),
];
