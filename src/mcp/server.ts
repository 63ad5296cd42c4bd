// The MCP server: the infra-arch engine as tools for IDE agents (one registration per tool file).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerAnalyze } from './tools/analyze.js';
import { registerCreate } from './tools/create.js';
import { registerDecisions } from './tools/decisions.js';
import { registerExplain } from './tools/explain.js';
import { registerReview } from './tools/review.js';
import { registerSession } from './tools/session.js';
import { registerValidate } from './tools/validate.js';

export const TOOL_NAMES = [
  'analyze',
  'decisions',
  'explain',
  'review',
  'validate',
  'create',
  'session_start',
  'session_step',
  'session_answer',
  'session_status',
] as const;

export function createServer(version: string): McpServer {
  const server = new McpServer(
    { name: 'infra-arch', version },
    {
      instructions:
        'Deterministic infrastructure architecture from planning documents (PRD, architecture, tech stack, guidelines). Every fact cites file:line; every decision lists options with pros and cons. Present options and concerns to the person and record their answers with the session_* tools; write files only when they ask.',
    },
  );
  for (const register of [
    registerAnalyze,
    registerDecisions,
    registerExplain,
    registerReview,
    registerValidate,
    registerCreate,
    registerSession,
  ])
    register(server);
  return server;
}
