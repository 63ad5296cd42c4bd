// Tool `analyze`: the profile of a project's planning documents, every fact with file:line evidence.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { runAnalyze } from '../../app/analyze.js';
import { commandError, guardedIn, json } from '../result.js';
import { dir, knowledge } from './shared.js';

export function registerAnalyze(server: McpServer): void {
  server.registerTool(
    'analyze',
    {
      title: 'Analyze planning documents',
      description:
        'Reads the PRD, architecture, tech stack and guidelines of a project and returns the extracted facts (clouds, data stores, compute, IaC, CI/CD, compliance, availability, RTO/RPO, regions, team, budget, constraints, ...), each with file:line evidence, plus reading diagnostics.',
      inputSchema: { dir, knowledge },
      annotations: { readOnlyHint: true },
    },
    async (args) =>
      guardedIn({ dir: args.dir, knowledge: args.knowledge }, () => {
        const r = runAnalyze(args.dir, { json: true });
        return r.exitCode === 2 ? commandError(r) : json(JSON.parse(r.stdout));
      }),
  );
}
