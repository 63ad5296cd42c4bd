// The analyze text output: what was demoted, grouped by why, each with where it was read.
import { describe, expect, it } from 'vitest';
import { formatProfile } from '../../../src/core/report/format-profile.js';
import { doc, profileOf } from '../extract/helpers.js';

const arch = doc(
  'docs/architecture.md',
  'architecture',
  [
    '# Architecture',
    '',
    '## Deployment',
    '',
    'The API runs on Fly.io.',
    '',
    '- Future: a Helm chart for customers.',
    '- Redis for local development only.',
    '- We deploy to Fly.io instead of Heroku.',
    '',
  ].join('\n'),
);

describe('analyze text output', () => {
  const text = formatProfile(profileOf(arch), []);
  const demoted = text.slice(text.indexOf('Not taken as commitments, by reason'));

  it.each([
    ['future or later phase', 'helm (docs/architecture.md:7)'],
    ['local, dev or test only', 'redis (docs/architecture.md:8)'],
    ['rejected or prohibited', 'heroku (docs/architecture.md:9)'],
  ])('groups %s: %s', (reason, item) => {
    const row = demoted.split('\n').find((l) => l.trim().startsWith(`${reason}:`));
    expect(row, demoted).toBeDefined();
    expect(row).toContain(item);
  });

  it('keeps the commitment out of the demoted list', () => {
    expect(demoted).not.toContain('fly-io');
  });

  it('lists a name demoted under two fields once per line', () => {
    const stack = doc(
      'docs/architecture.md',
      'architecture',
      '# A\n\n## Tech Stack\n\n| Part | Choice |\n| - | - |\n| Workers | Railway/Fly.io |\n',
    );
    const out = formatProfile(profileOf(stack), []);
    const row = out.split('\n').find((l) => l.includes('fly-io ('))!;
    expect(row.match(/fly-io \(/g)).toHaveLength(1);
  });
});
