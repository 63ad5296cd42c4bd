// Serves the MCP server over stdin/stdout until stdin closes; stdout carries JSON-RPC and nothing else.
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createServer } from './server.js';

/** Console output from any library would corrupt the JSON-RPC stream: send it to stderr. */
function consoleToStderr(): void {
  const toErr = (...args: unknown[]) => console.error(...args);
  console.log = toErr;
  console.info = toErr;
  console.debug = toErr;
  console.warn = toErr;
}

/** Resolves when the client closes stdin (or the transport closes). */
export async function serveStdio(version: string): Promise<void> {
  consoleToStderr();
  const server = createServer(version);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
  });
  // The SDK's transport does not watch for end of input; without this a closed stdin would leave the server idle forever.
  const stop = () => void server.close();
  process.stdin.once('end', stop);
  process.stdin.once('close', stop);
  await server.connect(transport);
  await closed;
}
