// A domain section that says the domain does not apply meets that domain's checklist items; anywhere else it meets nothing.
import { describe, expect, it } from 'vitest';
import { checklistItem } from '../../../src/core/checklist/registry.js';
import { validateDocument } from '../../../src/core/validate/validate-document.js';

const run = (text: string, id: string) =>
  validateDocument({ path: 'docs/infrastructure-architecture.md', text, checklist: [checklistItem(id)!] }).items[0]!;

describe('not-applicable domain sections', () => {
  it.each<[string, string, string, boolean]>([
    [
      'DR declared not applicable',
      '## Disaster Recovery\n\nNot applicable: the product runs on devices in the field.\n',
      'ckl-dr-rto-rpo',
      true,
    ],
    ['cost declared not applicable', '## Cost Optimisation\n\nNot applicable: customers run it themselves.\n', 'ckl-cost-estimate', true],
    ['DR section without targets', '## Disaster Recovery\n\nBackups are taken.\n', 'ckl-dr-rto-rpo', false],
    [
      '"not applicable" under another domain',
      '## Network Architecture\n\nNot applicable: no network.\n\n## Disaster Recovery\n\nBackups.\n',
      'ckl-dr-rto-rpo',
      false,
    ],
    ['a cross-cutting area cannot be waived', '## Final Review\n\nNot applicable: nothing to review.\n', 'ckl-final-summary', false],
  ])('%s', (_name, body, id, passed) => {
    const r = run(`# Doc\n\n${body}`, id);
    expect(r.passed).toBe(passed);
  });
});
