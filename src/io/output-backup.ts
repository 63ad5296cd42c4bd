// Keeps a copy of each hand-edited file `--force` is about to replace, under `.infra-arch/backups/<timestamp>/`.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { resolveInsideProject } from './project-paths.js';

export const BACKUP_DIR = '.infra-arch/backups';

/** A filesystem-safe UTC timestamp such as `2026-01-15T09-30-00Z` (the clock is read here, never in core). */
export function backupStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

/** Copies each file (project-relative) into one fresh backup folder; returns where each went. */
export function backUp(root: string, paths: string[], now: Date): { path: string; backup: string }[] {
  if (!paths.length) return [];
  const stamp = backupStamp(now);
  let folder = `${BACKUP_DIR}/${stamp}`;
  for (let n = 2; existsSync(resolveInsideProject(root, folder, 'folder')); n++) folder = `${BACKUP_DIR}/${stamp}-${n}`;
  return paths.map((path) => {
    const backup = `${folder}/${path}`;
    const to = resolveInsideProject(root, backup);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(resolveInsideProject(root, path), to);
    return { path, backup };
  });
}
