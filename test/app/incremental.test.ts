// Incremental mode end to end on the example project: answers file, simulated interactive run, crash and resume.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIncremental } from '../../src/app/incremental.js';
import { decideAll } from '../../src/core/decide/decide.js';
import type { ConfirmQuestion, InputQuestion, Prompter, SelectQuestion } from '../../src/core/session/prompter.js';
import { ScriptedPrompter } from '../../src/core/session/scripted-prompter.js';
import { parseAnswers } from '../../src/io/answers-file.js';
import { DATE, readDoc, scratchProject, writeAnswers } from './incremental-helpers.js';
import { makePlan } from './session-plan.js';

function answersYaml(plan: ReturnType<typeof makePlan>): string {
  const sw = plan.switchTo;
  const c = plan.constraint;
  const red = plan.red;
  const entries = new Map<string, string[]>([
    [
      sw.domain,
      [
        `    - choose: { decision: ${sw.decision.id}, option: ${sw.option} }`,
        '    - action: stress-test',
        '    - note: "Keep the container image under 300 MB."',
        '    - accept',
      ],
    ],
  ]);
  // The switch that raises a red concern goes first in its domain, before that domain is finalised.
  entries.set(red.domain, [`    - choose: { decision: ${red.decision.id}, option: ${red.option} }`, ...(entries.get(red.domain) ?? [])]);
  const constraint = [
    `    - constraint: "${c.text}"`,
    '    - action: 4',
    '    - { action: reliability, keep: true }',
    '    - priority: cost',
    '    - finalise',
  ];
  const mine = entries.get(c.domain) ?? [];
  entries.set(c.domain, [...mine.filter((l) => !/- (accept|finalise)$/.test(l)), ...constraint]);
  for (const list of entries.values()) if (!list.some((l) => /- (accept|finalise)$/.test(l))) list.push('    - accept');
  const lines = ['version: 1', 'mode: incremental', 'domains:', '  cloud: accept'];
  for (const [d, list] of entries) lines.push(`  ${d}:`, ...list);
  lines.push('concerns:', '  - id: "*"', '    accept: "Accepted for the pilot season; revisit before the second marina signs."');
  return `${lines.join('\n')}\n`;
}

/** A prompter that answers like a person would, by reading the same script: stands in for the terminal in-process. */
class PersonLike implements Prompter {
  readonly interactive = true;
  private inner: ScriptedPrompter;
  asked = 0;
  constructor(
    yaml: string,
    private crashAfter = Infinity,
  ) {
    this.inner = new ScriptedPrompter(parseAnswers(yaml, 'answers.yaml'));
  }
  private tick() {
    if (++this.asked > this.crashAfter) throw Object.assign(new Error('terminal closed'), { name: 'ExitPromptError' });
  }
  say(): void {}
  async select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    this.tick();
    return this.inner.select(q);
  }
  async input(q: InputQuestion): Promise<string> {
    this.tick();
    return this.inner.input(q);
  }
  async confirm(q: ConfirmQuestion): Promise<boolean> {
    this.tick();
    return this.inner.confirm(q);
  }
}

describe('incremental mode on the example project', () => {
  const dir = scratchProject();
  const plan = makePlan(dir);
  const yaml = answersYaml(plan);
  let scriptedDoc = '';

  it('an answers file drives the whole session and the document reflects every answer', async () => {
    const file = writeAnswers(dir, yaml);
    const r = await runIncremental(dir, { answersFile: file, date: DATE });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.exitCode).toBe(0);
    scriptedDoc = readDoc(dir);
    const after = decideAll(plan.profile, JSON.parse(readFileSync(join(dir, '.infra-arch/session.json'), 'utf8')).user);
    const switched = after.find((d) => d.id === plan.switchTo.decision.id)!;
    expect(switched.choice).toBe(plan.switchTo.option);
    expect(scriptedDoc).toContain(switched.choiceTitle);
    const moved = after.find((d) => d.id === plan.constraint.changes.id)!;
    expect(moved.choice).not.toBe(plan.constraint.changes.choice);
    expect(scriptedDoc).toContain(moved.choiceTitle);
    expect(scriptedDoc).toContain('Keep the container image under 300 MB.');
    // The switch that raised a red concern, and its resolution by a written justification.
    expect(scriptedDoc).toContain(plan.red.concern);
    expect(scriptedDoc).not.toMatch(/DRAFT/);
    expect(scriptedDoc).toContain('Scalability & Performance Stress Test');
    expect(scriptedDoc).toContain('Cost Architecture Analysis & Optimization');
    expect(scriptedDoc).toContain('Operational Excellence & Reliability Assessment');
    expect(scriptedDoc).toContain('Accepted for the pilot season');
    expect(r.stdout).toMatch(/\[2\/12\] Network Architecture — 10 domains left/);
    expect(existsSync(join(dir, '.infra-arch/answers.yaml'))).toBe(true);
  });

  it('the same answers given interactively produce a byte-identical document', async () => {
    const other = scratchProject();
    const r = await runIncremental(other, { prompter: new PersonLike(yaml), date: DATE });
    expect(r.exitCode).toBe(0);
    expect(readDoc(other)).toBe(scriptedDoc);
  });

  it('the exported answers file replays the session to the same bytes', async () => {
    const other = scratchProject();
    const r = await runIncremental(other, { answersFile: join(dir, '.infra-arch/answers.yaml'), date: DATE });
    expect(r.exitCode).toBe(0);
    expect(readDoc(other)).toBe(scriptedDoc);
  });

  it('a session interrupted midway resumes to the same document as an uninterrupted run', async () => {
    const other = scratchProject();
    const crashed = await runIncremental(other, { prompter: new PersonLike(yaml, 9), date: DATE });
    expect(crashed.exitCode).toBe(130);
    expect(crashed.stderr).toMatch(/infra-arch resume/);
    expect(existsSync(join(other, 'docs/infrastructure-architecture.md'))).toBe(false);
    const saved = JSON.parse(readFileSync(join(other, '.infra-arch/session.json'), 'utf8'));
    expect(saved.phase).toBe('domains');
    const resumed = await runIncremental(other, {
      resume: true,
      prompter: new PersonLike(yaml),
      date: DATE,
      answersFile: writeAnswers(other, yaml),
    });
    expect(resumed.exitCode).toBe(0);
    expect(readDoc(other)).toBe(scriptedDoc);
  });

  it('revise --section re-opens one domain and leaves the others as they were', async () => {
    const revise = writeAnswers(
      dir,
      `domains:\n  ${plan.switchTo.domain}:\n    - choose: { decision: ${plan.switchTo.decision.id}, option: ${plan.switchTo.decision.choice} }\n    - accept\n`,
      'revise.yaml',
    );
    const r = await runIncremental(dir, { reviseSection: plan.switchTo.domain as never, answersFile: revise, date: DATE });
    expect(r.exitCode).toBe(0);
    const s = JSON.parse(readFileSync(join(dir, '.infra-arch/session.json'), 'utf8'));
    expect(s.user.choices[plan.switchTo.decision.id]).toBe(plan.switchTo.decision.choice);
    expect(s.user.constraints.map((c: { text: string }) => c.text)).toEqual([plan.constraint.text]);
    expect(readDoc(dir)).toContain('Keep the container image under 300 MB.');
  });
});
