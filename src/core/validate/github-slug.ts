// GitHub's heading-anchor rules: lowercase, punctuation dropped, spaces to hyphens, duplicates numbered.

/** Slug of one heading text, before duplicate numbering. */
export function githubSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .trim()
      // GitHub keeps letters, digits, marks, spaces, hyphens and underscores; everything else goes.
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-')
  );
}

/** A stateful slugger: the second "Overview" becomes `overview-1`, as on GitHub. */
export function githubSlugger(): (text: string) => string {
  const occurrences = new Map<string, number>();
  return (text: string) => {
    const original = githubSlug(text);
    let slug = original;
    while (occurrences.has(slug)) {
      const n = (occurrences.get(original) ?? 0) + 1;
      occurrences.set(original, n);
      slug = `${original}-${n}`;
    }
    occurrences.set(slug, 0);
    return slug;
  };
}
