// The guided session as MCP tool calls: the same answers as the example's answers file give the same session file,
// answers export and document as the terminal's scripted run; answers that do not fit the step are error results.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIncremental } from '../../src/app/incremental.js';
import { copyInputDocs } from '../helpers/copy-inputs.js';
import { call, callJson, connectedClient } from './client.js';

const EXAMPLE = resolve(__dirname, '../../examples/tidewater');
const DATE = '2026-01-15';
const SAME_FILES = [
  '.infra-arch/session.json',
  '.infra-arch/answers.yaml',
  'docs/infrastructure-architecture.md',
  '.infra-arch/model.json',
];

/** examples/tidewater/answers.yaml, as tool-call answers (sections it does not list are accepted). */
const SCRIPT: Record<string, Record<string, unknown>[]> = {
  network: [{ constraint: 'avoid Cloudflare' }, { accept: true }],
  compute: [
    { choose: { decision: 'compute.scaling', option: 'horizontal-autoscaling' } },
    { action: 'stress-test' },
    { action: 'stress-test', keep: true },
    { note: { text: 'Keep the container image under 300 MB so scale-out stays fast.' } },
    { accept: true },
  ],
  security: [{ action: 'security-compliance', keep: true }, { accept: true }],
  dr: [{ action: 'reliability', keep: true }, { accept: true }],
  cost: [{ priority: 'cost' }, { action: 'cost-analysis', keep: true }, { finalise: true }],
};

type Step = { phase: string; domain?: { id: string }; next?: { id: string } | null; decisions?: { id: string; options: unknown[] }[] };
type Answered = { step: Step; changes: string[]; analysis?: { title: string }; written?: { document: string; status: string } };

let client: Client;
const dirs: string[] = [];
const scratch = () => {
  const d = mkdtempSync(join(tmpdir(), 'infra-arch-mcp-session-'));
  copyInputDocs(EXAMPLE, d);
  dirs.push(d);
  return d;
};

beforeAll(async () => {
  client = await connectedClient();
});
afterAll(async () => {
  await client.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the guided session over MCP', () => {
  it('records the same session, answers and document as the terminal for the same answers', async () => {
    const terminal = scratch();
    const scripted = await runIncremental(terminal, { answersFile: join(EXAMPLE, 'answers.yaml'), date: DATE });
    expect(scripted.exitCode, scripted.stderr).toBe(0);

    const agent = scratch();
    const started = await callJson<{ resumed: boolean; step: Step }>(client, 'session_start', { dir: agent });
    expect(started.resumed).toBe(false);
    let step = started.step;
    let shownAnalysis = '';
    while (step.phase === 'domains') {
      expect(step.decisions!.every((d) => d.options.length > 0)).toBe(true);
      const answers = SCRIPT[step.domain!.id] ?? [{ accept: true }];
      for (const answer of answers) {
        const r = await callJson<Answered>(client, 'session_answer', { dir: agent, answer });
        if ('action' in answer && !('keep' in answer)) shownAnalysis = r.analysis!.title;
        step = r.step;
      }
    }
    expect(shownAnalysis.length).toBeGreaterThan(0);
    expect(step.phase).toBe('review');
    // Tidewater's recommendations raise no red concern, so the review is done at once.
    expect(step.next).toBeNull();
    step = (await callJson<Answered>(client, 'session_answer', { dir: agent, answer: { review: 'done' } })).step;
    expect(step.phase).toBe('write');
    const status = await callJson<{ phase: string; domains: { status: string }[] }>(client, 'session_status', { dir: agent });
    expect(status.phase).toBe('write');
    expect(status.domains.every((d) => d.status === 'finalised')).toBe(true);

    const wrote = await callJson<Answered>(client, 'session_answer', { dir: agent, answer: { write: true, date: DATE } });
    expect(wrote.written).toMatchObject({ document: 'docs/infrastructure-architecture.md' });
    expect(wrote.step.phase).toBe('done');
    // The terminal run was driven by an answers file, the agent's by a person: only that flag of the record differs.
    const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8').replace(/,\n {2}"interactive": false\n}/, '\n}');
    for (const f of SAME_FILES) expect(read(agent, f), f).toBe(read(terminal, f));
    expect(JSON.parse(readFileSync(join(terminal, '.infra-arch/session.json'), 'utf8')).interactive).toBe(false);
  });

  it('resumes an unfinished session, and rejects answers that do not fit the step', async () => {
    const dir = scratch();
    await callJson(client, 'session_start', { dir });
    const first = await callJson<Answered>(client, 'session_answer', { dir, answer: { accept: true } });
    expect(first.step.domain!.id).toBe('network');
    const again = await callJson<{ resumed: boolean; step: Step }>(client, 'session_start', { dir });
    expect(again).toMatchObject({ resumed: true, step: { domain: { id: 'network' } } });

    const wrong = [
      { choose: { decision: 'compute.runtime', option: 'kubernetes' } }, // a decision of another section
      { choose: { decision: 'network.topology', option: 'no-such-option' } },
      { concern: { id: 'k8s-small-team@kubernetes', leaveOpen: true } }, // not the review yet
      { write: true }, // not ready to write
      { constraint: '   ' },
    ];
    for (const answer of wrong) {
      const r = await call(client, 'session_answer', { dir, answer });
      expect(r.isError, JSON.stringify(answer)).toBe(true);
      expect(r.text.length).toBeGreaterThan(10);
    }
    const status = await callJson<{ domain: string; domains: { id: string; answers: number }[] }>(client, 'session_status', { dir });
    expect(status.domain).toBe('network');
    expect(status.domains.find((d) => d.id === 'network')!.answers).toBe(0);
  });

  it('says what to do when there is no session, or when it is damaged', async () => {
    const dir = scratch();
    const none = await call(client, 'session_step', { dir });
    expect(none).toMatchObject({ isError: true });
    expect(none.text).toContain('session_start');
    mkdirSync(join(dir, '.infra-arch'), { recursive: true });
    writeFileSync(join(dir, '.infra-arch/session.json'), '{ not json');
    const damaged = await call(client, 'session_step', { dir });
    expect(damaged).toMatchObject({ isError: true });
    expect(damaged.text).toContain('damaged');
    const restarted = await callJson<{ resumed: boolean; step: Step }>(client, 'session_start', { dir, restart: true });
    expect(restarted).toMatchObject({ resumed: false, step: { phase: 'domains', domain: { id: 'cloud' } } });
  });
});
