// Where the tool's ADR numbers start: after the ADRs people already keep in docs/adr, without moving its own.
import { readdirSync } from 'node:fs';
import { resolveInsideProject } from './project-paths.js';
import { readRecord } from './write-outputs.js';

const ADR_FOLDER = 'docs/adr';
const NUMBERED = /^(\d{4})-[^/]*\.md$/i;

export interface AdrNumbering {
  /** The number the first generated ADR takes. */
  start: number;
  /** Numbers held by ADRs the tool did not write; generated ADRs skip them. */
  reserved: number[];
}

/**
 * ADRs the last run wrote (per its record) keep their place; every other numbered file in docs/adr is someone else's.
 * A first run starts after the highest of those; later runs start where the tool's own ADRs started.
 */
export function adrNumbering(root: string): AdrNumbering {
  let names: string[];
  try {
    names = readdirSync(resolveInsideProject(root, ADR_FOLDER, 'folder'));
  } catch {
    return { start: 1, reserved: [] };
  }
  const own = new Set(Object.keys(readRecord(root)?.outputs ?? {}));
  const reserved: number[] = [];
  const mine: number[] = [];
  for (const name of names) {
    const m = NUMBERED.exec(name);
    if (!m) continue;
    (own.has(`${ADR_FOLDER}/${name}`) ? mine : reserved).push(Number(m[1]));
  }
  reserved.sort((a, b) => a - b);
  const start = mine.length ? Math.min(...mine) : (reserved.at(-1) ?? 0) + 1;
  return { start, reserved: [...new Set(reserved)] };
}
