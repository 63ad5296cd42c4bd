// Stable, sanitised model element ids: kebab-case from a display name, unique within a model.
import { trimChars, trimEndChars } from '../text/trim-chars.js';

/** Kebab-case id made only of [a-z0-9-]; never empty. */
export function kebabId(name: string, fallback = 'item'): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return trimEndChars(trimChars(s, '-').slice(0, 48), '-') || fallback;
}

/** Hands out ids, suffixing `-2`, `-3` when a name repeats, so ids stay stable for the same input order. */
export class IdAllocator {
  private used = new Set<string>();

  take(name: string, fallback = 'item'): string {
    const base = kebabId(name, fallback);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.used.has(id);
  }
}
