// Every validate finding carries a message id and the data its template names, so tests and tools read ids, not wording.
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../src/core/validate/index.js';
import { placeholders } from '../../../src/core/diagnostics/index.js';
import { DOCUMENT_RULES } from '../../../src/core/validate/messages.js';

const TEMPLATE = new Map(DOCUMENT_RULES.map((r) => [r.id, r.template]));
const findings = (body: string) => validateDocument({ path: 'docs/x.md', text: `# Doc\n\n${body}\n` }).findings;

describe('validate finding shape', () => {
  it.each<[string, string, string, Record<string, string | number>]>([
    ['a placeholder', 'The budget is TBD for now.', 'doc-placeholder', { text: 'TBD' }],
    ['live raw HTML', '<script>alert(1)</script>', 'doc-raw-html', { what: expect.any(String) as unknown as string }],
    ['a link to no heading', 'See [the network](#no-such-heading).', 'link-broken-anchor', { anchor: 'no-such-heading' }],
  ])('%s is reported with its message id and data', (_name, body, id, data) => {
    const f = findings(body).find((x) => x.messageId === id);
    expect(f?.data).toMatchObject(data);
  });

  it('fills each document rule finding from exactly the placeholders of its template', () => {
    const all = findings('TBD here.\n\n<iframe src="https://evil.example"></iframe>\n\n[x](#nowhere)');
    const ruled = all.filter((f) => TEMPLATE.has(f.messageId));
    expect(ruled.length).toBeGreaterThan(0);
    for (const f of ruled) expect(Object.keys(f.data).sort(), f.messageId).toEqual(placeholders(TEMPLATE.get(f.messageId)!).sort());
  });

  it('names a missing checklist item by the shared message id, with its title and fix as data', () => {
    const missing = findings('Nothing here.').filter((f) => f.item);
    expect(missing.length).toBeGreaterThan(0);
    for (const f of missing) expect([f.messageId, Object.keys(f.data).sort()]).toEqual(['checklist-item-missing', ['fix', 'title']]);
  });
});
