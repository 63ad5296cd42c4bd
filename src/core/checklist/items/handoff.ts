// Implementation handoff and ADRs: decision records, versions, constraints and validation criteria.
import { item } from '../checklist-item.js';
import { anyOf, heading, mentions, tableColumn, words } from '../detectors.js';

export const handoffItems = [
  item({
    id: 'ckl-adr-present',
    area: 'handoff',
    title: 'Architecture decision records',
    description: 'Key infrastructure decisions are recorded as ADRs (inline or linked).',
    severity: 'warning',
    detects: 'ADR-NNN references or headings, "architecture decision record(s)", links into an adr/ folder, or a decision log',
    detect: anyOf(
      mentions(/\bADR[- ]?\d+\b/i, words('architecture decision records?', 'ADRs', 'decision (?:log|records?)'), /\badr\/\d+/i),
      heading(words('decisions?', 'ADRs?')),
    ),
    docs: {
      why: 'ADRs keep the reasons for decisions after the people who made them move on.',
      fix: 'Write one ADR per key decision (platform, compute, data, IaC, CI/CD, DR) and list them in an index here.',
    },
  }),
  item({
    id: 'ckl-adr-structure',
    area: 'handoff',
    title: 'Decisions with context and consequences',
    description: 'Decisions state their context, the options considered and the consequences.',
    severity: 'info',
    detects: 'Context and Consequences (or Status/Decision/Alternatives) labels, as headings, bold labels or table columns',
    detect: anyOf(
      mentions(/\bconsequences?\b/i, /\b(?:options|alternatives) considered\b/i, /\bdecision drivers?\b/i),
      tableColumn(words('consequences?', 'alternatives?', 'rationale')),
    ),
    docs: {
      why: 'A decision without its context and consequences cannot be revisited sensibly.',
      fix: 'Use the MADR shape: context, decision drivers, options, outcome, consequences.',
    },
  }),
  item({
    id: 'ckl-handoff-specs',
    area: 'handoff',
    title: 'Implementation handoff',
    description: 'Clear implementation guidance for the DevOps/platform team is given (handoff section, implementation plan or steps).',
    severity: 'warning',
    detects: 'handoff / implementation (plan, guide, steps, phases, roadmap, specification) headings or wording, setup commands',
    detect: anyOf(
      heading(words('hand-?off', 'implementation(?: \\w+)?', 'getting started', 'setup', 'next steps', 'project initiali[sz]ation')),
      mentions(
        words('hand-?off', 'implementation (?:plan|guide|guidance|steps|phases|roadmap|specifications?|checklist|order)', 'next steps'),
      ),
    ),
    docs: {
      why: 'Implementers need an ordered, concrete starting point, not only a target picture.',
      fix: 'Add an implementation handoff: order of work, owners, prerequisites and what "done" means.',
    },
  }),
  item({
    id: 'ckl-handoff-versions',
    area: 'handoff',
    title: 'Versions where they matter',
    description: 'Technology versions are pinned where compatibility depends on them (runtimes, engines, IaC).',
    severity: 'warning',
    detects: 'a version column, or a product name followed by a version number (Node.js 20, PostgreSQL 16, CDK v2, Terraform 1.6)',
    detect: anyOf(
      tableColumn(words('versions?')),
      mentions(
        /\b(?:Node(?:\.js)?|Python|Java|Go|PostgreSQL|Postgres|MySQL|Redis|Terraform|CDK|Kubernetes|Next\.js|React|Django|Rails|\.NET|Ubuntu|Debian|Alpine|TypeScript|Angular|Vue|Spring Boot|PHP|Ruby|OpenTofu|Pulumi|Helm|Docker)\s*(?:v(?:ersion)?\s?)?\d+(?:\.\d+|\.x)*\b/i,
        /\bv\d+\.\d+(?:\.\d+)?\b/,
        words('versions? (?:pinned|pinning|requirements?)', 'pinned versions?', 'LTS'),
      ),
    ),
    docs: {
      why: 'Unpinned runtimes and engines drift between environments and break at upgrade time.',
      fix: 'State the versions that matter (runtime, database engine, IaC tool) and the upgrade policy.',
    },
  }),
  item({
    id: 'ckl-handoff-constraints',
    area: 'handoff',
    title: 'Non-negotiable requirements',
    description: 'Architectural constraints and patterns implementers must follow are spelled out.',
    severity: 'info',
    detects: 'non-negotiable, mandatory, must (not) use/be, guardrails, required patterns, consistency rules, conventions',
    detect: mentions(
      words(
        'non-negotiable',
        'mandatory',
        'must (?:not )?(?:use|be|have|follow|run|go|pass|include)',
        'guardrails?',
        'required patterns?',
        '(?:architectural )?constraints?',
        'consistency rules?',
        '(?:naming )?conventions?',
        'standards?',
        'rules?',
      ),
    ),
    docs: {
      why: 'Implementers make many small choices; stated rules keep them consistent with the architecture.',
      fix: 'List the rules implementers must follow (naming, tagging, encryption, network placement, approved services).',
    },
  }),
  item({
    id: 'ckl-handoff-validation-criteria',
    area: 'handoff',
    title: 'Implementation validation criteria',
    description: 'How the implementation is verified against the architecture is stated (acceptance criteria, checks, tests).',
    severity: 'info',
    detects: 'acceptance/validation/success criteria, definition of done, verification steps, checklists, validation procedures',
    detect: mentions(
      words(
        '(?:acceptance|validation|success|exit|completion) criteria',
        'definition of done',
        'verif(?:y|ication)(?: steps| procedures?)?',
        'validation (?:procedures?|steps|checks?)',
        'checklists?',
        'smoke tests?',
        'post-deploy(?:ment)? (?:checks?|validation|tests?)',
      ),
    ),
    docs: {
      why: 'Without criteria, "implemented" means whatever the implementer decided.',
      fix: 'State how each part is verified (tests, checks, metrics) before it is considered done.',
    },
  }),
];
