// Locale-independent number formatting, so results are the same bytes on every machine.

/** 12345.6 → "12,346"; values under 10 keep one decimal ("2.5"), under 1 two ("0.25"). */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '∞';
  const abs = Math.abs(n);
  const digits = abs >= 10 ? 0 : abs >= 1 ? 1 : 2;
  const fixed = n.toFixed(digits);
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const body = int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const tail = frac && !/^0+$/.test(frac) ? `.${frac.replace(/0+$/, '')}` : '';
  return `${sign}${body}${tail}`;
}

export function usd(n: number): string {
  return `$${num(Math.round(n))}`;
}

/** 99.949 → "99.95%". */
export function pct(n: number, digits = 2): string {
  return `${n.toFixed(digits).replace(/\.?0+$/, '')}%`;
}

export function minutes(m: number): string {
  if (m >= 60 * 24 && m % (60 * 24) === 0) return `${m / 1440} d`;
  if (m >= 60) return `${num(m / 60)} h`;
  return `${num(m)} min`;
}
