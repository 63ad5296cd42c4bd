// Scores the bundled example project against its expected profile: exact on the scored fields, no self-contradicting prohibition.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readProject } from '../../src/io/read-project.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import type { ListFact, Profile } from '../../src/core/types.js';
import { SCORED_FIELDS } from './label-fields.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const EXAMPLE = resolve(here, '../../examples/tidewater');
const SCORED = SCORED_FIELDS;
const sorted = (list: unknown) => ((list as string[] | null) ?? []).map(String).sort();

describe.skipIf(!existsSync(join(EXAMPLE, 'expected-profile.yaml')))('bundled example profile', () => {
  const want = parse(readFileSync(join(EXAMPLE, 'expected-profile.yaml'), 'utf8')) as Record<string, unknown>;
  const { profile } = extractProfile(readProject(EXAMPLE).docs);

  it.each(SCORED)('%s matches exactly', (field, key) => {
    expect((profile[field as keyof Profile] as ListFact[]).map((f) => f.id).sort()).toEqual(sorted(want[key]));
  });

  it('matches the scalars and regions', () => {
    expect(profile.availabilityTarget?.value).toBe(want.availability_target);
    expect(profile.architectureStyle?.value).toBe(want.architecture_style);
    expect(profile.repositoryStrategy?.value).toBe(want.repository_strategy);
    expect(profile.regions.map((r) => r.id).sort()).toEqual(sorted(want.regions));
    expect(profile.budget.map((b) => [b.monthly, b.currency])).toEqual([[want.budget_monthly_eur, 'EUR']]);
  });

  it('records the availability disagreement and no prohibition of a committed technology', () => {
    expect(profile.conflicts.map((c) => c.field)).toEqual(['availabilityTarget']);
    const committed = new Set(
      [...profile.cloudProviders, ...profile.dataStores, ...profile.compute, ...profile.iacTools, ...profile.ciCd].map((f) => f.id),
    );
    const prohibited = profile.constraints.filter((c) => c.kind === 'prohibit').flatMap((c) => c.subjects);
    expect(prohibited.filter((id) => committed.has(id))).toEqual([]);
    // The guidelines' real prohibitions survive.
    expect(new Set(prohibited)).toEqual(new Set(['eks', 'kubernetes', 'vms']));
  });
});
