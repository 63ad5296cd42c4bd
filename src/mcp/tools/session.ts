// Tools `session_start`, `session_step`, `session_answer`, `session_status`: the guided (incremental) mode as tool calls.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { answerSession, sessionStatus, sessionStep, startSession } from '../../app/agent-session.js';
import { actionIds } from '../../core/actions/registry.js';
import type { ActionId } from '../../core/actions/action.js';
import type { AgentAnswer } from '../../core/session/agent-answer.js';
import { guardedIn, json } from '../result.js';
import { date, dir, priority } from './shared.js';

const analysis = z.enum(actionIds().filter((a) => a !== 'finalise') as [Exclude<ActionId, 'finalise'>, ...Exclude<ActionId, 'finalise'>[]]);
const id = z.string().min(1);

/** Every answer the session accepts; each object has exactly one of these shapes (the answers-file shapes, docs/answers-file.md). */
export const ANSWER = z.union([
  z.strictObject({ mode: z.enum(['incremental', 'yolo']) }),
  z.strictObject({ accept: z.literal(true) }),
  z.strictObject({ finalise: z.literal(true) }),
  z.strictObject({ choose: z.strictObject({ decision: id, option: id }) }),
  z.strictObject({ priority }),
  z.strictObject({ constraint: z.string().min(1) }),
  z.strictObject({ note: z.strictObject({ decision: id.optional(), text: z.string().min(1) }) }),
  z.strictObject({ action: analysis, keep: z.boolean().optional() }),
  z.strictObject({
    concern: z.union([
      z.strictObject({ id, accept: z.string().min(1) }),
      z.strictObject({ id, revise: z.strictObject({ decision: id, option: id }) }),
      z.strictObject({ id, leaveOpen: z.literal(true) }),
    ]),
  }),
  z.strictObject({ review: z.literal('done') }),
  z.strictObject({ write: z.literal(true), force: z.boolean().optional(), date: date.optional() }),
]);

export function registerSession(server: McpServer): void {
  server.registerTool(
    'session_start',
    {
      title: 'Start or resume a guided session',
      description:
        'Starts the guided (incremental) workflow in a project, or resumes its unfinished session (.infra-arch/session.json, the same file `infra-arch create --mode incremental` and `infra-arch resume` use). Returns the current step: the open section with its decisions, options (pros, cons, scores), recommendation, rationale and evidence, and the answers it accepts. restart: true discards an unfinished session.',
      inputSchema: { dir, restart: z.boolean().optional() },
    },
    async (args) => guardedIn({ dir: args.dir }, () => json(startSession(args.dir, { restart: args.restart }))),
  );

  server.registerTool(
    'session_step',
    {
      title: 'Current step of the guided session',
      description:
        'The step the session is at: a section (decisions, options, recommendation, the answers it accepts and the analyses it offers), the feasibility review (concerns and the next red one to settle), ready to write, or done.',
      inputSchema: { dir },
      annotations: { readOnlyHint: true },
    },
    async (args) => guardedIn({ dir: args.dir }, () => json(sessionStep(args.dir))),
  );

  server.registerTool(
    'session_answer',
    {
      title: 'Answer the current step',
      description:
        'Records the person\'s answer to the current step and saves the session at once. In a section: {"accept": true}, {"choose": {"decision", "option"}}, {"priority"}, {"constraint": "no Kubernetes"}, {"note": {"decision"?, "text"}}, {"action": "<analysis>"} to show an analysis, {"action", "keep": true|false} to record it, {"finalise": true}. In the review: {"concern": {"id", "accept": "<justification>"}}, {"concern": {"id", "revise": {"decision", "option"}}}, {"concern": {"id", "leaveOpen": true}}, or {"review": "done"} when no red concern is left. Then {"write": true} (force?, date?) writes the document. Returns what changed and the next step.',
      inputSchema: { dir, answer: ANSWER },
    },
    async (args) =>
      guardedIn({ dir: args.dir }, async () =>
        json(await answerSession(args.dir, args.answer as AgentAnswer | { write: true; force?: boolean; date?: string })),
      ),
  );

  server.registerTool(
    'session_status',
    {
      title: 'Guided session status',
      description:
        "Where the session stands: phase, open section, each section's status and number of answers, the concern verdicts, and whether the planning documents changed since it started.",
      inputSchema: { dir },
      annotations: { readOnlyHint: true },
    },
    async (args) => guardedIn({ dir: args.dir }, () => json(sessionStatus(args.dir))),
  );
}
