// "Quokka SQL Server": a catalogue spelling made of common words, right after an unknown proper noun, is the tail of that product's name.
import type { AliasHit, AliasMatcher } from './alias-matcher.js';
import { kb } from '../knowledge/active.js';

// Words any vendor may put in a product name: a spelling made only of them names the catalogue product only on its own.
const COMMON_WORDS = new Set(
  (
    'sql server cloud storage functions function run app apps service services database db pages workers worker container ' +
    'containers registry engine search data store vault key monitor monitoring gateway api hosting compute queue bus cache edge ' +
    'static web sites site front door tasks jobs scheduler files file'
  ).split(' '),
);
// Capitalised words that describe the product rather than name another one ("Managed SQL Server", "Our Cloud Storage").
const QUALIFIERS = new Set(
  (
    'a an the our your their its any each every this that managed hosted self-hosted self-managed primary secondary legacy existing ' +
    'production staging local shared dedicated standard enterprise new single main central remote internal external relational ' +
    'use using with on for and or in via from to regional global private public open-source commercial'
  ).split(' '),
);
// The word right before the spelling: read backwards from the space, so no pattern slides over the text.
function wordBefore(text: string, at: number): string | null {
  if (text[at - 1] !== ' ') return null;
  let i = at - 1;
  while (i > 0 && /[\w.+-]/.test(text[i - 1]!) && at - i < 40) i--;
  const word = text.slice(i, at - 1);
  return /^[A-Z]/.test(word) ? word : null;
}

/** The proper noun that owns the spelling at `hit` ("Quokka" in "Quokka SQL Server"), or null when the spelling stands alone. */
export function ownerOfTail(text: string, hit: Pick<AliasHit, 'start' | 'text'>, matcher: AliasMatcher): string | null {
  const words = hit.text.toLowerCase().split(/[\s-]+/);
  if (words.length < 2 || !words.every((w) => COMMON_WORDS.has(w))) return null;
  const head = wordBefore(text, hit.start);
  if (!head || QUALIFIERS.has(head.toLowerCase())) return null;
  // A provider or another catalogue name in front ("Azure SQL Server", "Google Cloud Storage") is the catalogue's own compound.
  if (matcher.scan(head).length > 0 || kb().knows(head)) return null;
  return head;
}
