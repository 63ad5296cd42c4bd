// `infra-arch init --bmad`: writes the shipped skill into the host folders, names what it wrote, never replaces an edited copy silently.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runInitBmad, shippedSkillPath, SKILL_NAME } from '../../src/app/init-bmad.js';

const dirs: string[] = [];
const project = () => {
  const d = mkdtempSync(join(tmpdir(), 'infra-arch-init-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const skill = () => readFileSync(shippedSkillPath(), 'utf8');
const at = (dir: string, skillsDir: string) => join(dir, skillsDir, SKILL_NAME, 'SKILL.md');

describe('init --bmad', () => {
  it("writes Claude Code's folder and the shared .agents folder when no host is detected, naming each file", () => {
    const dir = project();
    const r = runInitBmad(dir);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`wrote .claude/skills/${SKILL_NAME}/SKILL.md (Claude Code)`);
    expect(r.stdout).toContain(`wrote .agents/skills/${SKILL_NAME}/SKILL.md`);
    expect(readFileSync(at(dir, '.claude/skills'), 'utf8')).toBe(skill());
    expect(readFileSync(at(dir, '.agents/skills'), 'utf8')).toBe(skill());
  });

  it.each([
    [['.cursor'], ['.agents/skills'], ['.claude/skills']],
    [['.claude'], ['.claude/skills'], ['.agents/skills']],
    [['.claude', '.github'], ['.claude/skills', '.agents/skills'], []],
  ])('detects the hosts a project uses from %j', (markers, written, notWritten) => {
    const dir = project();
    for (const m of markers) mkdirSync(join(dir, m));
    const r = runInitBmad(dir);
    expect(r.exitCode).toBe(0);
    for (const w of written) expect(r.stdout).toContain(`wrote ${w}/`);
    for (const w of notWritten) expect(r.stdout).not.toContain(`${w}/`);
  });

  it('writes only the named hosts, once per folder, and rejects an unknown host with exit 2', () => {
    const dir = project();
    const r = runInitBmad(dir, { hosts: ['cursor', 'codex'] });
    expect(r.stdout.trim().split('\n')).toEqual([`wrote .agents/skills/${SKILL_NAME}/SKILL.md (Cursor, Codex)`]);
    const bad = runInitBmad(dir, { hosts: ['notepad'] });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('"notepad"');
  });

  it('leaves an identical file alone and keeps an edited one unless --force', () => {
    const dir = project();
    runInitBmad(dir, { hosts: ['claude-code'] });
    expect(runInitBmad(dir, { hosts: ['claude-code'] }).stdout).toContain('unchanged .claude/skills/');
    const file = at(dir, '.claude/skills');
    writeFileSync(file, `${skill()}\nMy own extra rule.\n`);
    const kept = runInitBmad(dir, { hosts: ['claude-code'] });
    expect(kept.exitCode).toBe(1);
    expect(kept.stderr).toContain(`.claude/skills/${SKILL_NAME}/SKILL.md`);
    expect(kept.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toContain('My own extra rule.');
    const forced = runInitBmad(dir, { hosts: ['claude-code'], force: true });
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain('replaced .claude/skills/');
    expect(readFileSync(file, 'utf8')).toBe(skill());
  });

  it('exits 2 naming the folder when it is missing, a file, or the skill folder is blocked by a file', () => {
    const dir = project();
    const missing = runInitBmad(join(dir, 'nope'));
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('nope');
    writeFileSync(join(dir, 'a-file'), 'x');
    expect(runInitBmad(join(dir, 'a-file')).exitCode).toBe(2);
    writeFileSync(join(dir, '.claude'), 'not a folder');
    const blocked = runInitBmad(dir, { hosts: ['claude-code'] });
    expect(blocked.exitCode).toBe(2);
    expect(blocked.stderr).toContain('.claude');
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
  });
});
