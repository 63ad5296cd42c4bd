// Answers the session's questions from an answers file (or with every default, for `--yes`), checking each answer.
import type { ConfirmQuestion, InputQuestion, Prompter, SelectQuestion } from './prompter.js';
import { splitKey } from './prompter.js';
import { globMatch, ScriptError, type AnswersScript, type Located, type ScriptConcern } from './script.js';
import type { FeedbackEntry, SessionState } from './state.js';
import type { DomainId } from '../types.js';

function kindOf(e: FeedbackEntry): string {
  if ('accept' in e) return 'accept';
  if ('finalise' in e) return 'action';
  return Object.keys(e)[0];
}

export class ScriptedPrompter implements Prompter {
  readonly interactive = false;
  private readonly queues = new Map<string, Located<FeedbackEntry>[]>();
  private readonly current = new Map<string, Located<FeedbackEntry>>();
  private readonly usedConcerns = new Set<Located<ScriptConcern>>();
  /** Red concerns no answer covered; reported after the run. */
  readonly unanswered: string[] = [];

  constructor(
    private readonly script: AnswersScript,
    private readonly out: (text: string) => void = () => {},
  ) {
    for (const [d, entries] of Object.entries(script.domains)) this.queues.set(d, [...(entries ?? [])]);
  }

  /** On resume, answers the saved session already applied are skipped: a finalised section's all, an open section's first few. */
  skipApplied(state: SessionState): void {
    for (const [d, q] of this.queues) {
      const done = state.domains[d as DomainId];
      if (!done) continue;
      q.splice(0, done.status === 'finalised' ? q.length : done.log.length);
    }
  }

  say(text: string): void {
    this.out(`${text}\n`);
  }

  private check<T extends string>(q: SelectQuestion<T>, value: string, line: number, what: string): T {
    const hit = q.choices.find((c) => c.value === value);
    if (!hit)
      throw new ScriptError(
        this.script.file,
        line,
        `${what} "${value}" is not available here; choose one of: ${q.choices.map((c) => c.value).join(', ')}`,
      );
    return hit.value;
  }

  private concern(id: string): Located<ScriptConcern> | undefined {
    const c = this.script.concerns.find((x) => globMatch(x.value.id, id));
    if (c) this.usedConcerns.add(c);
    return c;
  }

  private entry(domain: string): Located<FeedbackEntry> {
    const e = this.current.get(domain);
    if (!e) throw new Error(`scripted prompter: follow-up question for ${domain} without a feedback answer`);
    return e;
  }

  async select<T extends string>(q: SelectQuestion<T>): Promise<T> {
    const { kind, scope } = splitKey(q.key);
    const fallback = (q.default ?? q.choices[0].value) as T;
    if (kind === 'mode') return this.script.mode ? this.check(q, this.script.mode.value, this.script.mode.line, 'mode') : fallback;
    if (kind === 'feedback') {
      const next = this.queues.get(scope)?.shift();
      if (!next) return this.check(q, 'accept', 0, 'feedback');
      this.current.set(scope, next);
      return this.check(q, kindOf(next.value), next.line, `answer "${kindOf(next.value)}"`);
    }
    if (kind === 'concern') {
      const c = this.concern(scope);
      if (!c) {
        this.unanswered.push(scope);
        return this.check(q, 'leave-open', 0, 'concern answer');
      }
      const v = c.value;
      return this.check(q, 'accept' in v ? 'accept' : 'revise' in v ? 'revise' : 'leave-open', c.line, 'concern answer');
    }
    if (kind === 'concern-decision' || kind === 'concern-option') {
      const c = this.concern(kind === 'concern-option' ? scope.slice(0, scope.lastIndexOf(':')) : scope);
      if (!c || !('revise' in c.value)) return fallback;
      const r = c.value.revise;
      return kind === 'concern-decision'
        ? this.check(q, r.decision, c.line, 'decision')
        : this.option(q, scope, r.decision, r.option, c.line);
    }
    const [domain] = scope.split(':');
    const e = this.entry(domain);
    const v = e.value;
    if (kind === 'choose-decision' && 'choose' in v) return this.check(q, v.choose.decision, e.line, 'decision');
    if (kind === 'choose-option' && 'choose' in v) return this.option(q, scope, v.choose.decision, v.choose.option, e.line);
    if (kind === 'priority' && 'priority' in v) return this.check(q, v.priority, e.line, 'priority');
    if (kind === 'note-target' && 'note' in v)
      return this.check(q, v.note.decision ?? 'section', e.line, `note target (a decision of section ${domain})`);
    if (kind === 'action') return this.check(q, 'finalise' in v ? 'finalise' : 'action' in v ? v.action : 'finalise', e.line, 'action');
    return fallback;
  }

  /** The option key ends with the decision id the question is about; a choice for another decision is an error. */
  private option<T extends string>(q: SelectQuestion<T>, scope: string, decision: string, option: string, line: number): T {
    const asked = scope.slice(scope.lastIndexOf(':') + 1);
    if (asked !== decision)
      throw new ScriptError(this.script.file, line, `decision "${decision}" is not a decision of this section (it has ${asked})`);
    return this.check(q, option, line, `option for ${decision}:`);
  }

  async input(q: InputQuestion): Promise<string> {
    const { kind, scope } = splitKey(q.key);
    let value: string | undefined;
    let line = 0;
    if (kind === 'concern-justification') {
      const c = this.concern(scope);
      if (c && 'accept' in c.value) [value, line] = [c.value.accept, c.line];
    } else {
      const e = this.current.get(scope);
      const v = e?.value;
      if (v && kind === 'constraint' && 'constraint' in v) [value, line] = [v.constraint, e.line];
      if (v && kind === 'note-text' && 'note' in v) [value, line] = [v.note.text, e.line];
    }
    value ??= q.default ?? '';
    const ok = q.validate ? q.validate(value) : true;
    if (ok !== true) throw new ScriptError(this.script.file, line, ok);
    return value;
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const { kind, scope } = splitKey(q.key);
    const v = kind === 'keep' ? this.current.get(scope)?.value : undefined;
    if (v && 'action' in v) return v.keep;
    return q.default ?? false;
  }

  /**
   * Verdicts for one named concern (no wildcard) that the run never asked about: a replayed session's verdicts on concerns
   * that a later revision settled. The caller records them, as the original session did; they count as used.
   */
  unaskedVerdicts(): ScriptConcern[] {
    const out: ScriptConcern[] = [];
    for (const c of this.script.concerns) {
      if (this.usedConcerns.has(c) || c.value.id.includes('*')) continue;
      this.usedConcerns.add(c);
      out.push(c.value);
    }
    return out;
  }

  /** Answers the run never asked for: entries after a section was finalised, concerns that never came up. */
  leftovers(): string[] {
    const out: string[] = [];
    for (const [d, q] of this.queues)
      for (const e of q)
        out.push(`${this.script.file}:${e.line}: answer for ${d as DomainId} not used (the section was already finalised)`);
    for (const c of this.script.concerns)
      if (!this.usedConcerns.has(c)) out.push(`${this.script.file}:${c.line}: no open red concern matches "${c.value.id}"`);
    return out;
  }
}
