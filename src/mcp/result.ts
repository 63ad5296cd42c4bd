// Tool results: JSON text for success, an `isError` result with a message for anything the caller can fix.
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
export async function guarded(run: () => Promise<CallToolResult> | CallToolResult): Promise<CallToolResult> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof SessionToolError) return toolError(err.message);
    return toolError(
      `infra-arch: unexpected error: ${(err as Error)?.message ?? String(err)}. Please report this with the tool call you made.`,
    );
  }
}

/** The text of a command's failure (its stderr), for an error result. */
export const commandError = (r: { stderr: string; stdout: string }) => toolError(r.stderr || r.stdout || 'the command failed');
