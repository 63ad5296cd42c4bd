// Small phrasings of model and profile facts shared by the sections: lists, money, regions, stated load, articles.
import type { InfraModel, Profile } from '../types.js';

/** "a, b and c". */
export function listOf(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

/** Whole dollars with thousands separators (done by hand: toLocaleString builds a formatter per call). */
export function money(n: number): string {
  return `$${thousands(n)}`;
}

/** 12,000 for 12000. */
export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Region ids the model actually knows; a placeholder id for an unstated region is left out. */
export function knownRegions(m: InfraModel): { primary: string[]; other: string[] } {
  const real = m.regions.filter((r) => r.id !== 'primary-region');
  return { primary: real.filter((r) => r.role === 'primary').map((r) => r.id), other: real.filter((r) => r.role !== 'primary').map((r) => r.id) };
}

const LOAD_KINDS = ['concurrent-users', 'requests-per-second', 'requests-per-minute', 'users', 'tenants'];

/** The stated load in a few words ("600 concurrent users, 40 requests per second"), or null. */
export function scaleSummary(pr: Profile): string | null {
  const picked: string[] = [];
  for (const k of LOAD_KINDS) {
    const s = pr.scale.filter((x) => x.kind === k).sort((a, b) => b.value - a.value)[0];
    if (s) picked.push(`${thousands(s.value)} ${k.replace(/-/g, ' ')}`);
    if (picked.length === 2) break;
  }
  return picked.length ? picked.join(', ') : null;
}

/** "a" or "an" for the word that follows, by its sound's first letter (acronyms read letter by letter). */
export function article(word: string): string {
  const w = word.trim();
  if (/^[A-Z]{2,}/.test(w)) return /^[AEFHILMNORSX]/.test(w) ? 'an' : 'a';
  if (/^(uni|use|usu|eu|one|once)/i.test(w)) return 'a';
  if (/^(hour|honest|honou?r)/i.test(w)) return 'an';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}
