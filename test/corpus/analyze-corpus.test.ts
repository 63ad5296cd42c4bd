// Scores the extractor against the labelled corpus: exact fields per project, then precision/recall/F1 over all.
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/io/read-project.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import type { Profile } from '../../src/core/types.js';
import { CORPUS, PROJECTS, projectDir, readLabels } from './corpus.js';
import { settle, type CheckId } from './expected-failures.js';
import { SCORED_FIELDS } from './label-fields.js';

const INFO_FIELDS = [
  ['regions', 'regions'],
  ['languages', 'languages'],
  ['frameworks', 'frameworks'],
] as const;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

describe.skipIf(!CORPUS)('corpus analysis', () => {
  const tallies: Record<string, Tally> = {};
  const misses: string[] = [];
  const hits = { style: 0, availability: 0, archetype: 0 };

  it.each(PROJECTS)('%s', (slug) => {
    const labels = readLabels(slug);
    const { profile } = extractProfile(readProject(projectDir(slug)).docs);
    for (const [field, key] of [...SCORED_FIELDS, ...INFO_FIELDS]) {
      const want = new Set(((labels[key] as string[] | null) ?? []).map(String));
      const got = new Set((profile[field as keyof Profile] as { id: string }[]).map((f) => f.id));
      const t = (tallies[field] ??= { tp: 0, fp: 0, fn: 0 });
      const problems: string[] = [];
      for (const id of got)
        if (want.has(id)) t.tp++;
        else {
          t.fp++;
          problems.push(`+${id}`);
        }
      for (const id of want)
        if (!got.has(id)) {
          t.fn++;
          problems.push(`-${id}`);
        }
      misses.push(...problems.map((p) => `${slug} ${field} ${p}`));
      if (SCORED_FIELDS.some(([f]) => f === field)) settle(slug, `analyze.${field}` as CheckId, problems);
    }
    const scalar = (check: CheckId, got: unknown, want: unknown, key: keyof typeof hits) => {
      if (got === want) hits[key]++;
      settle(slug, check, got === want ? [] : [`got ${got} want ${want}`]);
    };
    scalar('analyze.archetype', profile.productArchetype?.value ?? null, labels.archetype ?? null, 'archetype');
    scalar('analyze.architectureStyle', profile.architectureStyle?.value ?? null, labels.architecture_style ?? null, 'style');
    const wantAvail = labels.availability_target == null ? null : Number(labels.availability_target);
    scalar('analyze.availabilityTarget', profile.availabilityTarget?.value ?? null, wantAvail, 'availability');
  });

  it('prints the scores over all projects', () => {
    const micro: Tally = { tp: 0, fp: 0, fn: 0 };
    const rows = [...SCORED_FIELDS, ...INFO_FIELDS].map(([field]) => {
      const t = tallies[field];
      if (SCORED_FIELDS.some(([f]) => f === field)) {
        micro.tp += t.tp;
        micro.fp += t.fp;
        micro.fn += t.fn;
      }
      const s = f1(t);
      return `${field.padEnd(16)} P=${s.p.toFixed(2)} R=${s.r.toFixed(2)} F1=${s.f.toFixed(2)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
    });
    const m = f1(micro);
    const n = PROJECTS.length;
    console.log(
      [
        '',
        ...rows,
        `micro-F1 (scored fields) = ${m.f.toFixed(3)} (goal 0.95)`,
        `frameworks F1 = ${f1(tallies.frameworks).f.toFixed(2)} (goal 0.80)`,
        `productArchetype ${hits.archetype}/${n}`,
        `architectureStyle ${hits.style}/${n}`,
        `availabilityTarget ${hits.availability}/${n}`,
        '',
        ...misses,
      ].join('\n'),
    );
    // Floors at today's figures: they may only rise.
    expect(m.f).toBeGreaterThanOrEqual(0.93);
    expect(f1(tallies.frameworks).f).toBeGreaterThanOrEqual(0.83);
  });
});

if (!CORPUS) console.warn('corpus analysis skipped: no corpus at ../shared/corpus');
