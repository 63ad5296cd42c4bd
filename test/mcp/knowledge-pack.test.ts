// Knowledge packs through the MCP tools: the project's pack and a `knowledge` folder apply; a malformed pack is a tool
// error naming the file and the line.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, callJson, connectedClient } from './client.js';

const FIXTURES = join(__dirname, '../fixtures');
const copy = (name: string, what = '') => {
  const dir = mkdtempSync(join(tmpdir(), 'ia-mcp-pack-'));
  cpSync(join(FIXTURES, name, what), join(dir, what), { recursive: true });
  return dir;
};
type Analysis = { profile: { cloudProviders: { id: string }[] } };

let client: Client;
beforeAll(async () => {
  client = await connectedClient();
});
afterAll(async () => {
  await client.close();
});

describe('knowledge packs in the MCP tools', () => {
  it("analyze reads the project's pack", async () => {
    const r = await callJson<Analysis>(client, 'analyze', { dir: copy('pack-project') });
    expect(r.profile.cloudProviders.map((f) => f.id)).toContain('harbourline');
  });

  it('a knowledge folder adds records to a project without a pack, for that call only', async () => {
    const bare = copy('pack-project', 'docs');
    const pack = join(FIXTURES, 'pack-project/.infra-arch/knowledge');
    const withPack = await callJson<Analysis>(client, 'analyze', { dir: bare, knowledge: pack });
    expect(withPack.profile.cloudProviders.map((f) => f.id)).toContain('harbourline');
    const without = await callJson<Analysis>(client, 'analyze', { dir: bare });
    expect(without.profile.cloudProviders.map((f) => f.id)).not.toContain('harbourline');
  });

  it('create (dry run) chooses the PaaS the pack adds', async () => {
    const r = await callJson<{ decisions: { id: string; choice: string }[] }>(client, 'create', { dir: copy('pack-project') });
    expect(JSON.stringify(r)).toContain('harbourline');
  });

  it.each(['analyze', 'create', 'review', 'session_start'])('%s on a malformed pack is an error naming file:line', async (tool) => {
    const r = await call(client, tool, { dir: copy('bad-pack') });
    expect(r.isError).toBe(true);
    expect(r.text).toContain('.infra-arch/knowledge/harbourline.yaml:4:');
  });
});
