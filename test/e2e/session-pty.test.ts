// A real interactive session in a pseudo-terminal (tmux): switch, constraint, analyses, a red concern; then kill and resume.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIncremental } from '../../src/app/incremental.js';
import { DOMAINS } from '../../src/core/decide/domains.js';
import { findPoint } from '../../src/core/decide/registry.js';
import { decideAll } from '../../src/core/decide/decide.js';
import { DATE, readDoc, scratchProject, writeAnswers } from '../app/incremental-helpers.js';
import { makePlan, type Plan } from '../app/session-plan.js';
import { TmuxPane } from './tmux-driver.js';

const ROOT = join(import.meta.dirname, '../..');
const NOTE = 'Keep the container image under 300 MB.';
const WHY = 'Accepted for the pilot season; revisit before the second marina signs.';
const FEEDBACK = ['accept', 'choose', 'priority', 'constraint', 'note', 'action'];
const hasTmux = existsSync('/usr/bin/tmux');

type Item = { kind: string; action?: number; decision?: Plan['switchTo']['decision']; option?: string };

function queues(plan: Plan): Map<string, Item[]> {
  const q = new Map<string, Item[]>([
    [
      plan.switchTo.domain,
      [
        { kind: 'choose', decision: plan.switchTo.decision, option: plan.switchTo.option },
        { kind: 'action', action: 2 },
        { kind: 'note' },
        { kind: 'accept' },
      ],
    ],
  ]);
  // The switch that raises a red concern goes first in its domain; the constraint's steps then finish that domain.
  q.set(plan.red.domain, [{ kind: 'choose', decision: plan.red.decision, option: plan.red.option }, ...(q.get(plan.red.domain) ?? [])]);
  const constraint = [
    { kind: 'constraint' },
    { kind: 'action', action: 4 },
    { kind: 'action', action: 5 },
    { kind: 'priority' },
    { kind: 'action', action: 8 },
  ];
  q.set(plan.constraint.domain, [...(q.get(plan.constraint.domain) ?? []).filter((i) => i.kind !== 'accept'), ...constraint]);
  for (const list of q.values()) if (!list.some((i) => i.kind === 'accept' || i.action === 8)) list.push({ kind: 'accept' });
  return q;
}

/** The same answers as the queues, in the answers-file form. */
function answersYaml(plan: Plan): string {
  const line = (i: Item): string => {
    if (i.kind === 'choose') return `    - choose: { decision: ${i.decision!.id}, option: ${i.option} }`;
    if (i.kind === 'action') return i.action === 8 ? '    - finalise' : `    - action: ${i.action}`;
    if (i.kind === 'note') return `    - note: "${NOTE}"`;
    if (i.kind === 'constraint') return `    - constraint: "${plan.constraint.text}"`;
    if (i.kind === 'priority') return '    - priority: cost';
    return '    - accept';
  };
  const out = ['mode: incremental', 'domains:'];
  for (const [d, list] of queues(plan)) out.push(`  ${d}:`, ...list.map(line));
  out.push('concerns:', '  - id: "*"', `    accept: "${WHY}"`, '');
  return out.join('\n');
}

/** Answers whatever the session asks, from the plan; returns the exit code, or null when stopped early. */
async function drive(pane: TmuxPane, plan: Plan, q: Map<string, Item[]>, stopWhen?: (screen: string) => boolean): Promise<number | null> {
  let current: Item | null = null;
  let done = -1;
  for (let guard = 0; guard < 400; guard++) {
    const screen = await pane.waitFor((s) => {
      if (/SESSION-EXIT \d/.test(s)) return true;
      const lines = s.split('\n');
      const lastQ = lines.map((l) => l.startsWith('? ')).lastIndexOf(true);
      const lastDone = lines.map((l) => l.startsWith('✔ ')).lastIndexOf(true);
      return lastQ > lastDone && (s.match(/^✔ /gm) ?? []).length > done;
    }, 'the next prompt');
    const exit = /SESSION-EXIT (\d)/.exec(screen);
    if (exit) return Number(exit[1]);
    if (stopWhen?.(screen)) return null;
    done = (screen.match(/^✔ /gm) ?? []).length;
    const prompt = screen
      .split('\n')
      .filter((l) => l.startsWith('? '))
      .pop()!;
    const feedback = /What next for (.+)\?/.exec(prompt);
    if (/How would you like/.test(prompt)) pane.keys('Enter');
    else if (feedback) {
      const domain = DOMAINS.find((d) => d.title === feedback[1])!.id;
      current = q.get(domain)?.shift() ?? { kind: 'accept' };
      pane.pick(0, FEEDBACK.indexOf(current.kind === 'action' ? 'action' : current.kind));
    } else if (/Which decision\?/.test(prompt)) {
      const ds = decideAll(plan.profile).filter((d) => d.domain === current!.decision!.domain);
      pane.pick(
        0,
        ds.findIndex((d) => d.id === current!.decision!.id),
      );
    } else if (current?.kind === 'choose' && prompt.includes(current.decision!.question)) {
      const d = current.decision!;
      const ids = findPoint(d.id)!.options.map((o) => o.id);
      const ordered = [d.choice, ...ids.filter((x) => x !== d.choice)];
      pane.pick(0, ordered.indexOf(current.option!));
    } else if (/Which priority/.test(prompt)) pane.pick(0, 0);
    else if (/State the constraint/.test(prompt)) pane.type(plan.constraint.text);
    else if (/Attach the note to/.test(prompt)) pane.keys('Enter');
    else if (/^\? Note:/.test(prompt)) pane.type(NOTE);
    else if (/pick an analysis/.test(prompt)) pane.pick(7, current!.action! - 1);
    else if (/Keep this result/.test(prompt)) pane.keys('Enter');
    else if (/Red concern:/.test(prompt)) pane.pick(0, 1);
    else if (/Why is this risk acceptable/.test(prompt)) pane.type(WHY);
    else throw new Error(`unexpected prompt: ${prompt}`);
  }
  throw new Error('too many prompts');
}

const command = (dir: string, how = '') => `cd ${ROOT} && node_modules/.bin/vite-node test/e2e/session-cli.ts ${dir} ${DATE} ${how}`;

describe.skipIf(!hasTmux)('interactive session in a pseudo-terminal', () => {
  const panes: TmuxPane[] = [];
  afterAll(() => panes.forEach((p) => p.kill()));
  const ref = scratchProject();
  const plan = makePlan(ref);
  let reference = '';

  it('drives a full session and the document reflects every answer, byte-identical to the answers-file run', async () => {
    const r = await runIncremental(ref, { answersFile: writeAnswers(ref, answersYaml(plan)), date: DATE });
    expect(r.exitCode).toBe(0);
    reference = readDoc(ref);

    const dir = scratchProject();
    const pane = TmuxPane.start(`ia-full-${process.pid}`, command(dir));
    panes.push(pane);
    expect(await drive(pane, plan, queues(plan))).toBe(0);
    const screen = pane.screen();
    expect(screen).toMatch(/\[1\/12\] Cloud Strategy & Platform Selection — 11 domains left/);
    expect(screen).toMatch(/Re-scored\. Changed: /);
    expect(screen).toMatch(/First to break|No component in the serving path/);
    const doc = readDoc(dir);
    expect(doc).toBe(reference);
    const after = decideAll(
      plan.profile,
      JSON.parse(execFileSync('cat', [join(dir, '.infra-arch/session.json')], { encoding: 'utf8' })).user,
    );
    expect(doc).toContain(after.find((d) => d.id === plan.switchTo.decision.id)!.choiceTitle);
    expect(after.find((d) => d.id === plan.constraint.changes.id)!.choice).not.toBe(plan.constraint.changes.choice);
    expect(screen + doc).toContain(plan.red.concern);
    for (const text of [
      NOTE,
      WHY,
      'Scalability & Performance Stress Test',
      'Cost Architecture Analysis & Optimization',
      'Operational Excellence & Reliability Assessment',
    ])
      expect(doc).toContain(text);
  }, 300_000);

  it('a session killed midway (terminal closed) resumes to the same document', async () => {
    const dir = scratchProject();
    const q = queues(plan);
    const first = TmuxPane.start(`ia-kill-${process.pid}`, command(dir));
    panes.push(first);
    const target = DOMAINS.find((d) => d.id === plan.switchTo.domain)!;
    const next = DOMAINS[DOMAINS.indexOf(target) + 1];
    // Stop once the section after the switched one is on screen: its answers are saved, the rest are not given.
    expect(await drive(first, plan, q, (s) => s.includes(`What next for ${next.title}?`))).toBeNull();
    first.kill();
    expect(existsSync(join(dir, 'docs/infrastructure-architecture.md'))).toBe(false);
    const second = TmuxPane.start(`ia-resume-${process.pid}`, command(dir, 'resume'));
    panes.push(second);
    expect(await drive(second, plan, q)).toBe(0);
    expect(second.screen()).not.toMatch(/What next for Cloud Strategy/);
    expect(readDoc(dir)).toBe(reference);
  }, 300_000);
});
