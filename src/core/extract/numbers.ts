// Parses numbers as documents write them: "10,000", "1.5k", "2M", "ten".
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  a: 1,
  single: 1,
  solo: 1,
};

export function parseAmount(raw: string, suffix = ''): number | null {
  const word = WORDS[raw.toLowerCase()];
  if (word !== undefined) return word;
  const n = Number(raw.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const s = suffix.toLowerCase();
  const factor = s === 'k' ? 1e3 : s === 'm' || s === 'mm' ? 1e6 : s === 'b' || s === 'bn' ? 1e9 : 1;
  return Math.round(n * factor * 100) / 100;
}

export const NUMBER_WORD = String.raw`(?:\d[\d,]{0,14}(?:\.\d{1,4})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
