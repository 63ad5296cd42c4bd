// writeOutputs never leaves the project: tampered records, symlinked output folders, and the set written as a whole.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_PATH, recoverOutputs } from '../../src/io/output-commit.js';
import { ProjectPathError } from '../../src/io/project-paths.js';
import { FINGERPRINTS_PATH, isOwnedOutput, readRecord, sha256, writeOutputs, type GeneratedFile } from '../../src/io/write-outputs.js';

const DOC = 'docs/infrastructure-architecture.md';
const files = (v: string): GeneratedFile[] => [
  { path: DOC, content: `# Doc ${v}\nline two\n`, kind: 'document' },
  { path: 'docs/adr/0001-a.md', content: `ADR ${v}\n`, kind: 'adr' },
  { path: '.infra-arch/model.json', content: `{"v":"${v}"}\n`, kind: 'model' },
];
const opts = { inputs: { 'docs/prd.md': 'a'.repeat(64) } };
const scratch = () => mkdtempSync(join(tmpdir(), 'ia-ws-'));

function tamper(root: string, outputs: Record<string, string>): void {
  const rec = JSON.parse(readFileSync(join(root, FINGERPRINTS_PATH), 'utf8'));
  rec.outputs = { ...rec.outputs, ...outputs };
  writeFileSync(join(root, FINGERPRINTS_PATH), JSON.stringify(rec));
}

describe('writeOutputs stays inside the project', () => {
  it.each([
    ['a file outside the project', '../outside.txt'],
    ['an input document', 'docs/prd.md'],
    ['an absolute path', '/tmp/x'],
  ])('a tampered record naming %s deletes nothing, even with --force', (_what, target) => {
    const parent = scratch();
    const root = join(parent, 'p');
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(parent, 'outside.txt'), 'keep me\n');
    writeFileSync(join(root, 'docs/prd.md'), 'keep me\n');
    writeOutputs(root, files('1'), opts);
    tamper(root, { [target]: sha256('keep me\n') });
    for (const force of [false, true]) {
      const r = writeOutputs(root, files(force ? '3' : '2'), { ...opts, force });
      expect(r.ok).toBe(true);
      expect(r.removed).toEqual([]);
    }
    expect(readFileSync(join(parent, 'outside.txt'), 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(root, 'docs/prd.md'), 'utf8')).toBe('keep me\n');
  });

  it.each(['docs/adr', '.infra-arch', 'docs'])('refuses an output folder %s that is a symlink out of the project', (folder) => {
    const outside = scratch();
    const root = scratch();
    mkdirSync(join(root, folder, '..'), { recursive: true });
    symlinkSync(outside, join(root, folder));
    expect(() => writeOutputs(root, files('1'), opts)).toThrow(ProjectPathError);
    expect(() => writeOutputs(root, files('1'), opts)).toThrow(
      new RegExp(`${folder.replace('.', '\\.')} is a symbolic link to .*outside the project`),
    );
    expect(readdirSync(outside)).toEqual([]);
  });

  it('follows an output folder symlinked to another folder inside the project', () => {
    const root = scratch();
    mkdirSync(join(root, 'docs/decisions'), { recursive: true });
    symlinkSync(join(root, 'docs/decisions'), join(root, 'docs/adr'));
    expect(writeOutputs(root, files('1'), opts).ok).toBe(true);
    expect(readFileSync(join(root, 'docs/decisions/0001-a.md'), 'utf8')).toBe('ADR 1\n');
  });

  it('owns only its document, its ADRs and its state files', () => {
    const owned = [DOC, 'docs/adr/0007-cloud-primary-platform.md', '.infra-arch/model.json', FINGERPRINTS_PATH];
    const foreign = ['docs/prd.md', '../x.md', 'docs/adr/../prd.md', 'docs/adr/notes.md', '.infra-arch/session.json', 'README.md'];
    expect(owned.filter(isOwnedOutput)).toEqual(owned);
    expect(foreign.filter(isOwnedOutput)).toEqual([]);
  });
});

describe('line endings and a BOM are not edits', () => {
  it('accepts its own output after a CRLF checkout with a BOM', () => {
    const root = scratch();
    writeOutputs(root, files('1'), opts);
    for (const f of [DOC, 'docs/adr/0001-a.md']) {
      const text = readFileSync(join(root, f), 'utf8');
      writeFileSync(join(root, f), `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    }
    const r = writeOutputs(root, files('2'), opts);
    expect(r.refused).toEqual([]);
    expect(readFileSync(join(root, DOC), 'utf8')).toBe('# Doc 2\nline two\n');
  });
});

describe('--force keeps a backup', () => {
  it('copies the hand-edited document to a timestamped folder and says where', () => {
    const root = scratch();
    writeOutputs(root, files('1'), opts);
    writeFileSync(join(root, DOC), '# Doc 1\nmy precious edit\n');
    const r = writeOutputs(root, files('2'), { ...opts, force: true, now: () => new Date('2026-01-15T09:30:00.123Z') });
    expect(r.backups).toEqual([{ path: DOC, backup: `.infra-arch/backups/2026-01-15T09-30-00Z/${DOC}` }]);
    expect(readFileSync(join(root, r.backups[0].backup), 'utf8')).toBe('# Doc 1\nmy precious edit\n');
    expect(readFileSync(join(root, DOC), 'utf8')).toBe('# Doc 2\nline two\n');
  });
});

describe('the output set is all or nothing', () => {
  it('rolls forward a set whose journal was written before a crash', () => {
    const root = scratch();
    writeOutputs(root, files('1'), opts);
    // What a run killed right after its commit point leaves: a staging folder and a journal, nothing moved yet.
    const stage = '.infra-arch/staging-999999';
    mkdirSync(join(root, stage));
    writeFileSync(join(root, stage, 'f0'), '# Doc 2\nline two\n');
    writeFileSync(join(root, stage, 'f1'), '{"new":true}\n');
    writeFileSync(
      join(root, JOURNAL_PATH),
      JSON.stringify({
        version: 1,
        stage,
        moves: [
          { from: 'f0', to: DOC },
          { from: 'f1', to: FINGERPRINTS_PATH },
        ],
        removes: [],
      }),
    );
    expect(recoverOutputs(root, isOwnedOutput).rolledForward).toBe(true);
    expect(readFileSync(join(root, DOC), 'utf8')).toBe('# Doc 2\nline two\n');
    expect(existsSync(join(root, stage))).toBe(false);
    expect(existsSync(join(root, JOURNAL_PATH))).toBe(false);
  });

  it('drops a staging folder with no journal (a crash before the commit point) and a journal naming foreign paths', () => {
    const root = scratch();
    writeOutputs(root, files('1'), opts);
    const before = readFileSync(join(root, FINGERPRINTS_PATH), 'utf8');
    mkdirSync(join(root, '.infra-arch/staging-999998'));
    writeFileSync(join(root, '.infra-arch/staging-999998/f0'), 'half');
    writeFileSync(join(root, 'docs/.infrastructure-architecture.md.999997.tmp'), 'half');
    writeFileSync(join(root, 'docs/prd.md'), 'input\n');
    mkdirSync(join(root, '.infra-arch/staging-1'));
    writeFileSync(join(root, '.infra-arch/staging-1/f0'), 'evil');
    writeFileSync(
      join(root, JOURNAL_PATH),
      JSON.stringify({ version: 1, stage: '.infra-arch/staging-1', moves: [{ from: 'f0', to: 'docs/prd.md' }], removes: ['docs/prd.md'] }),
    );
    const r = recoverOutputs(root, isOwnedOutput);
    expect(r.rolledForward).toBe(false);
    expect(readFileSync(join(root, 'docs/prd.md'), 'utf8')).toBe('input\n');
    expect(readdirSync(join(root, '.infra-arch')).filter((n) => n.startsWith('staging') || n === 'commit.json')).toEqual([]);
    expect(readdirSync(join(root, 'docs')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(root, FINGERPRINTS_PATH), 'utf8')).toBe(before);
    expect(readRecord(root)?.document).toBe(sha256('# Doc 1\nline two\n'));
  });
});
