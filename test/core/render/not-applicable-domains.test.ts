// A domain that does not apply to the product is one line with its reason: no zones, recovery targets or cost table beneath it.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/ingest/parse-markdown.js';
import { buildArchitecture } from '../../../src/core/pipeline/build-architecture.js';

const FIELD_DEVICE = `# Trail Counter PRD

## Goals

Battery-powered trail counters run on devices in the field. The firmware runs on a Raspberry Pi and stores counts in SQLite.
The product works fully offline; rangers read the counts over USB.

## Technical Assumptions

- Language: Python 3.12
- Storage: SQLite on the device
`;

const HOSTED = `# Shop PRD\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n| Database | PostgreSQL |\n\nThe monthly budget is $800/month.\n`;

/** The section of `doc` under `title` (level two), up to the next level-two heading. */
function section(doc: string, title: string): string {
  const start = doc.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const end = doc.indexOf('\n## ', start + 4);
  return doc.slice(start, end < 0 ? undefined : end);
}

function build(md: string) {
  const built = buildArchitecture({ docs: [parseDocument('docs/prd.md', 'prd', md)], date: '2026-01-15' });
  return { built, doc: built.files.find((f) => f.kind === 'document')!.content };
}

describe('domains that do not apply', () => {
  it.each<[string, string, RegExp]>([
    ['Network Architecture', 'network', /^### Security zones$/m],
    ['Disaster Recovery', 'dr', /^### Recovery targets$/m],
    ['Cost Optimisation', 'cost', /^### Estimated monthly cost$/m],
  ])('%s of a field device states its reason and draws nothing beneath it', (title, domain, detail) => {
    const { built, doc } = build(FIELD_DEVICE);
    expect(built.profile.productArchetype?.value).toBe('embedded-device');
    const na = built.model.notApplicable?.find((x) => x.domain === domain);
    expect(na?.reason).toMatch(/^Not applicable: /);
    const body = section(doc, title);
    expect(body).toContain(na!.reason);
    expect(body).not.toMatch(detail);
    expect(body.split('\n').filter((l) => l.trim())).toHaveLength(2);
  });

  it('a hosted service keeps its zones, recovery targets and cost table', () => {
    const { doc } = build(HOSTED);
    expect(section(doc, 'Network Architecture')).toMatch(/^### Security zones$/m);
    expect(section(doc, 'Disaster Recovery')).toMatch(/^### Recovery targets$/m);
    expect(section(doc, 'Cost Optimisation')).toMatch(/^### Estimated monthly cost$/m);
  });
});
