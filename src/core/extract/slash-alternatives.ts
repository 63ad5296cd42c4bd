// "Managed Postgres (Supabase/Neon)", "workers on Railway/Fly.io": two names of one exclusive slot joined by a slash are options.
import { kb } from '../knowledge/active.js';
import type { TechSlot } from '../types.js';

/** Slots a system fills once: two hosts, two databases or two pipelines side by side are a choice still open. */
const EXCLUSIVE: TechSlot[] = ['hosting-platform', 'database', 'ci-cd', 'iac'];
// "Multi-cloud (AWS/Azure/GCP)", "runs on both Vercel/Netlify": the slash lists every one of them.
const ALL_OF =
  /\b(?:multi-?cloud|multi-?provider|multi-?platform|hybrid|cloud-agnostic|portable\s+across|across|both|all\s+of|each\s+of|every)\b[^.;:\n]{0,30}$/i;
// Only the slash itself between the two names, with at most a space either side.
const SLASH = /^ ?\/ ?$/;

/** Both fill one exclusive slot and are the same kind of thing: "PostgreSQL/Supabase" is an engine and its host, not a choice. */
function rivals(a: string, b: string): boolean {
  if (a === b) return false;
  const ta = kb().tech(a);
  const tb = kb().tech(b);
  if (!ta || !tb || ta.kind !== tb.kind) return false;
  return EXCLUSIVE.some((s) => ta.slots.includes(s) && tb.slots.includes(s));
}

/**
 * Indexes of hits that are one of a slash-joined pair (or run) filling the same exclusive slot. Different slots stay
 * committed: "TypeScript/Node.js" or "Docker/Kubernetes" name parts that work together.
 */
export function slashAlternatives(text: string, hits: readonly { start: number; end: number; id: string }[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (b.start - a.end > 3 || !SLASH.test(text.slice(a.end, b.start)) || !rivals(a.id, b.id)) continue;
    // The first name of the run carries the clause that says whether all are meant.
    let first = i;
    while (first > 0 && out.has(first - 1) && SLASH.test(text.slice(hits[first - 1].end, hits[first].start))) first--;
    if (ALL_OF.test(text.slice(Math.max(0, hits[first].start - 50), hits[first].start))) continue;
    out.add(i);
    out.add(i + 1);
  }
  return out;
}
