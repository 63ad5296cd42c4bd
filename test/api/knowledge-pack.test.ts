// Knowledge packs through the library: a project's pack applies to analyze and render on its folder, only for that call;
// loadKnowledge and useKnowledge install a pack for calls that name no project; a malformed pack throws with file:line.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze, decide, KnowledgeError, loadKnowledge, readProject, render, useKnowledge } from '../../src/index.js';

const FIXTURES = join(__dirname, '../fixtures');
const copy = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'ia-api-pack-'));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
};
const clouds = (a: ReturnType<typeof analyze>) => a.profile.cloudProviders.map((f) => f.id);

afterEach(() => useKnowledge(null));

describe('knowledge packs in the library', () => {
  it("analyze and render on a project folder use the project's pack", () => {
    const dir = copy('pack-project');
    expect(clouds(analyze(dir))).toContain('harbourline');
    expect(clouds(analyze(readProject(dir)))).toContain('harbourline');
    const built = render(dir, { date: '2026-01-15' });
    expect(built.model.platform.primary).toBe('harbourline');
  });

  it('the pack applies to that call only: parsed documents afterwards see the built-in catalogue', () => {
    const dir = copy('pack-project');
    analyze(dir);
    expect(clouds(analyze(readProject(dir).docs))).not.toContain('harbourline');
  });

  it('loadKnowledge and useKnowledge install a pack for calls that name no project', () => {
    const dir = copy('pack-project');
    const docs = readProject(dir).docs;
    useKnowledge(loadKnowledge({ knowledgeDir: join(dir, '.infra-arch/knowledge') }));
    const a = analyze(docs);
    expect(clouds(a)).toContain('harbourline');
    expect(decide(a.profile).find((d) => d.id === 'cloud.primary-platform')?.choice).toBe('harbourline');
  });

  it('a malformed pack throws KnowledgeError naming the file and the line', () => {
    const dir = copy('bad-pack');
    let err: unknown;
    try {
      analyze(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KnowledgeError);
    expect(err).toMatchObject({ file: '.infra-arch/knowledge/harbourline.yaml', line: 4 });
  });
});
