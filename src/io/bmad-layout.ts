// Finds where a project keeps its planning documents: docs/ (BMAD v4), _bmad-output/ (v6) and the paths its BMAD config names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';

/** Folders and single files (project-relative, POSIX) that may hold planning documents. */
export interface PlanningLocations {
  folders: string[];
  files: string[];
  /** The role a BMAD config gives a file by the key that names it (its `prdFile`, its `architectureFile`). */
  roles: Record<string, 'prd' | 'architecture'>;
}

// v4 keeps its config in .bmad-core/; v6 installs write per-module config under _bmad/.
const CONFIG_FILES = ['.bmad-core/core-config.yaml', '_bmad/core-config.yaml', '_bmad/bmm/config.yaml', '_bmad/core/config.yaml'];
const DEFAULT_FOLDERS = ['docs', '_bmad-output'];
const MAX_CONFIG_BYTES = 256 * 1024;

const toPosix = (p: string) => p.split(sep).join('/');

/** A configured path made project-relative, or null when it leaves the project or is not a plain string. */
function insideProject(root: string, value: unknown, vars: Record<string, string>): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let p = value.trim();
  for (const [k, v] of Object.entries(vars)) p = p.split(`{${k}}`).join(v);
  p = p.replace(/^\{project-root\}\/?/, '');
  if (p.includes('{')) return null;
  const full = isAbsolute(p) ? normalize(p) : resolve(root, p);
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return toPosix(rel);
}

// The YAML parser loads only when a project has a BMAD config to read: most runs have none, and the import is not free.
let parseYaml: ((text: string) => unknown) | null = null;
const yamlParse = () => (parseYaml ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse);

function readYaml(full: string): Record<string, unknown> | null {
  try {
    if (statSync(full).size > MAX_CONFIG_BYTES) return null;
    const data = yamlParse()(readFileSync(full, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    // A broken BMAD config only costs us its hints; the default folders are still read.
    return null;
  }
}

const field = (o: unknown, key: string): unknown => (o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined);

/** Where planning documents live for the project at `root`, defaults first, then what its BMAD config adds. */
export function planningLocations(root: string): PlanningLocations {
  const folders = new Set<string>();
  const files = new Set<string>();
  const roles: Record<string, 'prd' | 'architecture'> = {};
  let names: string[] = [];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
  } catch {
    // An unreadable root is reported by the caller.
  }
  for (const n of names) if (DEFAULT_FOLDERS.includes(n.toLowerCase())) folders.add(n);
  for (const cfgPath of CONFIG_FILES) {
    const cfg = readYaml(join(root, cfgPath));
    if (!cfg) continue;
    const vars: Record<string, string> = {};
    const out = insideProject(root, cfg.output_folder, {});
    if (out) vars.output_folder = out;
    // v6: the planning artifacts folder (PRD, architecture, epics) and the long-lived project knowledge.
    for (const key of ['planning_artifacts', 'project_knowledge', 'output_folder']) {
      const p = insideProject(root, cfg[key], vars);
      if (p) folders.add(p);
    }
    // v4: the PRD and architecture files, their sharded folders and the files developers always load.
    for (const [section, file, sharded] of [
      ['prd', 'prdFile', 'prdShardedLocation'],
      ['architecture', 'architectureFile', 'architectureShardedLocation'],
    ] as const) {
      const f = insideProject(root, field(cfg[section], file), vars);
      if (f) {
        files.add(f);
        roles[f] = section;
      }
      const d = insideProject(root, field(cfg[section], sharded), vars);
      if (d) folders.add(d);
    }
    for (const key of ['devLoadAlwaysFiles', 'customTechnicalDocuments']) {
      const list = cfg[key];
      if (Array.isArray(list))
        for (const item of list) {
          const f = insideProject(root, item, vars);
          if (f) files.add(f);
        }
    }
  }
  // A folder inside another one is walked with it.
  const sorted = [...folders].sort();
  const outer = sorted.filter((f) => !sorted.some((o) => o !== f && f.startsWith(`${o}/`)));
  return { folders: outer, files: [...files].sort().filter((f) => !outer.some((o) => f.startsWith(`${o}/`))), roles };
}
