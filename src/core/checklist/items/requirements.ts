// Requirements: NFRs, availability targets, traceability to the PRD and its technical assumptions.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, words } from '../detectors.js';

export const requirementsItems = [
  item({
    id: 'ckl-req-nfrs',
    area: 'requirements',
    title: 'Non-functional requirements captured',
    description: 'Performance, availability, scalability and security requirements the infrastructure must meet are stated.',
    severity: 'warning',
    detects: 'non-functional requirements / NFRs, or quantified latency, throughput or response-time targets',
    detect: anyOf(
      mentions(
        words(
          'non-?functional(?: requirements?)?',
          'NFRs?\\d*',
          'NFR-?\\d+',
          'quality attributes?',
          'performance (?:requirements?|targets?|goals?|budgets?)',
        ),
        /(?:<|≤|under|below|within)\s*\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|seconds?)\b/i,
        /\b(?:p9[59]|p50|latency|response times?)\b.*(?<!\d)\d+\s*(?:ms|s)\b/i,
      ),
      heading(words('requirements', 'NFRs?', 'performance')),
    ),
    docs: {
      why: 'Infrastructure exists to meet non-functional requirements; without them sizing and redundancy are arbitrary.',
      fix: 'Summarise the NFRs from the PRD (latency, availability, scale, security) with their figures.',
    },
  }),
  item({
    id: 'ckl-req-availability-target',
    area: 'requirements',
    title: 'Availability target',
    description: 'An availability target or SLA/SLO is stated (for example 99.9 %).',
    severity: 'warning',
    detects: 'a percentage like 99.9 %, SLA, SLO, SLI, uptime target, error budget',
    detect: mentions(
      /\b9\d(?:\.\d+)?\s?%/,
      words(
        'SLAs?',
        'SLOs?',
        'SLIs?',
        'service level (?:agreements?|objectives?)',
        'uptime (?:target|goal|requirement|guarantee)',
        'availability (?:target|goal|requirement|objective)',
        'error budgets?',
      ),
    ),
    docs: {
      why: 'The availability target decides redundancy, deployment strategy and on-call needs.',
      fix: 'State the target (for example 99.9 % monthly) and what counts as unavailable.',
    },
  }),
  item({
    id: 'ckl-req-traceability',
    area: 'requirements',
    title: 'Traceability to requirements',
    description: 'Infrastructure decisions refer back to requirement ids or PRD sections.',
    severity: 'warning',
    detects: 'requirement ids (FR1, NFR-3, FR-12), PRD references, traceability/mapping tables',
    detect: mentions(
      /\b(?:N?FR|REQ|US|Story)[- ]?\d+(?:\.\d+)?\b/,
      words(
        'PRD',
        'product requirements?',
        'traceab\\w*',
        'requirements? (?:mapping|matrix|to infrastructure)',
        'maps? to (?:requirements?|FRs?|NFRs?)',
        'Epic \\d+',
      ),
    ),
    docs: {
      why: 'Traceability shows that every requirement is covered and that no infrastructure exists without a reason.',
      fix: 'Add a table mapping requirement ids to the decisions and components that satisfy them.',
    },
  }),
  item({
    id: 'ckl-req-technical-assumptions',
    area: 'requirements',
    title: 'PRD technical assumptions cross-referenced',
    description: 'The repository strategy and service architecture from the PRD technical assumptions are reflected.',
    severity: 'info',
    detects: 'technical assumptions, monorepo/polyrepo, repository structure, monolith/microservices/serverless style',
    detect: mentions(
      words(
        'technical assumptions?',
        'assumptions?',
        'mono-?repo',
        'poly-?repo',
        'multi-?repo',
        'repository (?:strategy|structure|layout)',
        'monolith(?:ic)?',
        'modular monolith',
        'micro-?services?',
        'service architecture',
        'event-driven',
        'serverless architecture',
      ),
    ),
    docs: {
      why: 'Repository and service style decide pipeline layout and deployment units; the infrastructure must match them.',
      fix: 'Quote the PRD technical assumptions and show how the infrastructure follows them.',
    },
  }),
  item({
    id: 'ckl-req-constraints',
    area: 'requirements',
    title: 'Constraints stated',
    description: 'Constraints the design must respect (budget, team, mandated or forbidden technologies, regulation) are listed.',
    severity: 'info',
    detects: 'constraints, limitations, mandated/required/prohibited technologies, must/must not statements',
    detect: mentions(
      words(
        'constraints?',
        'constrained',
        'mandat(?:ed|ory)',
        'prohibit\\w*',
        'forbidden',
        'must not',
        'non-negotiable',
        'required to use',
        'limited (?:budget|team)',
        'budget (?:constraint|limit|cap)',
      ),
    ),
    docs: {
      why: 'Decisions that break an unstated constraint get reverted late and expensively.',
      fix: 'List the constraints from the inputs and guidelines, each with its source.',
    },
  }),
];
