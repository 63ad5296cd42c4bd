// One line per concern for the terminal.
import type { Concern } from '../types.js';

const MARK = { red: '✖ red   ', yellow: '▲ yellow', green: '● green ' } as const;

export function formatConcernLine(c: Concern): string {
  return `  ${MARK[c.level]} ${c.id} — ${c.title}${c.status !== 'open' ? ` [${c.status}]` : ''}`;
}
