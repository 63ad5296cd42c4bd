// `create --mode yolo` over the whole corpus: exit 0, every section, six parsed diagrams, complete ADRs, same bytes, no contradiction of labels.
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCreateYolo } from '../../src/app/create-yolo.js';
import { buildArchitecture } from '../../src/core/pipeline/build-architecture.js';
import { readProject } from '../../src/io/read-project.js';
import { parseAll } from '../../src/io/mermaid/load-mermaid.js';
import { CORPUS, PROJECTS, readLabels } from './corpus.js';
import { settle } from './expected-failures.js';

const SECTIONS = [
  /^## Overview$/m,
  /^## Infrastructure Requirements$/m,
  /^### Cross-reference with PRD Technical Assumptions$/m,
  /^## Cloud Strategy & Platform Selection$/m,
  /^## Network Architecture$/m,
  /^## Compute Architecture$/m,
  /^## Data Architecture & Storage$/m,
  /^## Security Architecture$/m,
  /^## Observability$/m,
  /^## CI\/CD & Infrastructure as Code$/m,
  /^## Disaster Recovery$/m,
  /^## Cost Optimisation$/m,
  /^## Environment Strategy$/m,
  /^## Implementation Feasibility Review$/m,
  /^## Architecture Diagrams$/m,
  /^## Implementation Handoff$/m,
  /^### Non-negotiable constraints$/m,
  /^### Technology selections$/m,
  /^### Patterns to follow$/m,
  /^### Implementation validation criteria$/m,
  /^### Architecture decision records$/m,
  /^## BMAD Integration Architecture$/m,
  /^## Infrastructure Evolution$/m,
  /^## Cross-team Collaboration$/m,
  /^## Final Review$/m,
  /^## Requirements Traceability$/m,
  /^## Assumptions and Open Questions$/m,
];
const MADR = [
  /^---\nstatus: (accepted|proposed)\ndate: \d{4}-\d{2}-\d{2}\n/,
  /^## Context and Problem Statement$/m,
  /^## Decision Drivers$/m,
  /^## Considered Options$/m,
  /^## Decision Outcome$/m,
  /^### Consequences$/m,
  /^### Confirmation$/m,
  /^## Pros and Cons of the Options$/m,
  /\]\(\.\.\/[^)]*#L\d+\)/,
];
const ADR_CATEGORIES = ['cloud.primary-platform', 'compute.runtime', 'network.', 'data.', 'security.', 'cicd.', 'dr.', 'cost.'];

const projects = PROJECTS;

describe.skipIf(!CORPUS)('create --mode yolo over the corpus', () => {
  const cache = mkdtempSync(join(tmpdir(), 'ia-proofs-'));
  for (const slug of projects) {
    it(
      slug,
      async () => {
        const root = mkdtempSync(join(tmpdir(), 'ia-corpus-'));
        cpSync(join(CORPUS!, slug, 'docs'), join(root, 'docs'), { recursive: true });
        const r = await runCreateYolo(root, { date: '2026-01-15', proofCache: cache });
        expect(r.exitCode, r.stderr).toBe(0);
        const doc = readFileSync(join(root, 'docs/infrastructure-architecture.md'), 'utf8');
        for (const s of SECTIONS) expect.soft(doc, `section ${s}`).toMatch(s);
        // A cost estimate, or the one line saying why cost does not apply to a product the team does not host.
        expect.soft(doc, 'cost estimate or its reason').toMatch(/^### Estimated monthly cost$|^## Cost Optimisation\n\nNot applicable: /m);
        expect(doc).toMatch(/^\*\*Status: (COMPLETE|PARTIAL|DRAFT \(blocked\))\*\*/m);

        // Six diagrams, each parsed by Mermaid itself (independently of the proof cache).
        const blocks = [...doc.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
        expect(blocks).toHaveLength(6);
        const parsed = await parseAll(blocks);
        parsed.forEach((p, i) => expect.soft(p.ok, `diagram ${i}: ${p.error}`).toBe(true));

        // ADRs: present, MADR 4 complete, one per key category.
        const adrs = readdirSync(join(root, 'docs/adr')).sort();
        // A product the team does not host has fewer key decisions (no network, DR or cost domain to record).
        const hosted = (r.build!.model.notApplicable ?? []).length === 0;
        expect(adrs.length).toBeGreaterThanOrEqual(hosted ? 8 : 5);
        for (const f of adrs) {
          expect(f).toMatch(/^\d{4}-[a-z0-9-]+\.md$/);
          const text = readFileSync(join(root, 'docs/adr', f), 'utf8');
          for (const m of MADR.slice(0, 8)) expect.soft(text, `${f} ${m}`).toMatch(m);
        }
        const adrDecisions = r.build!.adrs.map((a) => a.decisionId);
        for (const c of ADR_CATEGORIES.filter((k) => r.build!.decisions.some((d) => d.id.startsWith(k))))
          expect
            .soft(
              adrDecisions.some((id) => id.startsWith(c)),
              `ADR for ${c}`,
            )
            .toBe(true);

        // Same inputs, same bytes.
        const again = buildArchitecture({ docs: readProject(root).docs.filter((d) => d.role !== 'prior-output'), date: '2026-01-15' });
        for (const f of again.files) expect(f.content, f.path).toBe(readFileSync(join(root, f.path), 'utf8'));

        // Nothing contradicts the ground truth.
        const labels = readLabels(slug);
        const list = (k: string) => (Array.isArray(labels[k]) ? (labels[k] as string[]) : []);
        const m = r.build!.model;
        const choice = (id: string) => r.build!.decisions.find((d) => d.id === id)?.choice ?? null;
        const problems: string[] = [];
        const clouds = list('cloud_providers');
        if (clouds.length && ![...clouds, ...list('compute')].includes(m.platform.primary))
          problems.push(`platform ${m.platform.primary} is not among ${[...clouds, ...list('compute')].join(', ')}`);
        const iac = choice('cicd.iac-tool');
        if (
          list('iac_tools').length &&
          iac &&
          list('iac_tools').some((t) =>
            ['terraform', 'opentofu', 'pulumi', 'cdk', 'cloudformation', 'bicep', 'ansible', 'helm'].includes(t),
          ) &&
          !list('iac_tools').includes(iac)
        )
          problems.push(`iac ${iac} is not among ${list('iac_tools').join(', ')}`);
        const ci = choice('cicd.pipeline-platform');
        if (list('ci_cd').length && ci && !list('ci_cd').includes(ci)) problems.push(`ci ${ci} is not among ${list('ci_cd').join(', ')}`);
        for (const c of list('compliance')) if (!doc.toUpperCase().includes(c.toUpperCase())) problems.push(`compliance ${c} is not named`);
        if (typeof labels.availability_target === 'number' && !doc.includes(`${labels.availability_target}`))
          problems.push(`availability ${labels.availability_target} is not named`);
        settle(slug, 'create.yolo', problems);
      },
      180_000,
    );
  }
});
