// Hostile names from the inputs must not break or inject into diagrams, and never reach the document as raw HTML.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { buildArchitecture } from '../../../src/core/pipeline/build-architecture.js';
import { renderDiagrams } from '../../../src/core/render/diagrams/render-diagrams.js';
import { safeLabel } from '../../../src/core/render/mermaid-safe.js';
import { parseAll } from '../../../src/io/mermaid/load-mermaid.js';
import { parseDocument } from '../../../src/core/ingest/parse-markdown.js';
import { makeProfile } from '../../helpers/make-profile.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Node, Parent } from 'unist';

function visit(n: Node, f: (n: Node) => void): void {
  f(n);
  for (const c of (n as Parent).children ?? []) visit(c, f);
}

const HOSTILE = [
  'A"]-->B',
  '<script>alert(1)</script>',
  'x[(y)]{{z}}',
  'end',
  'subgraph',
  'a|b|c',
  '#35; &lt; `tick`',
  'click n1 call alert()',
  '%%{init: {"theme":"dark"}}%%',
  'style n1 fill:#f00',
];

describe('mermaid safety', () => {
  it('reduces labels to an allow-list', () => {
    for (const h of HOSTILE) for (const part of safeLabel(h).split('<br/>')) expect(part).toMatch(/^[\p{L}\p{N} .,:/+_()%-]+$/u);
    expect(safeLabel('')).toBe('unnamed');
    expect(safeLabel('a-->b')).not.toContain('--');
  });

  it('wraps a long label at word boundaries and never cuts it', () => {
    const long = 'Reservation ledger replica for the northern marinas and harbours';
    const out = safeLabel(long, 20);
    expect(out.split('<br/>')).toEqual(['Reservation ledger', 'replica for the', 'northern marinas and', 'harbours']);
    expect(out).not.toContain('…');
    expect(out.replace(/<br\/>/g, ' ')).toBe(long);
  });

  it('renders six parseable diagrams when every name in the model is hostile', async () => {
    const p = makeProfile({
      cloudProviders: ['aws'],
      compute: ['aws-lambda', 'api-gateway'],
      dataStores: ['postgresql', 'sqs', 's3'],
      frameworks: ['react'],
      regions: ['us-east-1'],
    });
    const decisions = decideAll(p);
    const m = deriveModel(p, decisions);
    // The sign-in service is named from its decision's title when rendered: give it a hostile one.
    const identity = decisions.find((d) => d.id === 'security.identity')!;
    identity.choiceTitle = HOSTILE[0];
    expect(m.security.identity).toEqual({ point: 'security.identity', option: identity.choice });
    HOSTILE.forEach((h, i) => {
      if (m.compute[i]) m.compute[i].name = h;
      if (m.dataStores[i]) m.dataStores[i].name = h;
    });
    m.project = HOSTILE[1];
    m.environments.forEach((e, i) => {
      e.name = HOSTILE[(i + 3) % HOSTILE.length];
      e.isolation = HOSTILE[i % HOSTILE.length];
    });
    m.pipelines[0].name = HOSTILE[7];
    m.pipelines[0].stages.forEach((s, i) => {
      s.name = HOSTILE[i % HOSTILE.length];
    });
    m.trustBoundaries.forEach((b, i) => {
      b.name = HOSTILE[i % HOSTILE.length];
    });
    m.flows.forEach((f, i) => {
      f.label = HOSTILE[i % HOSTILE.length];
    });
    const diagrams = renderDiagrams(m, null, decisions);
    expect(diagrams).toHaveLength(6);
    const results = await parseAll(diagrams.map((d) => d.source));
    results.forEach((r, i) => expect(r.ok, `${diagrams[i].id}: ${r.error}\n${diagrams[i].source}`).toBe(true));
    for (const d of diagrams) {
      // Outside quoted labels only generated ids, keywords and arrows may appear.
      const bare = d.source.replace(/"[^"\n]*"/g, '""');
      expect(bare).not.toMatch(/<script|%%\{|click |style |alert/);
      expect(d.source).not.toContain('<script');
      expect(d.source).not.toContain('"]-->');
    }
  });

  it('escapes hostile input text in the document: no raw HTML, no injected headings', () => {
    const doc = parseDocument(
      'docs/prd.md',
      'prd',
      [
        '# <script>alert(1)</script> PRD',
        '',
        '## Technical Assumptions',
        '',
        '- Deployment: AWS <img src=x onerror=alert(1)> with **Lambda**',
        '- Database: PostgreSQL"]-->x',
        '',
        '## Non-functional requirements',
        '',
        '- NFR1: The system shall respond in 200 ms <b>always</b>',
        '',
      ].join('\n'),
    );
    const r = buildArchitecture({ docs: [doc], date: '2026-01-15' });
    const md = r.files.find((f) => f.kind === 'document')!.content;
    // Re-parse the output: an escaped `\<script>` is text; a raw one would be an html node.
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md);
    const html: string[] = [];
    visit(tree, (n) => {
      if (n.type === 'html') html.push((n as unknown as { value: string }).value);
    });
    expect(html).toEqual([]);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b)\b/im);
  });
});
