// `infra-arch mcp`: registers the command that serves the engine over MCP (stdio).
import type { Command } from 'commander';

export function registerMcpCommand(program: Command, version: string): void {
  program
    .command('mcp')
    .description(
      'serve analyze, decisions, explain, review, validate, create and the guided session as MCP tools over stdio (for IDE agents)',
    )
    .addHelpText('after', '\nExamples:\n  $ infra-arch mcp\n  $ claude mcp add infra-arch -- npx infra-arch mcp\n')
    .action(async () => {
      const { serveStdio } = await import('../../mcp/stdio.js');
      await serveStdio(version);
    });
}
