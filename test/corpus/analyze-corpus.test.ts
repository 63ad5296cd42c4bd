// Scores the extractor against the labelled corpus: per-field precision/recall/F1, style and availability hits.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readProject } from '../../src/io/read-project.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import type { Profile } from '../../src/core/types.js';
import { SCORED_FIELDS } from './label-fields.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const CANDIDATES = [resolve(here, '../../../shared/corpus'), resolve(process.cwd(), '../shared/corpus')];
const CORPUS = CANDIDATES.find((p) => existsSync(p));

const LIST_FIELDS = SCORED_FIELDS;
const INFO_FIELDS = [['regions', 'regions'], ['languages', 'languages'], ['frameworks', 'frameworks']] as const;

interface Tally { tp: number; fp: number; fn: number }
const f1 = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

describe.skipIf(!CORPUS)('corpus analysis', () => {
  it('matches the labels closely enough', () => {
    const projects = readdirSync(CORPUS!).filter((d) => existsSync(join(CORPUS!, d, 'labels.yaml'))).sort();
    const tallies: Record<string, Tally> = {};
    const misses: string[] = [];
    let styleHits = 0;
    let availabilityHits = 0;
    for (const slug of projects) {
      const labels = parse(readFileSync(join(CORPUS!, slug, 'labels.yaml'), 'utf8')) as Record<string, unknown>;
      const input = readProject(join(CORPUS!, slug));
      const { profile } = extractProfile(input.docs);
      for (const [field, key] of [...LIST_FIELDS, ...INFO_FIELDS]) {
        const want = new Set(((labels[key] as string[] | null) ?? []).map(String));
        const got = new Set((profile[field as keyof Profile] as { id: string }[]).map((f) => f.id));
        const t = (tallies[field] ??= { tp: 0, fp: 0, fn: 0 });
        for (const id of got) if (want.has(id)) t.tp++; else { t.fp++; misses.push(`${slug} ${field} +${id}`); }
        for (const id of want) if (!got.has(id)) { t.fn++; misses.push(`${slug} ${field} -${id}`); }
      }
      const style = profile.architectureStyle?.value ?? null;
      if (style === (labels.architecture_style ?? null)) styleHits++;
      else misses.push(`${slug} architectureStyle got ${style} want ${labels.architecture_style}`);
      const avail = profile.availabilityTarget?.value ?? null;
      const wantAvail = labels.availability_target == null ? null : Number(labels.availability_target);
      if (avail === wantAvail) availabilityHits++;
      else misses.push(`${slug} availabilityTarget got ${avail} want ${wantAvail}`);
    }
    const micro: Tally = { tp: 0, fp: 0, fn: 0 };
    const rows = [...LIST_FIELDS, ...INFO_FIELDS].map(([field]) => {
      const t = tallies[field];
      if (LIST_FIELDS.some(([f]) => f === field)) { micro.tp += t.tp; micro.fp += t.fp; micro.fn += t.fn; }
      const s = f1(t);
      return `${field.padEnd(16)} P=${s.p.toFixed(2)} R=${s.r.toFixed(2)} F1=${s.f.toFixed(2)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
    });
    const m = f1(micro);
    console.log(['', ...rows, `micro-F1 (scored fields) = ${m.f.toFixed(3)}`, `architectureStyle ${styleHits}/${projects.length}`, `availabilityTarget ${availabilityHits}/${projects.length}`, '', ...misses].join('\n'));
    expect(m.f).toBeGreaterThanOrEqual(0.9);
    expect(styleHits).toBeGreaterThanOrEqual(10);
    expect(availabilityHits).toBeGreaterThanOrEqual(10);
  });
});

if (!CORPUS) console.warn(`corpus analysis skipped: no corpus at ${CANDIDATES.join(' or ')}`);
