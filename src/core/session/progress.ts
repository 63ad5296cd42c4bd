// The progress trail: which domain, how many are left, and the state of each.
import { DOMAINS } from '../decide/domains.js';
import type { DomainId } from '../types.js';
import type { SessionState } from './state.js';

export function progressLine(s: SessionState, current: DomainId): string {
  const i = DOMAINS.findIndex((d) => d.id === current);
  const left = DOMAINS.filter((d) => d.id !== current && s.domains[d.id].status !== 'finalised').length;
  const trail = DOMAINS.map((d) => (d.id === current ? `▸${d.id}` : s.domains[d.id].status === 'finalised' ? `✔${d.id}` : `·${d.id}`)).join(
    ' ',
  );
  return `[${i + 1}/${DOMAINS.length}] ${DOMAINS[i].title} — ${left} domain${left === 1 ? '' : 's'} left\n${trail}`;
}
