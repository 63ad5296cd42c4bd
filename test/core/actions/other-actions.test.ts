// Alternatives, integration, migration paths and finalise, on corpus projects.
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/core/actions/registry.js';
import { functionBreakEvenRps } from '../../../src/core/actions/migration-paths.js';
import { num } from '../../../src/core/actions/format.js';
import { decideAll } from '../../../src/core/decide/decide.js';
import { corpusProfile, scaleFact } from './corpus-profile.js';
import { figure, runAction } from './run-action.js';

describe('the registry', () => {
  it('numbers the eight actions 1–8 in workflow order', () => {
    expect(ACTIONS.map((a) => a.meta.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ACTIONS[7].meta.id).toBe('finalise');
  });
  it('is deterministic: same inputs, same result', () => {
    const p = corpusProfile('calrosdsa--erp', { scale: [scaleFact('concurrent-users', 100)] });
    for (const a of ACTIONS) expect(JSON.stringify(runAction(a.meta.id, p))).toBe(JSON.stringify(runAction(a.meta.id, p)));
  });
});

describe('alternatives (action 1)', () => {
  it("lists every shown option of each compute decision with the engine's score", () => {
    const p = corpusProfile('cwe-chatbot--cwe-chatbot');
    const r = runAction('alternatives', p, 'compute');
    const ds = decideAll(p).filter((d) => d.domain === 'compute');
    for (const d of ds) {
      for (const o of d.options) {
        const row = r.table!.find((x) => x[0] === d.id && x[1].startsWith(o.title))!;
        expect(figure(row[2])).toBe(o.score);
      }
      expect(r.table!.some((x) => x[0] === d.id && x[1] === `${d.choiceTitle} (chosen)`)).toBe(true);
    }
  });
});

describe('integration (action 6)', () => {
  it('names the roles and hand-offs of the domain', () => {
    const r = runAction('integration', corpusProfile('ferymad--siteproof'), 'cicd');
    expect(r.table!.length).toBeGreaterThan(2);
    expect(r.findings.some((f) => f.startsWith('Hand-off:'))).toBe(true);
  });
});

describe('migration paths (action 7)', () => {
  it('genai-full-stack on Lambda: the move to containers is due where functions cost more, in multiples of today', () => {
    const r = runAction(
      'migration-paths',
      corpusProfile('jwnichols3--genai-full-stack-basic', { scale: [scaleFact('concurrent-users', 100)] }),
    );
    const be = functionBreakEvenRps();
    const row = r.table!.find((x) => x[1].startsWith('containers'))!;
    expect(figure(row[3])).toBe(be);
    // Today: 10 requests/s, so the move is due at be/10 times today's load.
    expect(row[4]).toBe(`${num(be / 10)}x (~${num(be * 10)} concurrent users)`);
  });

  it("genesis: the single VM must move at one instance's capacity, 10x today", () => {
    const r = runAction('migration-paths', corpusProfile('hookey13--genesis', { scale: [scaleFact('requests-per-minute', 1200)] }));
    const rows = r.table!.slice(1).filter((x) => x[3] === '200');
    expect(rows.map((x) => x[4])).toContain('10x (~2,000 concurrent users)');
  });
});

describe('finalise (action 8)', () => {
  it("records the domain's decisions", () => {
    const p = corpusProfile('co-cddo--ndx');
    const r = runAction('finalise', p, 'data');
    expect(r.table!.length - 1).toBe(decideAll(p).filter((d) => d.domain === 'data').length);
  });
});
