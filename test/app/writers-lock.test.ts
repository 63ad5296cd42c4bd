// The MCP session tools and `init` take the project lock where they write, like create: a busy project is refused clearly.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerSession, startSession } from '../../src/app/agent-session.js';
import { runInitBmad } from '../../src/app/init-bmad.js';
import { tryLockSync } from '../../src/io/output-lock.js';
import { scratchProject } from './incremental-helpers.js';

/** Runs `fn` while another holder has the project's lock. */
function whileLocked<T>(dir: string, fn: () => T): T {
  const release = tryLockSync(dir)!;
  expect(release).toBeTypeOf('function');
  try {
    return fn();
  } finally {
    release();
  }
}

describe('writers other than create take the project lock', () => {
  it('session_start refuses while another run writes, and works once it is done', () => {
    const dir = scratchProject();
    expect(() => whileLocked(dir, () => startSession(dir))).toThrow(/another infra-arch run is writing/);
    expect(existsSync(join(dir, '.infra-arch/session.json'))).toBe(false);
    expect(startSession(dir).resumed).toBe(false);
  });

  it('session_answer refuses while another run writes and leaves the session as it was', async () => {
    const dir = scratchProject();
    startSession(dir);
    await expect(whileLocked(dir, () => answerSession(dir, { accept: true }))).rejects.toThrow(/another infra-arch run is writing/);
    const after = await answerSession(dir, { accept: true });
    expect(after.step).toBeDefined();
  });

  it('init --bmad refuses with exit 2 while another run writes', () => {
    const dir = scratchProject();
    const r = whileLocked(dir, () => runInitBmad(dir, { hosts: ['agents'] }));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('another infra-arch run is writing');
    expect(runInitBmad(dir, { hosts: ['agents'] }).exitCode).toBe(0);
  });
});
