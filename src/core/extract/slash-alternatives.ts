// "Managed Postgres (Supabase/Neon)", "workers on Railway/Fly.io": two names of one exclusive slot joined by a slash are options.
import { kb } from '../knowledge/active.js';
import type { TechSlot } from '../types.js';
import type { TechRecord, TechRole } from '../knowledge/types.js';

/** Slots a system fills once: two hosts, two databases or two pipelines side by side are a choice still open. */
const EXCLUSIVE: TechSlot[] = ['hosting-platform', 'database', 'ci-cd', 'iac'];
// "Multi-cloud (AWS/Azure/GCP)", "runs on both Vercel/Netlify": the slash lists every one of them.
const ALL_OF =
  /\b(?:multi-?cloud|multi-?provider|multi-?platform|hybrid|cloud-agnostic|portable\s+across|across|both|all\s+of|each\s+of|every)\b[^.;:\n]{0,30}$/i;
// Only the slash itself between the two names, with at most a space either side.
const SLASH = /^ ?\/ ?$/;

// Managed runtimes that run the same kind of workload: a container service and a managed cluster both run the containers.
const WORKLOAD: Partial<Record<TechRole, string>> = { container: 'containers', orchestrator: 'containers' };
const workload = (t: TechRecord): string => (t.role ? (WORKLOAD[t.role] ?? t.role) : '');

/**
 * Two managed runtimes for the same workload ("ECS/EKS", "GKE/EKS") are a choice left open; a runtime and the engine it
 * schedules onto ("ECS/Fargate"), a function service beside a container one, or self-run layers ("Docker/Kubernetes") work together.
 */
function rivalRuntimes(ta: TechRecord, tb: TechRecord): boolean {
  if (ta.kind !== 'managed-service' || !ta.slots.includes('runtime') || !tb.slots.includes('runtime')) return false;
  if (ta.traits?.includes('runs-under-scheduler') || tb.traits?.includes('runs-under-scheduler')) return false;
  return workload(ta) !== '' && workload(ta) === workload(tb);
}

/** Both fill one exclusive slot and are the same kind of thing: "PostgreSQL/Supabase" is an engine and its host, not a choice. */
function rivals(a: string, b: string): boolean {
  if (a === b) return false;
  const ta = kb().tech(a);
  const tb = kb().tech(b);
  if (!ta || !tb || ta.kind !== tb.kind) return false;
  return EXCLUSIVE.some((s) => ta.slots.includes(s) && tb.slots.includes(s)) || rivalRuntimes(ta, tb);
}

/**
 * Hits that are one of a slash-joined pair (or run) filling the same exclusive slot, each mapped to the indexes of its whole
 * run. Different slots stay committed: "TypeScript/Node.js" or "Docker/Kubernetes" name parts that work together.
 */
export function slashAlternatives(text: string, hits: readonly { start: number; end: number; id: string }[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (b.start - a.end > 3 || !SLASH.test(text.slice(a.end, b.start)) || !rivals(a.id, b.id)) continue;
    // The first name of the run carries the clause that says whether all are meant.
    let first = i;
    while (first > 0 && out.has(first - 1) && SLASH.test(text.slice(hits[first - 1].end, hits[first].start))) first--;
    if (ALL_OF.test(text.slice(Math.max(0, hits[first].start - 50), hits[first].start))) continue;
    const run = out.get(i) ?? [i];
    run.push(i + 1);
    out.set(i, run);
    out.set(i + 1, run);
  }
  return out;
}
