// The follow-up questions of each feedback choice; each returns the answer as a log entry, ready to reduce.
import { findPoint } from '../../decide/registry.js';
import { ACTIONS } from '../../actions/registry.js';
import type { Decision, DomainId, Priority } from '../../types.js';
import type { Prompter } from '../prompter.js';
import {
  ACTION_MESSAGE,
  CONSTRAINT_MESSAGE,
  DECISION_MESSAGE,
  KEEP_MESSAGE,
  NOTE_TARGET_MESSAGE,
  NOTE_TEXT_MESSAGE,
  notEmpty,
  OPTION_MESSAGE,
  PRIORITY_LABELS,
  PRIORITY_MESSAGE,
} from '../prompts.js';
import type { FeedbackEntry } from '../state.js';
import type { ActionId } from '../../actions/action.js';

export async function askDecision(p: Prompter, key: string, ds: Decision[], preferred?: string): Promise<Decision> {
  if (ds.length === 1) return ds[0];
  const id = await p.select({
    key,
    message: DECISION_MESSAGE,
    choices: ds.map((d) => ({ value: d.id, name: `${d.question} — now: ${d.choiceTitle}`, description: d.id })),
    default: preferred ?? ds[0].id,
  });
  return ds.find((d) => d.id === id)!;
}

/** Every option of the point, the current choice first; ruled-out options say why. */
export async function askOption(p: Prompter, key: string, d: Decision): Promise<string> {
  const point = findPoint(d.id);
  const all = point ? point.options.map((o) => ({ id: o.id, title: o.title })) : d.options.map((o) => ({ id: o.id, title: o.title }));
  const ordered = [...all.filter((o) => o.id === d.choice), ...all.filter((o) => o.id !== d.choice)];
  const choices = ordered.map((o) => {
    const rej = d.rejected.find((r) => r.id === o.id);
    const shown = d.options.find((x) => x.id === o.id);
    return {
      value: o.id,
      name: `${o.title}${o.id === d.choice ? ' (current)' : ''}${rej ? ` — ruled out: ${rej.reason}` : ''}`,
      description: shown ? `score ${shown.score}` : undefined,
    };
  });
  return p.select({ key: `${key}:${d.id}`, message: OPTION_MESSAGE(d.question), choices, default: d.choice });
}

export async function askChoose(p: Prompter, domain: DomainId, ds: Decision[]): Promise<FeedbackEntry | null> {
  if (!ds.length) return null;
  const d = await askDecision(p, `choose-decision:${domain}`, ds);
  const option = await askOption(p, `choose-option:${domain}`, d);
  return { choose: { decision: d.id, option } };
}

export async function askPriority(p: Prompter, domain: DomainId, stated: Priority[]): Promise<FeedbackEntry> {
  const all = Object.keys(PRIORITY_LABELS) as Priority[];
  const open = all.filter((x) => !stated.includes(x));
  const priority = await p.select({
    key: `priority:${domain}`,
    message: PRIORITY_MESSAGE,
    choices: all.map((x) => ({ value: x, name: `${PRIORITY_LABELS[x]}${stated.includes(x) ? ' (already stated)' : ''}` })),
    default: open[0] ?? all[0],
  });
  return { priority };
}

export async function askConstraint(p: Prompter, domain: DomainId): Promise<FeedbackEntry> {
  const text = await p.input({ key: `constraint:${domain}`, message: CONSTRAINT_MESSAGE, validate: notEmpty });
  return { constraint: text.trim() };
}

export async function askNote(p: Prompter, domain: DomainId, ds: Decision[]): Promise<FeedbackEntry> {
  let decision: string | undefined;
  if (ds.length) {
    const target = await p.select({
      key: `note-target:${domain}`,
      message: NOTE_TARGET_MESSAGE,
      choices: [{ value: 'section', name: 'the section as a whole' }, ...ds.map((d) => ({ value: d.id, name: `${d.question} (${d.id})` }))],
      default: 'section',
    });
    if (target !== 'section') decision = target;
  }
  const text = (await p.input({ key: `note-text:${domain}`, message: NOTE_TEXT_MESSAGE, validate: notEmpty })).trim();
  return { note: decision ? { decision, text } : { text } };
}

export async function askAction(p: Prompter, domain: DomainId, section: string): Promise<ActionId> {
  return p.select({
    key: `action:${domain}`,
    message: ACTION_MESSAGE(section),
    choices: ACTIONS.map((a) => ({ value: a.meta.id, name: `${a.meta.number}. ${a.meta.title}`, description: a.meta.description })),
    default: 'finalise',
  });
}

export async function askKeep(p: Prompter, domain: DomainId): Promise<boolean> {
  return p.confirm({ key: `keep:${domain}`, message: KEEP_MESSAGE, default: true });
}
