// Test helper: an SDK client connected to a fresh in-process server over the in-memory transport.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createServer } from '../../src/mcp/server.js';

export async function connectedClient(): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createServer('0.0.0-test').connect(serverSide);
  const client = new Client({ name: 'infra-arch-test', version: '1.0.0' });
  await client.connect(clientSide);
  return client;
}

/** Calls a tool and returns its result with the text of its first content item. */
export async function call(client: Client, name: string, args: Record<string, unknown>): Promise<{ isError: boolean; text: string }> {
  const r = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const first = r.content[0];
  return { isError: r.isError === true, text: first && first.type === 'text' ? first.text : '' };
}

/** Calls a tool that must succeed and parses its JSON text. */
export async function callJson<T = Record<string, unknown>>(client: Client, name: string, args: Record<string, unknown>): Promise<T> {
  const r = await call(client, name, args);
  if (r.isError) throw new Error(`${name} failed: ${r.text}`);
  return JSON.parse(r.text) as T;
}
