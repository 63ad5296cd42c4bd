// A shortened product name stands for the qualified spelling the same documents use, unless the block names another platform.
import { describe, expect, it } from 'vitest';
import { doc } from './helpers.js';
import { collectTechHits } from '../../../src/core/extract/tech-hits.js';

const arch = (lines: string[]) =>
  doc('docs/architecture.md', 'architecture', `# Architecture\n\n## Backend\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`);

describe('short forms of qualified names', () => {
  it.each([
    [
      'the bare name after the qualified one is the same product',
      [
        'Backend logic runs in Firebase Cloud Functions',
        'Cloud Functions handle the sensor alarms',
        'Cloud Functions also send the digests',
      ],
      ['5:firebase-functions', '6:firebase-functions', '7:firebase-functions'],
    ],
    [
      'the documents also qualify the bare name towards its own record',
      ['Backend logic runs in Firebase Cloud Functions', 'Reports run on Google Cloud Functions', 'Cloud Functions send the digests'],
      ['5:firebase-functions', '6:cloud-functions', '7:cloud-functions'],
    ],
    [
      'a block naming another platform keeps that platform product (the qualified name implies the generic one)',
      [
        'Supabase Edge Functions run the queue workers',
        'Vercel: web hosting, edge functions and CDN',
        'Vercel serves edge functions for the pages',
      ],
      ['5:supabase-edge-functions', '5:edge-functions', '6:edge-functions', '7:edge-functions'],
    ],
    [
      'with no qualified spelling the bare name keeps its own id',
      ['Cloud Functions handle the sensor alarms', 'Cloud Functions also send the digests'],
      ['5:cloud-functions', '6:cloud-functions'],
    ],
  ])('%s', (_name, lines, expected) => {
    // What each line's compute names were read as, line by line.
    const read = collectTechHits([arch(lines)])
      .filter((h) => h.category === 'compute' && h.id !== 'firebase' && h.id !== 'vercel')
      .map((h) => `${h.evidence.line}:${h.id}`);
    expect([...new Set(read)]).toEqual(expected);
  });
});
