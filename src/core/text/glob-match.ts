// Wildcard matching for ids people write (`skill-gap@*`), without regular expressions: each `*` once became `.*`, and
// thirty of them made the engine try every way to split the id.

export interface GlobOptions {
  /** Whether `?` stands for any one character (true) or for itself. */
  questionMark?: boolean;
}

/**
 * Whether `text` matches `pattern`, where `*` matches any run of characters (also none), `?` one character unless
 * turned off, and everything else only itself. The pieces between stars are placed leftmost in turn, which is enough
 * for `*`: the work is at most the text length times the pattern length, whatever the number of stars.
 */
export function matchGlob(pattern: string, text: string, options: GlobOptions = {}): boolean {
  const any = options.questionMark ?? true;
  const fits = (piece: string, at: number): boolean => {
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i];
      if (c !== text[at + i] && !(any && c === '?')) return false;
    }
    return true;
  };
  const pieces = pattern.split('*');
  if (pieces.length === 1) return pattern.length === text.length && fits(pattern, 0);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (first.length + last.length > text.length) return false;
  const end = text.length - last.length;
  if (!fits(first, 0) || !fits(last, end)) return false;
  let from = first.length;
  for (let k = 1; k < pieces.length - 1; k++) {
    const piece = pieces[k];
    let at = from;
    while (at + piece.length <= end && !fits(piece, at)) at++;
    if (at + piece.length > end) return false;
    from = at + piece.length;
  }
  return true;
}
