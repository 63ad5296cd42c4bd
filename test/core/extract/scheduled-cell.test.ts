// A stack row whose value carries a bare phase tag selects the technology for that phase; hedge words keep it open.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { scheduledSelection } from '../../../src/core/extract/scheduled-cell.js';

const stack = (rows: string) =>
  doc(
    'docs/architecture/tech-stack.md',
    'tech-stack',
    `# Tech Stack\n\n| Category | Technology | Version | Purpose | Rationale |\n| --- | --- | --- | --- | --- |\n${rows}\n`,
  );

describe('a phase-tagged stack row', () => {
  it.each([
    [
      'a bare phase with a version and a reason',
      '| Provisioning | Terraform (Phase 2) | 1.8 | Cloud resources | Plans are reviewable |',
      true,
    ],
    ['a version tag', '| Provisioning | Pulumi (v2) | 3.x | Cloud resources | Typed programs |', true],
    ['post-MVP', '| Provisioning | Terraform (post-MVP) | 1.8 | Cloud resources | One tool for all accounts |', true],
    ['no tag at all', '| Provisioning | Terraform | 1.8 | Cloud resources | Plans are reviewable |', true],
    ['a hedge in the reason', '| Provisioning | Terraform (Phase 2) | 1.8 | Cloud resources | Maybe, once there are two accounts |', false],
    ['a hedge in the purpose', '| Provisioning | Terraform (Phase 3) | - | Consider for cloud resources | Reviewable plans |', false],
    ['TBD version', '| Provisioning | Terraform (Phase 2) | TBD | Cloud resources | Reviewable plans |', false],
    ['a future option', '| Provisioning | Pulumi (v2) | 3.x | A future option for resources | Typed programs |', false],
    [
      'a condition inside the bracket',
      '| Provisioning | Terraform (Phase 2 if needed) | 1.8 | Cloud resources | Reviewable plans |',
      false,
    ],
    ['a future cell', '| Provisioning | Future: Terraform | 1.8 | Cloud resources | Reviewable plans |', false],
  ])('%s', (_name, row, committed) => {
    expect(ids(profileOf(stack(row)).iacTools).includes(row.includes('Pulumi') ? 'pulumi' : 'terraform')).toBe(committed);
  });

  it('a phase in prose, a future list item or a deferred section stays non-committed', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      '# Plan\n\n## Platform\n\nPhase 2 may add Terraform for the cloud accounts.\n\n- Future: Pulumi programs\n\n## Deferred\n\n| Area | Tool | Note |\n| --- | --- | --- |\n| Provisioning | Terraform (Phase 3) | Reviewable plans |\n',
    );
    const p = profileOf(prd);
    expect(ids(p.iacTools)).toEqual([]);
    expect(p.mentions.filter((m) => m.category === 'iacTools').map((m) => [m.id, m.reason])).toEqual(
      expect.arrayContaining([['terraform', 'future']]),
    );
  });

  it.each([
    ['| Provisioning | Zephyr (Phase 3) | 1.2 | Reviewable plans |', 'Zephyr', true],
    ['| Provisioning | Zephyr (Phase 3) | 1.2 |', 'Zephyr', true],
    ['| Provisioning | Zephyr (Phase 3) |', 'Zephyr', false],
    ['| Zephyr (Phase 3) | Provisioning | 1.2 |', 'Zephyr', false],
    ['| Provisioning | Zephyr (Phase 3), Quokka | 1.2 |', 'Zephyr', true],
    ['| Provisioning | Zephyr (Phase 3) then Quokka | 1.2 |', 'Zephyr', false],
  ])('the cell shape: %s', (text, name, scheduled) => {
    const row = { type: 'table-row', text: text.replace(/^\| | \|$/g, '') } as Parameters<typeof scheduledSelection>[0];
    const start = row.text.indexOf(name);
    expect(scheduledSelection(row, start, start + name.length)).toBe(scheduled);
  });
});
