// Tool `explain`: the documentation of a decision point, an option, a review rule or a checklist item.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { explain } from '../../api/explain.js';
import { guarded, text, toolError } from '../result.js';

export function registerExplain(server: McpServer): void {
  server.registerTool(
    'explain',
    {
      title: 'Explain an id',
      description:
        'Documentation of a decision point (cloud.primary-platform), an option (cloud.primary-platform/aws), a review rule (k8s-small-team) or a checklist item; with no id, the list of every id.',
      inputSchema: { id: z.string().min(1).optional() },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      guarded(() => {
        const out = explain(args.id);
        return out === null
          ? toolError(`unknown id "${args.id}": call explain without an id to list decision points, options, rules and checklist items`)
          : text(out);
      }),
  );
}
