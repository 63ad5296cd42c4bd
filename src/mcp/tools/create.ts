// Tool `create`: the whole architecture in one pass (YOLO); files are written only when `write` is true.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { render } from '../../api/pipeline.js';
import { validateMermaid } from '../../api/validate.js';
import { runCreateYolo } from '../../app/create-yolo.js';
import { resolveDate } from '../../app/resolve-date.js';
import { formatDiagnostics } from '../../app/run-result.js';
import { createSummary } from '../../core/pipeline/summary.js';
import { readProject } from '../../io/read-project.js';
import { readTracking } from '../../io/read-tracking.js';
import { commandError, guardedIn, json, toolError } from '../result.js';
import { date, dir, knowledge } from './shared.js';

export function registerCreate(server: McpServer): void {
  server.registerTool(
    'create',
    {
      title: 'Create the architecture (one pass)',
      description:
        'Builds docs/infrastructure-architecture.md, one ADR per key decision, six Mermaid diagrams (each parsed by Mermaid) and .infra-arch/model.json from the recommendations. Without write: true nothing is written: the summary (status, decisions, concerns, assumptions, open questions) and the files that would be written are returned. With write: true the files are written; a document edited by hand is kept unless force: true.',
      inputSchema: {
        dir,
        knowledge,
        write: z.boolean().optional().describe('write the files (default false: a dry run)'),
        force: z.boolean().optional().describe('replace a document that was edited by hand'),
        date: date.optional(),
        includeDocument: z.boolean().optional().describe('return the document text too (dry run only)'),
      },
    },
    async (args) =>
      guardedIn({ dir: args.dir, knowledge: args.knowledge }, async () => {
        if (args.write) {
          const r = await runCreateYolo(args.dir, { date: args.date, force: args.force, json: true });
          return r.exitCode === 0 ? json({ written: true, ...JSON.parse(r.stdout) }) : commandError(r);
        }
        const when = resolveDate(args.date, process.env);
        if ('error' in when) return toolError(when.error);
        const input = readProject(args.dir);
        if (input.docs.length === 0) return toolError(formatDiagnostics(input.diagnostics) || `no planning documents found in ${args.dir}`);
        const built = render(input, { date: when.date, tracking: readTracking(input.root).tracking });
        const proofs = await validateMermaid(built.diagrams.map((d) => d.source));
        const doc = built.files.find((f) => f.kind === 'document')!;
        return json({
          written: false,
          ...createSummary(built, doc.path),
          diagrams: built.diagrams.map((d, i) => ({ title: d.title, parses: proofs[i].ok })),
          files: built.files.map((f) => f.path),
          ...(args.includeDocument ? { documentText: doc.content } : {}),
        });
      }),
  );
}
