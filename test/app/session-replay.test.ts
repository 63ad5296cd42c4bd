// Every path through a session is recorded: after answers, a revise, verdicts, free-text constraints and notes, the exported
// answers file rebuilds the same bytes; review reads the session's verdicts; an unfinished person's session is never dropped.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/app/check.js';
import { runCreateYolo } from '../../src/app/create-yolo.js';
import { runIncremental } from '../../src/app/incremental.js';
import { runReview } from '../../src/app/review.js';
import { reduce } from '../../src/core/session/reducer.js';
import { initialState } from '../../src/core/session/state.js';
import { saveSession } from '../../src/io/session-store.js';
import { DATE, readDoc, scratchProject, writeAnswers } from './incremental-helpers.js';
import { makePlan } from './session-plan.js';

/** The document, the model and every ADR, by path. */
function outputs(dir: string): Record<string, string> {
  const out: Record<string, string> = {
    'docs/infrastructure-architecture.md': readDoc(dir),
    '.infra-arch/model.json': readFileSync(join(dir, '.infra-arch/model.json'), 'utf8'),
  };
  for (const f of readdirSync(join(dir, 'docs/adr')).sort()) out[`docs/adr/${f}`] = readFileSync(join(dir, 'docs/adr', f), 'utf8');
  return out;
}

const FREE_CONSTRAINT = 'Every service stays within one billing account';
const SECTION_NOTE = 'Revisit this section after the first quarter of traffic.';
const REVISE_NOTE = 'Chosen again after the capacity review.';

describe('a session with a revise replays to the same bytes', () => {
  const dir = scratchProject();
  const plan = makePlan(dir);
  const first = [
    'version: 1',
    'mode: incremental',
    'domains:',
    `  ${plan.red.domain}:`,
    `    - choose: { decision: ${plan.red.decision.id}, option: ${plan.red.option} }`,
    '    - accept',
    'concerns:',
    `  - id: "${plan.red.concern}"`,
    '    accept: "Accepted for the pilot; revisit before launch."',
    '',
  ].join('\n');
  const revise = [
    'domains:',
    `  ${plan.switchTo.domain}:`,
    `    - choose: { decision: ${plan.switchTo.decision.id}, option: ${plan.switchTo.option} }`,
    `    - constraint: "${FREE_CONSTRAINT}"`,
    `    - note: "${SECTION_NOTE}"`,
    `    - note: { decision: ${plan.switchTo.decision.id}, text: "${REVISE_NOTE}" }`,
    '    - accept',
    '',
  ].join('\n');
  let revised: Record<string, string> = {};

  it('runs a scripted session, then revises one section', async () => {
    const a = await runIncremental(dir, { answersFile: writeAnswers(dir, first), date: DATE });
    expect(a.exitCode, a.stderr).toBe(0);
    const b = await runIncremental(dir, {
      reviseSection: plan.switchTo.domain as never,
      answersFile: writeAnswers(dir, revise, 'revise.yaml'),
      date: DATE,
    });
    expect(b.exitCode, b.stderr).toBe(0);
    revised = outputs(dir);
  });

  it('keeps free-text constraints and notes in the document and in the model', () => {
    const doc = revised['docs/infrastructure-architecture.md'];
    expect(doc).toContain(FREE_CONSTRAINT);
    expect(doc).toContain(SECTION_NOTE);
    expect(doc).toContain(REVISE_NOTE);
    const model = JSON.parse(revised['.infra-arch/model.json']);
    expect(model.session.constraints.map((c: { text: string }) => c.text)).toEqual([FREE_CONSTRAINT]);
    expect(model.session.sectionNotes[plan.switchTo.domain]).toEqual([SECTION_NOTE]);
    expect(model.decisions.find((d: { id: string }) => d.id === plan.switchTo.decision.id).notes).toEqual([REVISE_NOTE]);
  });

  it('replays the exported answers to byte-identical document, model and ADRs, with no unused answer', async () => {
    const other = scratchProject();
    const r = await runIncremental(other, { answersFile: join(dir, '.infra-arch/answers.yaml'), date: DATE });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/not used|no open red concern/);
    expect(outputs(other)).toEqual(revised);
  });

  it('review reads the verdicts and choices of the finished session', async () => {
    const r = await runReview(dir, { json: true });
    const out = JSON.parse(r.stdout);
    const red = out.concerns.find((c: { id: string }) => c.id === plan.red.concern);
    expect(red?.status).toBe('accepted');
    // The review and the document agree on whether the architecture is blocked.
    expect(out.status === 'blocked').toBe(/DRAFT: blocked/.test(revised['docs/infrastructure-architecture.md']));
  });

  it('check reads the verdicts: a verdict given after the document makes it stale, and it says to replay the answers', () => {
    expect(runCheck(dir).exitCode).toBe(0);
    const file = join(dir, '.infra-arch/concerns.yaml');
    writeFileSync(
      file,
      `concerns:\n  - id: "${plan.red.concern}"\n    status: mitigated\n    justification: "Fixed in the network design."\n`,
    );
    const r = runCheck(dir);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/verdicts on review concerns changed .*concerns\.yaml or the guided session/);
    expect(r.stderr).toContain(`--answers ${join(dir, '.infra-arch/answers.yaml')}`);
    expect(JSON.parse(runCheck(dir, { json: true }).stdout).verdictsChanged).toBe(true);
    rmSync(file);
    expect(runCheck(dir).exitCode).toBe(0);
  });

  it('a later one-pass create supersedes the session: it says so, and review and check follow the new document', async () => {
    const y = await runCreateYolo(dir, { date: DATE, proofCache: false });
    expect(y.exitCode, y.stderr).toBe(0);
    expect(y.stderr).toMatch(/choices and verdicts of the finished guided session .* were not used/);
    const doc = readDoc(dir);
    const out = JSON.parse((await runReview(dir, { json: true })).stdout);
    // The session accepted this concern; the one-pass document did not, so review must not either.
    expect(out.concerns.find((c: { id: string }) => c.id === plan.red.concern)?.status).not.toBe('accepted');
    expect(out.status === 'blocked').toBe(/DRAFT: blocked/.test(doc));
    expect(runCheck(dir).exitCode).toBe(0);
  });
});

describe('an unfinished session', () => {
  const unfinished = (interactive?: boolean) => {
    const dir = scratchProject();
    const s = reduce(initialState('x'), { type: 'mode', mode: 'incremental' });
    saveSession(dir, interactive === undefined ? s : { ...s, interactive });
    return dir;
  };

  it.each([
    ['--yes', { yes: true }],
    ['--answers', { answersFile: 'ANSWERS' }],
  ])('started by a person is not replaced by %s: exit 2 naming resume', async (_flag, opts) => {
    const dir = unfinished();
    const o = 'answersFile' in opts ? { answersFile: writeAnswers(dir, 'version: 1\nmode: incremental\n') } : opts;
    const r = await runIncremental(dir, { ...o, date: DATE });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`infra-arch resume ${dir}`);
    const forced = await runIncremental(dir, { ...o, date: DATE, force: true });
    expect(forced.exitCode, forced.stderr).toBe(0);
  });

  it('left by a scripted run is redone by the next scripted run', async () => {
    const dir = unfinished(false);
    const r = await runIncremental(dir, { yes: true, date: DATE });
    expect(r.exitCode, r.stderr).toBe(0);
  });
});
