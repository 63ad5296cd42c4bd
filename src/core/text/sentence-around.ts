// The sentence (or clause up to a semicolon or line end) around a span, bounded on each side so the cost per span stays fixed.

/** The text from the last sentence break before [start, end) to the next one after it, looking at most 200 characters each way. */
export function sentenceAround(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - 200), start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('; '));
  const tail = text.slice(end, end + 200);
  const stop = tail.search(/[.;]\s|\n/);
  return head.slice(cut + 1) + text.slice(start, end) + (stop >= 0 ? tail.slice(0, stop) : tail);
}
