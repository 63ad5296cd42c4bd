// Writes one run's files as a set: staged inside the project, then moved by a journal, fingerprints last.
// A crash before the journal is written leaves the old set; after it, the next run rolls the move forward.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pidAlive, TEMP_FILE, writeAtomic, writeDurable } from './atomic-write.js';
import { isPlainRelative, resolveInsideProject } from './project-paths.js';

export const STATE_DIR = '.infra-arch';
export const JOURNAL_PATH = '.infra-arch/commit.json';
const STAGE_PREFIX = 'staging-';
/** Folders where a crashed run may have left temp files. */
const TEMP_HOMES = ['.infra-arch', 'docs', 'docs/adr'];

export interface CommitPlan {
  /** Files to put in place, in order; the last one is the fingerprint record. */
  writes: { path: string; content: string }[];
  /** Files to delete (stale outputs of an earlier run). */
  removes: string[];
}

interface Journal {
  version: 1;
  stage: string;
  moves: { from: string; to: string }[];
  removes: string[];
}

/** Which project paths a journal may move to or delete: only the tool's own outputs. */
export type OwnedPath = (rel: string) => boolean;

/** Stages every file, writes the journal (the commit point), then applies it. */
export function commitSet(root: string, plan: CommitPlan, owned: OwnedPath): void {
  const stage = `${STATE_DIR}/${STAGE_PREFIX}${process.pid}`;
  const stageFull = resolveInsideProject(root, stage, 'folder');
  rmSync(stageFull, { recursive: true, force: true });
  mkdirSync(stageFull, { recursive: true });
  // Check every destination before anything moves, so a bad path fails the run with the old set intact.
  for (const w of plan.writes) resolveInsideProject(root, w.path);
  for (const r of plan.removes) resolveInsideProject(root, r);
  const moves: Journal['moves'] = [];
  let current = JOURNAL_PATH;
  try {
    plan.writes.forEach((w, i) => {
      current = w.path;
      writeDurable(join(stageFull, `f${i}`), w.content);
      moves.push({ from: `f${i}`, to: w.path });
    });
    current = JOURNAL_PATH;
    const journal: Journal = { version: 1, stage, moves, removes: plan.removes };
    writeAtomic(resolveInsideProject(root, JOURNAL_PATH), `${JSON.stringify(journal)}\n`);
  } catch (err) {
    // Before the commit point nothing in the project has changed: drop the staged copies (a full disk must not keep
    // them) and name the file the person knows, not the staged copy.
    rmSync(stageFull, { recursive: true, force: true });
    if (err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string')
      (err as NodeJS.ErrnoException).path = resolveInsideProject(root, current);
    throw err;
  }
  const journal: Journal = { version: 1, stage, moves, removes: plan.removes };
  applyJournal(root, journal);
  void owned;
}

function applyJournal(root: string, j: Journal): void {
  const stageFull = resolveInsideProject(root, j.stage, 'folder');
  // Removals first: a stale ADR never outlives the record that stops listing it.
  for (const r of j.removes) rmSync(resolveInsideProject(root, r), { force: true });
  for (const m of j.moves) {
    const from = join(stageFull, m.from);
    if (!existsSync(from)) continue; // moved before a crash
    const to = resolveInsideProject(root, m.to);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
  rmSync(resolveInsideProject(root, JOURNAL_PATH), { force: true });
  rmSync(stageFull, { recursive: true, force: true });
}

/** A journal read back from disk is data: every path must be the tool's own and plain, or it is ignored. */
function parseJournal(text: string, owned: OwnedPath): Journal | null {
  let j: Journal;
  try {
    j = JSON.parse(text) as Journal;
  } catch {
    return null;
  }
  if (j?.version !== 1 || typeof j.stage !== 'string' || !new RegExp(`^\\.infra-arch/${STAGE_PREFIX}\\d+$`).test(j.stage)) return null;
  if (!Array.isArray(j.moves) || !Array.isArray(j.removes)) return null;
  const okMove = (m: unknown) => {
    const x = m as { from?: unknown; to?: unknown };
    return typeof x?.from === 'string' && /^f\d+$/.test(x.from) && typeof x.to === 'string' && isPlainRelative(x.to) && owned(x.to);
  };
  if (!j.moves.every(okMove)) return null;
  if (!j.removes.every((r) => typeof r === 'string' && isPlainRelative(r) && owned(r))) return null;
  return j;
}

/**
 * Finishes a set an interrupted run had committed, then clears what crashed runs left behind (staging folders,
 * temp files of dead processes). Call it holding the project lock. Returns what it did, for a note to the user.
 */
export function recoverOutputs(root: string, owned: OwnedPath): { rolledForward: boolean; cleaned: number } {
  let rolledForward = false;
  let cleaned = 0;
  const journalFull = resolveInsideProject(root, JOURNAL_PATH);
  if (existsSync(journalFull)) {
    let text = '';
    try {
      if (lstatSync(journalFull).isFile() && lstatSync(journalFull).size < 1024 * 1024) text = readFileSync(journalFull, 'utf8');
    } catch {
      text = '';
    }
    const j = parseJournal(text, owned);
    if (j) {
      applyJournal(root, j);
      rolledForward = true;
    } else rmSync(journalFull, { force: true });
  }
  const stateDir = resolveInsideProject(root, STATE_DIR, 'folder');
  for (const name of listNames(stateDir)) {
    if (!name.startsWith(STAGE_PREFIX)) continue;
    rmSync(join(stateDir, name), { recursive: true, force: true });
    cleaned++;
  }
  for (const home of TEMP_HOMES) {
    let dir: string;
    try {
      dir = resolveInsideProject(root, home, 'folder');
    } catch {
      continue;
    }
    for (const name of listNames(dir)) {
      const m = TEMP_FILE.exec(name);
      if (!m || Number(m[1]) === process.pid || pidAlive(Number(m[1]))) continue;
      rmSync(join(dir, name), { force: true });
      cleaned++;
    }
  }
  return { rolledForward, cleaned };
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
