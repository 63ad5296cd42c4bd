// Locale-independent number formatting, so results are the same bytes on every machine.
import { trimEndChars } from '../text/trim-chars.js';

/** "1234567" → "1,234,567": commas between groups of three digits, counted from the right. */
export function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}

/** "2.50" → "2.5", "3.00" → "3"; a number without a decimal point keeps its zeros ("100"). */
function dropTrailingZeros(fixed: string): string {
  return fixed.includes('.') ? trimEndChars(trimEndChars(fixed, '0'), '.') : fixed;
}

/** 12345.6 → "12,346"; values under 10 keep one decimal ("2.5"), under 1 two ("0.25"). */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  const abs = Math.abs(n);
  const digits = abs >= 10 ? 0 : abs >= 1 ? 1 : 2;
  const fixed = n.toFixed(digits);
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const body = groupThousands(int.replace('-', ''));
  const tail = frac && !/^0+$/.test(frac) ? `.${trimEndChars(frac, '0')}` : '';
  return `${sign}${body}${tail}`;
}

export function usd(n: number): string {
  return `$${num(Math.round(n))}`;
}

/** 99.949 → "99.95%". */
export function pct(n: number, digits = 2): string {
  return `${dropTrailingZeros(n.toFixed(digits))}%`;
}

export function minutes(m: number): string {
  if (m >= 60 * 24 && m % (60 * 24) === 0) return `${m / 1440} d`;
  if (m >= 60) return `${num(m / 60)} h`;
  return `${num(m)} min`;
}
