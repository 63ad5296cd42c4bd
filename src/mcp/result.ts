// Tool results: JSON text for success, an `isError` result with a message for anything the caller can fix.
import { KnowledgeError } from '../io/knowledge/read-pack.js';
import { withKnowledge } from '../io/knowledge/with-knowledge.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { SessionToolError } from '../app/agent-session.js';

export function json(value: unknown): CallToolResult {
  return { content: [{ type: 'text', text: `${JSON.stringify(value, null, 2)}\n` }] };
}

export function text(value: string): CallToolResult {
  return { content: [{ type: 'text', text: value }] };
}

export function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message.trim() }] };
}

/** Runs a handler; a thrown error becomes an error result (a tool call never takes the server down). */
/**
 * Runs a tool call; with `project`, under that project's knowledge pack (.infra-arch/knowledge/*.yaml, and a `knowledge`
 * folder when given). A bad pack is a tool error naming the file and line.
 */
export async function guarded(
  run: () => Promise<CallToolResult> | CallToolResult,
  project?: { dir?: string; knowledge?: string },
): Promise<CallToolResult> {
  try {
    if (project?.dir === undefined && project?.knowledge === undefined) return await run();
    return await withKnowledge({ projectDir: project.dir, knowledgeDir: project.knowledge }, run);
  } catch (err) {
    if (err instanceof SessionToolError) return toolError(err.message);
    if (err instanceof KnowledgeError) return toolError(`${err.message}\nFix the knowledge file (see docs/knowledge.md) or remove it.`);
    return toolError(
      `infra-arch: unexpected error: ${(err as Error)?.message ?? String(err)}. Please report this with the tool call you made.`,
    );
  }
}

/** The text of a command's failure (its stderr), for an error result. */
export const commandError = (r: { stderr: string; stdout: string }) => toolError(r.stderr || r.stdout || 'the command failed');

/** `guarded` with the project first, for tools whose arguments name one. */
export function guardedIn(
  project: { dir?: string; knowledge?: string },
  run: () => Promise<CallToolResult> | CallToolResult,
): Promise<CallToolResult> {
  return guarded(run, project);
}
