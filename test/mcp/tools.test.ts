// The MCP tools over the SDK's in-memory transport: the tool list, a call of each, and bad input as error results.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_NAMES } from '../../src/mcp/server.js';
import { copyInputDocs } from '../helpers/copy-inputs.js';
import { call, callJson, connectedClient } from './client.js';

const EXAMPLE = resolve(__dirname, '../../examples/tidewater');
const DATE = '2026-01-15';
let client: Client;
let project = '';

beforeAll(async () => {
  client = await connectedClient();
  project = mkdtempSync(join(tmpdir(), 'infra-arch-mcp-'));
  copyInputDocs(EXAMPLE, project);
});
afterAll(async () => {
  await client.close();
  rmSync(project, { recursive: true, force: true });
});

describe('MCP tools', () => {
  it('lists every tool with a description and an object input schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([...TOOL_NAMES].sort());
    for (const t of tools) {
      expect(t.description?.length, t.name).toBeGreaterThan(40);
      expect(t.inputSchema.type, t.name).toBe('object');
    }
    const answer = tools.find((t) => t.name === 'session_answer')!;
    expect(answer.inputSchema.required).toEqual(['dir', 'answer']);
  });

  it('analyze returns the profile with file:line evidence', async () => {
    const r = await callJson<{ profile: { cloudProviders: { id: string; evidence: { file: string; line: number }[] }[] } }>(
      client,
      'analyze',
      { dir: project },
    );
    const aws = r.profile.cloudProviders.find((c) => c.id === 'aws')!;
    expect(aws.evidence[0].file).toMatch(/^docs\//);
    expect(aws.evidence[0].line).toBeGreaterThan(0);
  });

  it('decisions returns options with pros and cons, and honours a what-if choice', async () => {
    const r = await callJson<{
      decisions: {
        id: string;
        domain: string;
        recommended: string;
        basis: string;
        options: { pros: string[]; cons: string[] }[];
        rationale: string;
      }[];
    }>(client, 'decisions', { dir: project, domain: 'compute', choices: { 'compute.runtime': 'kubernetes' } });
    expect(new Set(r.decisions.map((d) => d.domain))).toEqual(new Set(['compute']));
    const runtime = r.decisions.find((d) => d.id === 'compute.runtime')!;
    expect(runtime).toMatchObject({ recommended: 'kubernetes', basis: 'user' });
    expect(runtime.options[0].pros.length + runtime.options[0].cons.length).toBeGreaterThan(0);
    expect(runtime.rationale.length).toBeGreaterThan(0);
  });

  it('explain documents an id and says so for an unknown one', async () => {
    expect((await call(client, 'explain', { id: 'cloud.primary-platform/aws' })).text).toContain('Pros:');
    const unknown = await call(client, 'explain', { id: 'no-such-thing' });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('no-such-thing');
  });

  it('review returns the concerns and the gate status', async () => {
    const r = await callJson<{ status: string; counts: Record<string, number>; concerns: { id: string; level: string }[] }>(
      client,
      'review',
      { dir: project },
    );
    expect(['ok', 'blocked']).toContain(r.status);
    expect(r.counts.red + r.counts.yellow + r.counts.green).toBe(r.concerns.length);
  });

  it('validate checks one Mermaid block, a document text and a file', async () => {
    expect(await callJson(client, 'validate', { mermaid: 'graph TD\n  A --> B' })).toMatchObject({ ok: true });
    const bad = await callJson<{ ok: boolean; error: string }>(client, 'validate', { mermaid: 'graph TD\n  A -->> ]]' });
    expect(bad.ok).toBe(false);
    expect(bad.error.length).toBeGreaterThan(0);
    const text = await callJson<{ findings: { id: string }[]; summary: { ok: boolean } }>(client, 'validate', {
      text: '# Infrastructure\n\nTODO: everything\n',
    });
    expect(text.summary.ok).toBe(false);
    const file = await call(client, 'validate', { path: join(project, 'docs/prd.md') });
    expect(file.isError).toBe(false);
    expect(JSON.parse(file.text).summary.itemsTotal).toBeGreaterThan(10);
  });

  it('create is a dry run unless asked to write, then writes the document', async () => {
    const dry = await callJson<{ written: boolean; status: string; files: string[]; diagrams: { parses: boolean }[] }>(client, 'create', {
      dir: project,
      date: DATE,
    });
    expect(dry.written).toBe(false);
    expect(dry.files).toContain('docs/infrastructure-architecture.md');
    expect(dry.diagrams.length).toBe(6);
    expect(dry.diagrams.every((d) => d.parses)).toBe(true);
    expect(existsSync(join(project, 'docs/infrastructure-architecture.md'))).toBe(false);

    const wrote = await callJson<{ written: boolean; status: string }>(client, 'create', { dir: project, date: DATE, write: true });
    expect(wrote).toMatchObject({ written: true, status: dry.status });
    expect(readFileSync(join(project, 'docs/infrastructure-architecture.md'), 'utf8')).toContain('2026-01-15');
  });

  it.each([
    ['a missing required argument', 'analyze', {}],
    ['a wrong type', 'decisions', { dir: project, priorities: ['speediness'] }],
    ['an unknown answer shape', 'session_answer', { dir: project, answer: { accept: 'yes please' } }],
    ['a bad date', 'create', { dir: project, date: '15/01/2026' }],
    ['two inputs at once', 'validate', { text: '# x', mermaid: 'graph TD' }],
  ])('returns an error result, not a crash, for %s', async (_what, name, args) => {
    const r = await call(client, name, args).catch((err: Error) => ({ isError: true, text: err.message }));
    expect(r.isError).toBe(true);
    expect(r.text.length).toBeGreaterThan(0);
  });

  it('names a missing project folder in its error result', async () => {
    for (const name of ['analyze', 'decisions', 'review', 'create', 'session_start']) {
      const r = await call(client, name, { dir: join(project, 'no-such-folder') });
      expect(r.isError, name).toBe(true);
      expect(r.text, name).toContain('no-such-folder');
    }
    // The server still answers after all that.
    expect((await client.listTools()).tools.length).toBe(TOOL_NAMES.length);
  });
});
