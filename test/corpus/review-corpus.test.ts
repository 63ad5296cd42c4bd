// Runs the feasibility review over every corpus project: each gets a review, each concern names its evidence, figures printed.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../src/core/decide/decide.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import { deriveModel } from '../../src/core/model/derive-model.js';
import { countByLevel, reviewArchitecture } from '../../src/core/review/review.js';
import { readProject } from '../../src/io/read-project.js';

const corpus = resolve(__dirname, '../../../shared/corpus');
const projects = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((d) => existsSync(join(corpus, d, 'docs')))
      .sort()
  : [];

describe.skipIf(!projects.length)('feasibility review over the corpus', () => {
  const rows: string[] = [];

  it.each(projects)('%s', (name) => {
    const input = readProject(join(corpus, name));
    const { profile } = extractProfile(input.docs);
    const decisions = decideAll(profile);
    const model = deriveModel(profile, decisions);
    const concerns = reviewArchitecture(profile, decisions, model);
    const files = new Set(input.docs.map((d) => d.path));
    for (const c of concerns) {
      expect(c.id).toBe(`${c.rule}@${c.subject}`);
      expect(c.evidence.facts.length + c.evidence.model.length, c.id).toBeGreaterThan(0);
      for (const e of c.evidence.facts) expect(files.has(e.file), `${c.id} cites ${e.file}`).toBe(true);
      expect(c.mitigation.length).toBeGreaterThan(10);
    }
    // Same inputs, same concerns.
    expect(JSON.stringify(reviewArchitecture(profile, decisions, model))).toBe(JSON.stringify(concerns));
    const n = countByLevel(concerns);
    const reds = concerns.filter((c) => c.level === 'red').map((c) => c.id);
    rows.push(
      `${name.padEnd(42)} red ${n.red}  yellow ${String(n.yellow).padStart(2)}  green ${n.green}${reds.length ? `   ${reds.join(', ')}` : ''}`,
    );
  });

  it('prints the figures', () => {
    console.log(`\nConcerns per level per project\n${rows.sort().join('\n')}\n`);
    expect(rows.length).toBe(projects.length);
  });
});
