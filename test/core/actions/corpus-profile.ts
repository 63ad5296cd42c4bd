// Test helper: a Profile from a corpus project's labels.yaml (ground truth), with scale figures given by the test.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Profile, ScaleFact } from '../../../src/core/types.js';
import { makeProfile } from '../../helpers/make-profile.js';

// The corpus sits beside the repository (`../shared/corpus`), wherever the repository is checked out.
export const CORPUS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/corpus');

const DURATION = /(\d+(?:\.\d+)?)\s*(minutes?|min|hours?|h)\b/i;
function toMinutes(text: string | null | undefined): number | undefined {
  const m = text ? DURATION.exec(text) : null;
  if (!m) return undefined;
  return /^h/i.test(m[2]) ? Number(m[1]) * 60 : Number(m[1]);
}

export function corpusProfile(slug: string, extra: { scale?: ScaleFact[]; teamSize?: number; budget?: number } = {}): Profile {
  const l = parse(readFileSync(join(CORPUS, slug, 'labels.yaml'), 'utf8')) as Record<string, unknown>;
  const list = (k: string) => ((l[k] as string[] | null) ?? []).map(String);
  return makeProfile({
    cloudProviders: list('cloud_providers'),
    dataStores: list('data_stores'),
    compute: list('compute'),
    iacTools: list('iac_tools'),
    ciCd: list('ci_cd'),
    compliance: list('compliance'),
    regions: list('regions'),
    availability: typeof l.availability_target === 'number' ? l.availability_target : undefined,
    rtoMinutes: toMinutes(l.rto as string | null),
    rpoMinutes: toMinutes(l.rpo as string | null),
    scale: extra.scale,
    teamSize: extra.teamSize,
    budget: extra.budget,
  });
}

export const scaleFact = (kind: ScaleFact['kind'], value: number, text = `${value}`): ScaleFact => ({
  kind,
  value,
  text,
  evidence: [{ file: 'docs/prd.md', line: 1, quote: text }],
});
