// Small phrasings of model and profile facts shared by the sections: lists, money, regions, stated load, articles.
import type { ConstraintFact, InfraModel, Profile } from '../types.js';
import { groupThousands } from '../actions/format.js';

/** "a, b and c"; items that hold commas themselves are separated by semicolons so the list stays readable. */
export function listOf(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  const sep = xs.some((x) => x.includes(',')) ? '; ' : ', ';
  return `${xs.slice(0, -1).join(sep)} and ${xs[xs.length - 1]}`;
}

/** Whole dollars with thousands separators (done by hand: toLocaleString builds a formatter per call). */
export function money(n: number): string {
  return `$${thousands(n)}`;
}

/**
 * A catalogue name as it reads mid-sentence: a generic phrase ("On-premises servers", "Virtual machines": a capitalised
 * first word then lower-case words) loses its capital; a product name ("Amazon ECS", "Cloudflare") keeps it.
 */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]+(?:-[a-z]+)? [a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** 12,000 for 12000. */
export function thousands(n: number): string {
  const whole = String(Math.round(n));
  return whole.startsWith('-') ? `-${groupThousands(whole.slice(1))}` : groupThousands(whole);
}

/** Ids the model uses for a region nobody has named yet. */
const PLACEHOLDER_REGIONS = new Set(['primary-region', 'secondary-region', 'backup-region']);

export function isPlaceholderRegion(id: string): boolean {
  return PLACEHOLDER_REGIONS.has(id);
}

/** A region as a reader should see it: its id, or what it is for when it is not named yet. */
export function regionName(id: string): string {
  if (id === 'primary-region') return 'a primary region still to choose';
  if (PLACEHOLDER_REGIONS.has(id)) return 'a second region still to choose';
  return id;
}

/** Region ids the model actually knows; a placeholder id for an unstated region is left out. */
export function knownRegions(m: InfraModel): { primary: string[]; other: string[] } {
  const real = m.regions.filter((r) => !isPlaceholderRegion(r.id));
  return {
    primary: real.filter((r) => r.role === 'primary').map((r) => r.id),
    other: real.filter((r) => r.role !== 'primary').map((r) => r.id),
  };
}

/** The stated load in a few words ("150,000 users, 600 concurrent at peak"), or null. */
export function scaleSummary(pr: Profile): string | null {
  const top = (k: string) => pr.scale.filter((x) => x.kind === k).sort((a, b) => b.value - a.value)[0];
  const users = top('users');
  const cu = top('concurrent-users');
  const rps = top('requests-per-second');
  const rpm = top('requests-per-minute');
  const parts = [
    users ? `${thousands(users.value)} users` : null,
    cu ? (users ? `${thousands(cu.value)} concurrent at peak` : `${thousands(cu.value)} concurrent users`) : null,
    rps ? `${thousands(rps.value)} requests per second` : rpm ? `${thousands(rpm.value)} requests per minute` : null,
  ].filter((x): x is string => !!x);
  if (!parts.length && top('tenants')) parts.push(`${thousands(top('tenants').value)} tenants`);
  return parts.length ? parts.join(', ') : null;
}

/** "a" or "an" for the word that follows, by its sound's first letter (acronyms read letter by letter). */
export function article(word: string): string {
  const w = word.trim();
  if (/^[A-Z]{2,}/.test(w)) return /^[AEFHILMNORSX]/.test(w) ? 'an' : 'a';
  if (/^(uni|use|usu|eu|one|once)/i.test(w)) return 'a';
  if (/^(hour|honest|honou?r)/i.test(w)) return 'an';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** A stated monthly budget as "€1,500 a month". */
export function budgetText(b: { monthly: number; currency: string }): string {
  const sym = SYMBOL[b.currency];
  return `${sym ?? `${b.currency} `}${thousands(b.monthly)} a month`;
}

/** Constraints with the same text are one constraint (extraction may read a sentence both as a must and a must-not). */
export function uniqueConstraints(pr: Profile): ConstraintFact[] {
  const rank = { prohibit: 0, must: 1, prefer: 2 } as const;
  const byText = new Map<string, ConstraintFact>();
  for (const k of pr.constraints) {
    const key = k.text.trim().toLowerCase();
    const seen = byText.get(key);
    if (!seen || rank[k.kind] < rank[seen.kind]) byText.set(key, k);
  }
  return pr.constraints.filter((k) => byText.get(k.text.trim().toLowerCase()) === k);
}
