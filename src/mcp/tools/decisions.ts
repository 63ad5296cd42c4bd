// Tool `decisions`: the decision engine's output, each decision with its options (pros, cons, scores), rationale and evidence.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { analyze, decide } from '../../api/pipeline.js';
import { formatDiagnostics } from '../../app/run-result.js';
import { readProject } from '../../io/read-project.js';
import { DOMAINS } from '../../core/decide/domains.js';
import { parseConstraint } from '../../core/session/constraint-parser.js';
import { decisionView } from '../../core/session/agent-step.js';
import type { DomainId } from '../../core/types.js';
import { guardedIn, json, toolError } from '../result.js';
import { dir, priority, knowledge } from './shared.js';

const domainIds = DOMAINS.map((d) => d.id) as [DomainId, ...DomainId[]];

export function registerDecisions(server: McpServer): void {
  server.registerTool(
    'decisions',
    {
      title: 'Infrastructure decisions',
      description:
        'Runs the decision engine on a project: for each decision point (cloud platform, runtime, database, IaC, ...) the options considered with pros, cons and scores, the recommendation, its basis (committed in the documents, scored, or chosen by the user), rationale and evidence. Optional what-if inputs: choices, priorities, constraints.',
      inputSchema: {
        dir,
        knowledge,
        domain: z.enum(domainIds).optional().describe('only the decisions of this domain'),
        choices: z
          .record(z.string(), z.string())
          .optional()
          .describe('decision id → option id to pin, e.g. {"compute.runtime": "kubernetes"}'),
        priorities: z.array(priority).optional(),
        constraints: z
          .array(z.string().min(1))
          .optional()
          .describe('free-text constraints such as "no Kubernetes" or "must use Terraform"'),
      },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      guardedIn({ dir: args.dir, knowledge: args.knowledge }, () => {
        const input = readProject(args.dir);
        if (input.docs.length === 0) return toolError(formatDiagnostics(input.diagnostics) || `no planning documents found in ${args.dir}`);
        const { profile } = analyze(input);
        const decisions = decide(profile, {
          choices: args.choices ?? {},
          priorities: args.priorities ?? [],
          constraints: (args.constraints ?? []).map(parseConstraint),
        });
        return json({
          decisions: decisions
            .filter((d) => !args.domain || d.domain === args.domain)
            .map((d) => ({ domain: d.domain, ...decisionView(d) })),
        });
      }),
  );
}
