// Who calls the system from outside: mobile and desktop apps (their frameworks, or "iOS app" in the text) and devices.
import type { Evidence, ListFact, SourceDoc } from '../types.js';
import { confidenceOf, evidenceAt, sortEvidence } from './evidence.js';
import { negatedSentence } from './negation.js';
import { kb } from '../knowledge/active.js';

export type ClientKind = 'mobile' | 'desktop' | 'device' | 'cli';

export interface ClientFact {
  id: string;
  name: string;
  kind: ClientKind;
  evidence: Evidence[];
  confidence: number;
}

/** Frameworks that build an app installed on the user's device. */
const APP_FRAMEWORKS: Record<string, ClientKind> = {
  'react-native': 'mobile',
  expo: 'mobile',
  flutter: 'mobile',
  swiftui: 'mobile',
  uikit: 'mobile',
  'jetpack-compose': 'mobile',
  electron: 'desktop',
  tauri: 'desktop',
};

const PHRASES: { kind: ClientKind; re: RegExp }[] = [
  { kind: 'mobile', re: /\b(?:ios|android|mobile|iphone)\s+(?:and\s+(?:ios|android)\s+)?(?:apps?|applications?|clients?)\b/gi },
  { kind: 'desktop', re: /\bdesktop\s+(?:apps?|applications?|clients?)\b/gi },
  {
    kind: 'device',
    re: /\b(?:iot|embedded|edge|field)\s+devices?\b|\b(?:sensors?|devices?|controllers?)\s+(?:send|publish|report|stream|push)(?:es|s)?\b/gi,
  },
];
const NEGATOR = /\b(?:no|not|never|without|nor|won'?t|don'?t|isn'?t)\b/i;

/** "There is no desktop app", "we will not build a mobile app": a negator among the few words before, in the same clause. */
function negatedJustBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const cut = Math.max(window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf(','), window.lastIndexOf(':'));
  return NEGATOR.test(window.slice(cut + 1));
}

const SKIP_KINDS = new Set(['alternatives', 'example', 'future']);
const NAMES: Record<ClientKind, string> = { mobile: 'Mobile app', desktop: 'Desktop app', device: 'Devices', cli: 'Command-line tool' };

/** The clients the inputs describe; a kind seen only once in prose (no framework) is too weak to draw. */
export function extractClients(docs: SourceDoc[], frameworks: ListFact[]): ClientFact[] {
  const byKind = new Map<ClientKind, { via: string[]; evidence: Evidence[]; weight: number }>();
  const note = (kind: ClientKind, ev: Evidence, weight: number, via?: string) => {
    const c = byKind.get(kind) ?? { via: [], evidence: [], weight: 0 };
    c.evidence.push(ev);
    c.weight += weight;
    if (via && !c.via.includes(via)) c.via.push(via);
    byKind.set(kind, c);
  };
  for (const f of frameworks) {
    const kind = APP_FRAMEWORKS[f.id];
    if (kind) for (const e of f.evidence.slice(0, 2)) note(kind, e, 1, kb().name(f.id));
  }
  for (const doc of docs) {
    for (const b of doc.blocks) {
      if (b.type === 'code' || SKIP_KINDS.has(b.section.kind)) continue;
      for (const { kind, re } of PHRASES) {
        re.lastIndex = 0;
        const m = re.exec(b.text);
        if (m && !negatedSentence(b.text, m.index) && !negatedJustBefore(b.text, m.index))
          note(kind, evidenceAt(doc, b, m.index, m.index + m[0].length), 0.5);
      }
    }
  }
  const out: ClientFact[] = [];
  for (const kind of ['mobile', 'desktop', 'device', 'cli'] as const) {
    const c = byKind.get(kind);
    if (!c || c.weight < 1) continue;
    const name = c.via.length ? `${NAMES[kind]} (${c.via.join(', ')})` : NAMES[kind];
    out.push({ id: `${kind}-client`, name, kind, evidence: sortEvidence(c.evidence).slice(0, 4), confidence: confidenceOf(c.weight) });
  }
  return out;
}
