// Tool `review`: the DevOps/Platform feasibility review, concerns green/yellow/red with evidence and mitigations.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { runReview } from '../../app/review.js';
import { commandError, guardedIn, json } from '../result.js';
import { dir, knowledge } from './shared.js';

export function registerReview(server: McpServer): void {
  server.registerTool(
    'review',
    {
      title: 'Feasibility review',
      description:
        'Runs the feasibility review on the recommended architecture: concerns (id, level green/yellow/red, status, message, evidence, mitigation, the decision that resolves it) with verdicts from .infra-arch/concerns.yaml applied. status "blocked" while a red concern is open.',
      inputSchema: { dir, knowledge },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      guardedIn({ dir: args.dir, knowledge: args.knowledge }, async () => {
        const r = await runReview(args.dir, { json: true });
        return r.exitCode === 2 ? commandError(r) : json(JSON.parse(r.stdout));
      }),
  );
}
