// `infra-arch mcp` as a real child process: the SDK's stdio client lists and calls tools; stdout carries only
// JSON-RPC (even while Mermaid loads in its worker); a closed stdin stops the server.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOOL_NAMES } from '../../src/mcp/server.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/infra-arch.js');

const request = (id: number, method: string, params: Record<string, unknown> = {}) => ({ jsonrpc: '2.0', id, method, params });

describe('infra-arch mcp over stdio', () => {
  beforeAll(async () => {
    // The command runs from dist/; `npm test` builds first, build here too when this file runs alone
    // (asynchronously: a long blocking call starves the test worker's link to vitest).
    await promisify(execFile)(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: root,
    });
  }, 300_000);

  it('serves the SDK stdio client: lists the tools and calls one', async () => {
    const transport = new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp'], cwd: root, stderr: 'pipe' });
    const client = new Client({ name: 'infra-arch-stdio-test', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual([...TOOL_NAMES].sort());
      const r = (await client.callTool({ name: 'analyze', arguments: { dir: 'test/fixtures/mini-project' } })) as CallToolResult;
      expect(r.isError).toBeFalsy();
      const first = r.content[0];
      expect(first.type === 'text' && JSON.parse(first.text).profile.cloudProviders[0].id).toBe('aws');
    } finally {
      await client.close();
    }
  }, 120_000);

  it('writes nothing but JSON-RPC to stdout and exits 0 when stdin closes', async () => {
    const child = spawn(process.execPath, [bin, 'mcp'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
    });
    child.stderr.resume();
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    const send = (m: object) => child.stdin.write(`${JSON.stringify(m)}\n`);
    const answered = (id: number) =>
      new Promise<void>((res) => {
        const check = () => {
          if (stdout.split('\n').some((l) => l.includes(`"id":${id}`))) {
            child.stdout.off('data', check);
            res();
          }
        };
        child.stdout.on('data', check);
        check();
      });
    send(request(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } }));
    await answered(1);
    send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    // Mermaid (jsdom and all) loads in a worker thread for this call; a bad call and an unknown tool follow.
    send(request(2, 'tools/call', { name: 'validate', arguments: { text: '# Infra\n\n```mermaid\ngraph TD\n  A --> B\n```\n' } }));
    send(request(3, 'tools/call', { name: 'session_answer', arguments: { dir: 42 } }));
    send(request(4, 'tools/call', { name: 'no_such_tool', arguments: {} }));
    await Promise.all([answered(2), answered(3), answered(4)]);
    child.stdin.end();
    expect(await exited).toBe(0);

    const lines = stdout.split('\n').filter((l) => l.length > 0);
    // Requests run concurrently, so answers may come in any order.
    const messages = lines
      .map((l) => JSON.parse(l) as { jsonrpc: string; id: number; result?: CallToolResult; error?: { message: string } })
      .sort((a, b) => a.id - b.id);
    expect(messages.every((m) => m.jsonrpc === '2.0')).toBe(true);
    expect(messages.map((m) => m.id)).toEqual([1, 2, 3, 4]);
    expect(messages[1].result?.isError).toBeFalsy();
    expect(messages[2].result?.isError === true || messages[2].error !== undefined).toBe(true);
    expect(messages[3].result?.isError === true || messages[3].error !== undefined).toBe(true);
  }, 180_000);
});
