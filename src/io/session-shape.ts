// The shape a session record read from disk must have before the session code trusts it (it is user-editable data).
import { z } from 'zod';
import { DOMAINS } from '../core/decide/domains.js';
import { SESSION_VERSION, type SessionState } from '../core/session/state.js';

const Text = z.string().max(100_000);
const Pair = z.object({ decision: Text, option: Text });
const Entry = z.union([
  z.object({ accept: z.literal(true) }),
  z.object({ finalise: z.literal(true) }),
  z.object({ choose: Pair }),
  z.object({ priority: Text }),
  z.object({ constraint: Text }),
  z.object({ note: z.object({ decision: Text.optional(), text: Text }) }),
  z.object({ action: Text, keep: z.boolean() }),
]);
const Domain = z.object({ status: z.enum(['pending', 'in-progress', 'finalised']), log: z.array(Entry).max(10_000) });
const domainIds = DOMAINS.map((d) => d.id) as [string, ...string[]];
const Result = z.object({
  action: Text,
  domain: Text,
  title: Text,
  summary: Text,
  table: z.array(z.array(Text)).optional(),
  findings: z.array(Text),
  assumptions: z.array(Text),
});

const Session = z.object({
  version: z.literal(SESSION_VERSION),
  inputs: Text,
  mode: z.enum(['incremental', 'yolo']).nullable(),
  phase: z.enum(['mode', 'domains', 'review', 'write', 'done']),
  domain: z.enum(domainIds).nullable(),
  domains: z.object(Object.fromEntries(domainIds.map((id) => [id, Domain]))),
  user: z.object({
    choices: z.record(Text, Text),
    priorities: z.array(Text),
    constraints: z.array(z.object({ text: Text, excludes: z.array(Text), requires: z.array(Text) })),
    notes: z.record(Text, z.array(Text)),
  }),
  sectionNotes: z.partialRecord(z.enum(domainIds), z.array(Text)),
  actionResults: z.partialRecord(z.enum(domainIds), z.array(Result)),
  concerns: z.array(
    z.union([
      z.object({ id: Text, accept: Text }),
      z.object({ id: Text, revise: Pair }),
      z.object({ id: Text, leaveOpen: z.literal(true) }),
    ]),
  ),
  interactive: z.boolean().optional(),
});

/** The session, or the first field that is wrong (`domains.cloud.status: …`). */
export function checkSessionShape(data: unknown): { state: SessionState } | { error: string } {
  const r = Session.safeParse(data);
  if (r.success) return { state: data as SessionState };
  const issue = r.error.issues[0];
  return { error: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
}
