// The third-party services the inputs name, cleaned: the system's own platform and stores are not third parties, one vendor is one service.
import { defaultMatcher } from '../extract/tech-hits.js';

/** Leading words that describe a kind of service rather than name a vendor: such names are never merged by their first word. */
const GENERIC_LEAD = new Set([
  'api',
  'apis',
  'accounting',
  'analytics',
  'cloud',
  'data',
  'e-commerce',
  'email',
  'error',
  'external',
  'market',
  'payment',
  'payments',
  'shipping',
  'sms',
  'the',
  'third-party',
]);

/** Technology ids the catalogue reads in a name. */
function techIn(name: string): string[] {
  return defaultMatcher()
    .scan(name)
    .flatMap((h) => h.entries.map((e) => e.id));
}

const firstWord = (name: string) => name.split(/[\s/(]/)[0] ?? '';

/** The words two names share from the start ("GitHub REST API", "GitHub Webhooks" → "GitHub"). */
function commonLead(names: string[]): string {
  const split = names.map((n) => n.split(' '));
  const out: string[] = [];
  for (let i = 0; i < split[0].length; i++) {
    const w = split[0][i];
    if (!split.every((s) => s[i] === w)) break;
    out.push(w);
  }
  return out.join(' ');
}

/**
 * Which named services to keep and under which name: a name whose technology is the project's own (its platform, runtime or a
 * store: "R2 Storage", "DigitalOcean VPS") or one already listed ("Twilio Voice API" beside Twilio) is dropped; names that start
 * with the same vendor word ("Binance Spot API", "Binance WebSocket Streams") become one service named by the words they share.
 */
export function cleanExternalNames(names: readonly string[], own: ReadonlySet<string>, listed: ReadonlySet<string>): string[] {
  const kept = names.filter((n) => {
    const ids = techIn(n);
    return !ids.some((id) => own.has(id) || listed.has(id));
  });
  const groups = new Map<string, string[]>();
  for (const n of kept) {
    const w = firstWord(n);
    const key = /^[A-Z0-9]/.test(w) && !GENERIC_LEAD.has(w.toLowerCase()) ? w.toLowerCase() : `\u0000${n}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  return [...groups.values()].map((g) => (g.length === 1 ? g[0] : commonLead(g) || firstWord(g[0])));
}
