// Keeps every path the tool writes, deletes or follows inside the project folder, through symlinks too.
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** A path the tool refuses to touch; the message names it and says what to do (exit 2). */
export class ProjectPathError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProjectPathError';
  }
}

/** The project folder with every symlink resolved (the yardstick for "inside"). */
export function realRoot(root: string): string {
  try {
    return realpathSync(resolve(root));
  } catch {
    return resolve(root);
  }
}

/** True when `child` is `parent` itself or lies below it (both absolute, already resolved). */
export function isInside(parent: string, child: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r));
}

/** A project-relative POSIX path with no way out: no `..`, no absolute form, no NUL, no backslash, no empty part. */
export function isPlainRelative(rel: string): boolean {
  if (typeof rel !== 'string' || rel === '' || rel.length > 1000 || rel.includes('\0') || rel.includes('\\')) return false;
  if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) return false;
  return rel.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * Resolves a project-relative path the tool is about to write or delete. Throws ProjectPathError when the
 * path is not plain, or when a folder on the way is a symlink out of the project or not a folder at all.
 */
export function resolveInsideProject(root: string, rel: string, kind: 'file' | 'folder' = 'file'): string {
  if (!isPlainRelative(rel))
    throw new ProjectPathError(rel, `${rel}: not a plain path inside the project; infra-arch writes only below the project folder`);
  const base = realRoot(root);
  const parts = rel.split('/');
  let at = base;
  for (let i = 0; i < parts.length; i++) {
    at = join(at, parts[i]);
    const shown = parts.slice(0, i + 1).join('/');
    let st;
    try {
      st = lstatSync(at);
    } catch {
      return join(base, ...parts);
    }
    const last = i === parts.length - 1;
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(at);
      } catch {
        throw new ProjectPathError(
          shown,
          `${shown} is a broken symbolic link; remove it (infra-arch will create a real ${last ? kind : 'folder'}) and run again`,
        );
      }
      if (!isInside(base, target)) {
        throw new ProjectPathError(
          shown,
          `${shown} is a symbolic link to ${target}, outside the project; infra-arch writes only inside the project. Replace the link with a real folder and run again`,
        );
      }
      at = target;
      st = lstatSync(at);
    }
    if ((!last || kind === 'folder') && !st.isDirectory())
      throw new ProjectPathError(shown, `${shown} is a file where infra-arch needs a folder; move it aside and run again`);
    if (last && kind === 'file' && st.isDirectory())
      throw new ProjectPathError(shown, `${shown} is a folder where infra-arch writes a file; move it aside and run again`);
  }
  return at;
}
