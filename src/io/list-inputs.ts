// Lists a project's planning documents: its planning folders (`docs/`, `_bmad-output/`, what a BMAD config names,
// any depth up to a limit), then the files a config names and the project root; only files whose
// role is recognised count toward the cap, and whatever is left out is named in a warning, never skipped silently.
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { classifyRole } from '../core/ingest/classify-role.js';
import type { Diagnostic } from '../core/types.js';
import { diagnostic, message, type MessageData } from '../core/diagnostics/index.js';
import { LISTING_MESSAGES, type ListingMessageId } from './listing-messages.js';
import type { PlanningLocations } from './bmad-layout.js';
import { isInside } from './project-paths.js';

/** Planning documents read at most (a BMAD project has a few dozen shards). */
export const MAX_INPUT_FILES = 400;
/** Folder depth below the project read at most (docs/ is 1); real layouts stay under five. */
export const MAX_INPUT_DEPTH = 12;
/** Folder entries looked at at most, so a docs/ tree of generated files cannot keep the scan busy. */
export const MAX_SCANNED_ENTRIES = 50_000;

const toPosix = (p: string) => p.split(sep).join('/');
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const MARKDOWN = /\.(md|markdown)$/i;

export function listInputs(
  root: string,
  realRoot: string,
  diagnostics: Diagnostic[],
  where: PlanningLocations = { folders: ['docs'], files: [], roles: {} },
): string[] {
  const out: string[] = [];
  const skipped: string[] = [];
  const visited = new Set<string>();
  let entries = 0;
  const rel = (full: string) => toPosix(relative(root, full)) || '.';
  const warn = (id: ListingMessageId, file: string, data: MessageData = {}) =>
    diagnostics.push(diagnostic(LISTING_MESSAGES, 'warning', message(id, data), { file }));

  /** Where a symlink leads, or null (with a warning) when it leaves the project; dangling links are kept for the reader to report. */
  const follow = (full: string): { target: string | null; dir: boolean } | null => {
    let target: string;
    try {
      target = realpathSync(full);
    } catch {
      return { target: null, dir: false };
    }
    if (!isInside(realRoot, target)) {
      warn('symlink-outside', rel(full), { target });
      return null;
    }
    try {
      return { target, dir: statSync(target).isDirectory() };
    } catch {
      return { target: null, dir: false };
    }
  };

  const taken = new Set<string>();
  const take = (full: string) => {
    const r = rel(full);
    if (taken.has(full) || !(classifyRole(r) ?? where.roles[r])) return;
    taken.add(full);
    if (out.length >= MAX_INPUT_FILES) skipped.push(r);
    else out.push(full);
  };

  const walk = (dir: string, depth: number) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      real = dir;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let list: Dirent[];
    try {
      list = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      warn('unreadable-dir', rel(dir), { code: (err as NodeJS.ErrnoException).code ?? 'error' });
      return;
    }
    list.sort(byName);
    for (const e of list) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      if (++entries > MAX_SCANNED_ENTRIES) {
        if (entries === MAX_SCANNED_ENTRIES + 1) warn('too-many-entries', rel(dir), { limit: MAX_SCANNED_ENTRIES });
        return;
      }
      const full = join(dir, e.name);
      // Node decodes file names as UTF-8; an undecodable one cannot be opened by the name it returns.
      if (e.name.includes('\uFFFD') && MARKDOWN.test(e.name)) {
        warn('not-utf8-name', rel(full));
        continue;
      }
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        const f = follow(full);
        if (!f) continue;
        isDir = f.dir;
      }
      if (isDir) {
        if (depth + 1 > MAX_INPUT_DEPTH) warn('too-deep', rel(full), { limit: MAX_INPUT_DEPTH });
        else walk(full, depth + 1);
      } else if (MARKDOWN.test(e.name)) take(full);
    }
  };

  let rootEntries: Dirent[];
  try {
    rootEntries = readdirSync(root, { withFileTypes: true }).sort(byName);
  } catch {
    return out;
  }
  // docs/ (v4), _bmad-output/ (v6) and the folders a BMAD config names, then the single files it names.
  for (const folder of where.folders) {
    const full = join(root, folder);
    let st;
    try {
      st = lstatSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory() || (st.isSymbolicLink() && follow(full)?.dir)) walk(full, folder.split('/').length);
  }
  for (const file of where.files) {
    if (!MARKDOWN.test(file)) continue;
    const full = join(root, file);
    let st;
    try {
      st = lstatSync(full);
    } catch {
      continue;
    }
    if (st.isFile() || (st.isSymbolicLink() && follow(full))) take(full);
  }
  // Root-level planning files (PRD.md, architecture.md) count too; README and friends do not match a role.
  for (const e of rootEntries) {
    if (!MARKDOWN.test(e.name)) continue;
    if (e.isFile()) take(join(root, e.name));
    else if (e.isSymbolicLink() && follow(join(root, e.name))) take(join(root, e.name));
  }
  if (skipped.length) {
    const shown = skipped.slice(0, 5).join(', ');
    warn('too-many-inputs', skipped[0]!, {
      limit: MAX_INPUT_FILES,
      skipped: skipped.length,
      shown: `${shown}${skipped.length > 5 ? ', …' : ''}`,
    });
  }
  return out;
}
