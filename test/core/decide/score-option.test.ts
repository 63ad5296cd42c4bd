import { describe, expect, it } from 'vitest';
import { decideAll, emptyUserInput } from '../../../src/core/decide/decide.js';
import { definePoint, type OptionDef } from '../../../src/core/decide/define-point.js';
import type { UserInput } from '../../../src/core/types.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

const opt = (id: string, extra: Partial<OptionDef> = {}): OptionDef => ({
  id,
  tech: id,
  title: id.toUpperCase(),
  summary: `${id} summary text`,
  pros: ['p'],
  cons: ['c'],
  costClass: 'low',
  complexity: 2,
  skills: [],
  fits: [],
  ...extra,
});

const point = definePoint({
  meta: { id: 'cicd.iac-tool', domain: 'cicd', title: 'Tool', question: 'Which tool?', docs: 'docs', assumption: 'nothing decided this' },
  options: [opt('alpha'), opt('beta', { complexity: 5, costClass: 'high' }), opt('gamma', { costClass: 'free', complexity: 1 })],
});

const decide = (spec: ProfileSpec, user: Partial<UserInput> = {}) =>
  decideAll(makeProfile(spec), { ...emptyUserInput(), ...user }, [point])[0];

describe('the scoring engine', () => {
  it.each<[string, ProfileSpec, Partial<UserInput>, string]>([
    ['a tie goes to the least operational option', {}, {}, 'gamma'],
    ['a committed option wins', { ciCd: ['beta'] }, {}, 'beta'],
    ['a planned (future) tool gains over the default', { future: [{ id: 'gamma', category: 'iacTools' }] }, {}, 'gamma'],
    ['a rejected mention loses', { rejected: ['gamma'] }, {}, 'alpha'],
    ['the cost priority favours the cheapest', {}, { priorities: ['cost'] }, 'gamma'],
    ['the simplicity priority favours the simplest', {}, { priorities: ['simplicity'] }, 'gamma'],
    ['a user constraint excludes an option', {}, { constraints: [{ text: 'no gamma', excludes: ['gamma'], requires: [] }] }, 'alpha'],
    ['a user constraint requires an option', {}, { constraints: [{ text: 'must use beta', excludes: [], requires: ['beta'] }] }, 'beta'],
  ])('%s', (_n, spec, user, choice) => {
    expect(decide(spec, user).choice).toBe(choice);
  });

  it('penalises heavy options for a small team and cites the team fact', () => {
    const d = decide({ teamSize: 2 });
    const beta = d.explain.filter((e) => e.option === 'beta');
    expect(beta.some((e) => e.delta < 0 && e.evidence.length > 0)).toBe(true);
  });

  it('keeps the explain trail and the assumption when no fact decided', () => {
    const d = decide({});
    expect(d.assumptions).toEqual(['[ASSUMPTION] nothing decided this']);
    expect(d.options.map((o) => o.id)).toEqual(['gamma', 'alpha', 'beta']);
    expect(d.rationale).toContain('the least operational option was taken (a default without evidence)');
  });

  it('breaks a tie between equally light options by the point’s own order', () => {
    const same = definePoint({ ...point, options: [opt('alpha'), opt('beta'), opt('gamma')] });
    expect(decideAll(makeProfile({}), emptyUserInput(), [same])[0].choice).toBe('alpha');
  });

  it('never chooses a heavyweight self-run service without evidence, even when it scores highest', () => {
    const heavy = definePoint({
      ...point,
      options: [
        opt('vault', { complexity: 1, attrs: { heavyweight: true }, fits: [{ when: () => true, weight: 5, because: 'it is thorough' }] }),
        opt('managed'),
        opt('files'),
      ],
    });
    expect(decideAll(makeProfile({}), emptyUserInput(), [heavy])[0].choice).toBe('managed');
    // With a fact behind it (here a commitment), the heavyweight option is chosen.
    expect(decideAll(makeProfile({ iacTools: ['vault'] }), emptyUserInput(), [heavy])[0].choice).toBe('vault');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(decide({ teamSize: 2, budget: 50 }))).toBe(JSON.stringify(decide({ teamSize: 2, budget: 50 })));
  });
});
