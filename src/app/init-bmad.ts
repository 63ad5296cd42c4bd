// `init --bmad`: installs the infra-arch BMAD skill into the project's IDE skill folders, never replacing an edited copy silently.
import { tryLockSync } from '../io/output-lock.js';
import { ProjectPathError } from '../io/project-paths.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../io/atomic-write.js';
import { describeFsError, isFsError } from '../io/fs-errors.js';
import type { RunResult } from './run-result.js';
import { DEFAULT_HOSTS, SKILL_HOSTS, type SkillHost } from './skill-hosts.js';

export const SKILL_NAME = 'bmad-infrastructure-architecture';

/** The skill as shipped in the package (`skills/<name>/SKILL.md`, beside `dist/` and `src/`). */
export function shippedSkillPath(): string {
  return fileURLToPath(new URL(`../../skills/${SKILL_NAME}/SKILL.md`, import.meta.url));
}

export interface InitOptions {
  hosts?: string[];
  force?: boolean;
}

const usage = (message: string): RunResult => ({ exitCode: 2, stdout: '', stderr: `infra-arch init: ${message}\n` });

function chooseHosts(dir: string, named: string[] | undefined): SkillHost[] | string {
  if (named && named.length) {
    const unknown = named.filter((h) => !SKILL_HOSTS.some((x) => x.id === h));
    if (unknown.length) return `unknown host ${unknown.map((h) => `"${h}"`).join(', ')}: use ${SKILL_HOSTS.map((h) => h.id).join(', ')}`;
    return SKILL_HOSTS.filter((h) => named.includes(h.id));
  }
  const found = SKILL_HOSTS.filter((h) => existsSync(join(dir, h.marker)));
  return found.length ? found : SKILL_HOSTS.filter((h) => DEFAULT_HOSTS.includes(h.id));
}

export function runInitBmad(dir: string, opts: InitOptions = {}): RunResult {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    return usage(`${dir}: folder not found; pass the project folder (the one that holds docs/)`);
  }
  if (!isDir) return usage(`${dir}: not a folder; pass the project folder, not a file`);
  const hosts = chooseHosts(dir, opts.hosts);
  if (typeof hosts === 'string') return usage(hosts);

  // One writer at a time, as for create: the skill files are the project's too.
  let release: (() => void) | null;
  try {
    release = tryLockSync(dir);
  } catch (err) {
    if (isFsError(err)) return usage(describeFsError(err, dir));
    if (err instanceof ProjectPathError) return usage(err.message);
    throw err;
  }
  if (!release) return usage(`another infra-arch run is writing to ${dir}; run init again when it has finished`);
  try {
    return writeSkills(dir, hosts, opts);
  } finally {
    release();
  }
}

function writeSkills(dir: string, hosts: SkillHost[], opts: InitOptions): RunResult {
  const skill = readFileSync(shippedSkillPath(), 'utf8');
  // Several hosts share one folder: write each target once, naming every host it serves.
  const targets = new Map<string, string[]>();
  for (const h of hosts) targets.set(h.skillsDir, [...(targets.get(h.skillsDir) ?? []), h.name]);

  const lines: string[] = [];
  const refused: string[] = [];
  for (const [skillsDir, names] of targets) {
    const rel = `${skillsDir}/${SKILL_NAME}/SKILL.md`;
    const full = join(dir, rel);
    let current: string | null;
    try {
      current = existsSync(full) ? readFileSync(full, 'utf8') : null;
    } catch (err) {
      if (isFsError(err)) return usage(describeFsError(err, dir, 'read'));
      throw err;
    }
    if (current === skill) {
      lines.push(`unchanged ${rel} (${names.join(', ')})`);
      continue;
    }
    if (current !== null && !opts.force) {
      refused.push(`  ${rel}: differs from the skill this version of infra-arch ships (edited by hand, or from another version)`);
      continue;
    }
    try {
      writeAtomic(full, skill);
    } catch (err) {
      if (isFsError(err)) return usage(`${describeFsError(err, dir)}${lines.length ? `\n(already written: ${lines.join('; ')})` : ''}`);
      throw err;
    }
    lines.push(`${current === null ? 'wrote' : 'replaced'} ${rel} (${names.join(', ')})`);
  }
  const stdout = lines.length ? `${lines.join('\n')}\n` : '';
  if (refused.length) {
    return {
      exitCode: 1,
      stdout,
      stderr: `infra-arch init: kept ${refused.length} file(s) unchanged:\n${refused.join('\n')}\nRun again with --force to replace them (your edits will be lost), or move them aside first.\n`,
    };
  }
  return { exitCode: 0, stdout, stderr: '' };
}
