import { it } from 'vitest';
import { buildArchitecture } from '../src/core/pipeline/build-architecture.js';
import { readProject } from '../src/io/read-project.js';
import { PROJECTS, projectDir } from './corpus/corpus.js';
import { bodyLines } from './corpus/shared-text.js';
it('diag', () => {
  const docs = new Map<string, string>();
  for (const slug of PROJECTS) docs.set(slug, buildArchitecture({ docs: readProject(projectDir(slug)).docs.filter((d) => d.role !== 'prior-output'), date: '2026-01-15' }).files.find((f) => f.kind === 'document')!.content);
  const seen = new Map<string, Set<string>>();
  for (const [k, d] of docs) for (const l of bodyLines(d)) (seen.get(l) ?? seen.set(l, new Set()).get(l)!).add(k);
  const slug = 'docg1701--iam-dashboard';
  const doc = docs.get(slug)!;
  // shared lines per h2 section
  let sec = ''; const per = new Map<string, [number, number]>();
  for (const raw of doc.split('\n')) {
    if (raw.startsWith('## ')) sec = raw;
    const [l] = bodyLines(raw + '\n');
    if (!l || !seen.get(l)) continue;
    const e = per.get(sec) ?? [0, 0]; e[1]++; if (seen.get(l)!.size > 1) e[0]++; per.set(sec, e);
  }
  for (const [s, [a, b]] of per) console.log(`${a}/${b} ${s}`);
  const mine = new Set(bodyLines(doc)); const lines = [...seen].filter(([l, s]) => s.size > 1 && mine.has(l)).map(([l, s]) => `${s.size} ${l.slice(0, 150)}`);
  console.log(lines.slice(0, 150).join('\n'));
}, 100000);
