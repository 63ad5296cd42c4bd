// Reads an answers file (YAML) into a checked script; every error names the file and the line.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { findAction } from '../core/actions/registry.js';
import { DOMAINS } from '../core/decide/domains.js';
import { findPoint } from '../core/decide/registry.js';
import { optionsOf } from '../core/decide/catalogue-options.js';
import { ScriptError, type AnswersScript, type Located, type ScriptConcern } from '../core/session/script.js';
import type { FeedbackEntry } from '../core/session/state.js';
import type { DomainId, Priority } from '../core/types.js';
import { readBoundedText } from './read-bounded.js';

/** An answers file is a few kilobytes; a cap keeps `--answers /dev/zero` or a huge file from filling memory. */
export const MAX_ANSWERS_BYTES = 1024 * 1024;

const PRIORITIES = ['cost', 'simplicity', 'resilience', 'compliance', 'speed'] as const;
const ENTRY_KINDS = ['accept', 'finalise', 'choose', 'priority', 'constraint', 'note', 'action'];

const Choose = z.object({ decision: z.string().min(1), option: z.string().min(1) }).strict();
const Note = z.union([z.string().min(1), z.object({ decision: z.string().min(1).optional(), text: z.string().min(1) }).strict()]);
const Action = z.object({ action: z.union([z.string().min(1), z.number().int()]), keep: z.boolean().optional() }).strict();
const Concern = z
  .object({
    id: z.string().min(1),
    accept: z.string().min(1).optional(),
    revise: Choose.optional(),
    'leave-open': z.literal(true).optional(),
  })
  .strict();

export class AnswersFile {
  private readonly lc = new LineCounter();
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  line(node: unknown): number {
    const r = (node as Node | undefined)?.range;
    return r ? this.lc.linePos(r[0]).line : 1;
  }

  fail(node: unknown, message: string): never {
    throw new ScriptError(this.file, this.line(node), message);
  }

  parse(): AnswersScript {
    const doc = parseDocument(this.text, { lineCounter: this.lc, prettyErrors: false });
    if (doc.errors.length) {
      const e = doc.errors[0];
      throw new ScriptError(this.file, e.linePos?.[0]?.line ?? 1, `not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const script: AnswersScript = { file: this.file, mode: null, domains: {}, concerns: [] };
    const root = doc.contents;
    if (root === null) return script;
    if (!isMap(root)) this.fail(root, 'expected a mapping with `mode:`, `domains:` and `concerns:`');
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value as Node | null;
      if (key === 'version') {
        if (!isScalar(value) || value.value !== 1) this.fail(value ?? pair.key, '`version` must be 1');
      } else if (key === 'mode') {
        const v = isScalar(value) ? value.value : undefined;
        if (v !== 'incremental' && v !== 'yolo') this.fail(value ?? pair.key, '`mode` must be `incremental` or `yolo`');
        script.mode = { value: v, line: this.line(value) };
      } else if (key === 'domains') this.domains(value, script);
      else if (key === 'concerns') this.concerns(value, script);
      else this.fail(pair.key, `unknown key \`${key}\`; expected version, mode, domains or concerns`);
    }
    return script;
  }

  private domains(node: Node | null, script: AnswersScript): void {
    if (node === null) return;
    if (!isMap(node)) this.fail(node, '`domains` must map a domain id to its answers');
    for (const pair of node.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!DOMAINS.some((d) => d.id === id))
        this.fail(pair.key, `unknown domain \`${id}\`; domains are ${DOMAINS.map((d) => d.id).join(', ')}`);
      const domain = id as DomainId;
      const value = pair.value as Node | null;
      const items: Node[] = value === null ? [] : isSeq(value) ? (value.items as Node[]) : [value];
      script.domains[domain] = items.map((item) => ({ value: this.entry(item, domain), line: this.line(item) }));
    }
  }

  private entry(node: Node, domain: DomainId): FeedbackEntry {
    if (isScalar(node)) {
      if (node.value === 'accept') return { accept: true };
      if (node.value === 'finalise' || node.value === 'finalize') return { finalise: true };
      this.fail(
        node,
        `unknown answer \`${String(node.value)}\`; expected accept, finalise, or a mapping with one of ${ENTRY_KINDS.slice(2).join(', ')}`,
      );
    }
    if (!isMap(node) || !node.items.length) this.fail(node, 'expected an answer such as `accept` or `{ choose: { decision, option } }`');
    const key = isScalar(node.items[0].key) ? String(node.items[0].key.value) : '';
    const js = node.toJSON() as Record<string, unknown>;
    const shape = <T>(schema: z.ZodType<T>, value: unknown): T => {
      const r = schema.safeParse(value);
      if (!r.success) {
        const issue = r.error.issues[0];
        const at = node.getIn([...(key === 'action' ? [] : [key]), ...issue.path] as string[], true) ?? node;
        this.fail(at, `${key}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
      }
      return r.data;
    };
    switch (key) {
      case 'choose': {
        const c = shape(Choose, js.choose);
        const point = findPoint(c.decision);
        const at = node.getIn(['choose', 'decision'], true);
        if (!point) this.fail(at, `unknown decision \`${c.decision}\``);
        if (point.meta.domain !== domain)
          this.fail(at, `decision \`${c.decision}\` belongs to section ${point.meta.domain}, not ${domain}`);
        if (!optionsOf(point).some((o) => o.id === c.option))
          this.fail(
            node.getIn(['choose', 'option'], true),
            `\`${c.option}\` is not an option of ${c.decision}; options are ${point.options.map((o) => o.id).join(', ')}`,
          );
        return { choose: c };
      }
      case 'priority': {
        const p = shape(z.enum(PRIORITIES), js.priority);
        return { priority: p as Priority };
      }
      case 'constraint':
        return { constraint: shape(z.string().min(1), js.constraint) };
      case 'note': {
        const n = shape(Note, js.note);
        if (typeof n === 'string') return { note: { text: n } };
        if (n.decision && findPoint(n.decision)?.meta.domain !== domain)
          this.fail(node.getIn(['note', 'decision'], true), `decision \`${n.decision}\` is not a decision of section ${domain}`);
        return { note: n.decision ? { decision: n.decision, text: n.text } : { text: n.text } };
      }
      case 'action': {
        const a = shape(Action, js);
        const found = findAction(a.action);
        if (!found)
          this.fail(node.getIn(['action'], true), `unknown action \`${a.action}\`; use 1–8 or one of stress-test, cost-analysis, …`);
        if (found.meta.id === 'finalise') return { finalise: true };
        return { action: found.meta.id, keep: a.keep ?? true };
      }
      default:
        this.fail(node.items[0].key, `unknown answer \`${key}\`; expected one of ${ENTRY_KINDS.join(', ')}`);
    }
  }

  private concerns(node: Node | null, script: AnswersScript): void {
    if (node === null) return;
    if (!isSeq(node)) this.fail(node, '`concerns` must be a list of `{ id, accept | revise | leave-open }`');
    for (const item of node.items as Node[]) {
      const r = Concern.safeParse((item as Node & { toJSON(): unknown }).toJSON());
      if (!r.success) {
        const issue = r.error.issues[0];
        const at = isMap(item) ? (item.getIn(issue.path as string[], true) ?? item) : item;
        this.fail(at, `concern${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`);
      }
      const c = r.data;
      const ways = [c.accept !== undefined, c.revise !== undefined, c['leave-open'] !== undefined].filter(Boolean).length;
      if (ways !== 1)
        this.fail(item, `concern \`${c.id}\`: give exactly one of accept (a justification), revise ({ decision, option }) or leave-open`);
      if (c.revise) {
        const point = findPoint(c.revise.decision);
        if (!point) this.fail(isMap(item) ? item.getIn(['revise', 'decision'], true) : item, `unknown decision \`${c.revise.decision}\``);
        if (!optionsOf(point).some((o) => o.id === c.revise!.option))
          this.fail(
            isMap(item) ? item.getIn(['revise', 'option'], true) : item,
            `\`${c.revise.option}\` is not an option of ${c.revise.decision}; options are ${point.options.map((o) => o.id).join(', ')}`,
          );
      }
      const value: ScriptConcern =
        c.accept !== undefined ? { id: c.id, accept: c.accept } : c.revise ? { id: c.id, revise: c.revise } : { id: c.id, leaveOpen: true };
      script.concerns.push({ value, line: this.line(item) } as Located<ScriptConcern>);
    }
  }
}

/** Parses answers text; throws ScriptError (message `file:line: …`). */
export function parseAnswers(text: string, file: string): AnswersScript {
  return new AnswersFile(file, text).parse();
}

/** Reads and parses an answers file; unreadable files are reported as a ScriptError on line 1. */
export function readAnswersFile(path: string, display = path): AnswersScript {
  const read = readBoundedText(path, MAX_ANSWERS_BYTES, 'answers file');
  if (!read.ok) throw new ScriptError(display, 1, `answers file ${read.message} — ${read.hint} (see docs/answers-file.md)`);
  return parseAnswers(read.text, display);
}
