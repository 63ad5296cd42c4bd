// Trims runs of given characters from the ends of a string in one pass: what `/^x+|x+$/` does, without a pattern that rescans a long run from every position.

/** `s` without the characters of `chars` at its end. */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without the characters of `chars` at either end. */
export function trimChars(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start])) start++;
  return trimEndChars(s.slice(start), chars);
}
