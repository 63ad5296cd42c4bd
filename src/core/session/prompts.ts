// The prompt library: every question and menu the session asks, worded in one place.
import type { Priority } from '../types.js';
import type { Choice } from './prompter.js';

export type FeedbackKind = 'accept' | 'choose' | 'priority' | 'constraint' | 'note' | 'action';
export type ConcernKind = 'revise' | 'accept' | 'leave-open';

export const MODE_MESSAGE = 'How would you like to build the infrastructure architecture?';
export const MODE_CHOICES: Choice<'incremental' | 'yolo'>[] = [
  {
    value: 'incremental',
    name: 'Incrementally (recommended)',
    description:
      'Walk the twelve domains one by one: options, a recommendation, your feedback, optional deeper analyses, then the next domain.',
  },
  {
    value: 'yolo',
    name: 'YOLO: full draft now',
    description:
      'Write the whole document from the recommendations; revise sections afterwards with `infra-arch revise --section <domain>`.',
  },
];

export const FEEDBACK_MESSAGE = (section: string) => `What next for ${section}?`;
export const FEEDBACK_CHOICES: Choice<FeedbackKind>[] = [
  { value: 'accept', name: 'Accept the recommendations and finalise this section' },
  { value: 'choose', name: 'Choose another option for a decision' },
  {
    value: 'priority',
    name: 'State a priority (cost, simplicity, resilience, compliance, speed of delivery)',
    description: 'Re-scores every decision with the priority weighed in.',
  },
  {
    value: 'constraint',
    name: 'Add a constraint ("no Kubernetes", "must use Terraform", "avoid AWS")',
    description: 'Excludes or requires technologies, then re-scores.',
  },
  { value: 'note', name: 'Add a note to this section' },
  { value: 'action', name: 'Run an advanced analysis (1–7), or 8 to finalise' },
];

export const PRIORITY_LABELS: Record<Priority, string> = {
  cost: 'Cost',
  simplicity: 'Simplicity',
  resilience: 'Resilience',
  compliance: 'Compliance',
  speed: 'Speed of delivery',
};

export const DECISION_MESSAGE = 'Which decision?';
export const OPTION_MESSAGE = (question: string) => question;
export const PRIORITY_MESSAGE = 'Which priority should weigh most from now on?';
export const CONSTRAINT_MESSAGE = 'State the constraint in your own words:';
export const NOTE_TARGET_MESSAGE = 'Attach the note to:';
export const NOTE_TEXT_MESSAGE = 'Note:';
export const ACTION_MESSAGE = (section: string) => `To test ${section} further, pick an analysis (8 to finalise and proceed):`;
export const KEEP_MESSAGE = 'Keep this result in the section?';

export const CONCERN_MESSAGE = (title: string) => `Red concern: ${title}. How do you want to resolve it?`;
export const CONCERN_CHOICES: Choice<ConcernKind>[] = [
  { value: 'revise', name: 'Revise a decision' },
  { value: 'accept', name: 'Accept the risk, with a written justification' },
  { value: 'leave-open', name: 'Leave it open (the document is written as a blocked draft)' },
];
export const JUSTIFICATION_MESSAGE = 'Why is this risk acceptable? (kept in the document)';

export const notEmpty = (v: string): true | string =>
  v.trim().length > 0 ? true : 'Please write something (or press Ctrl-C to stop; the session is saved).';
