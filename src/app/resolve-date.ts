// The date written into documents: `--date`, else SOURCE_DATE_EPOCH, else today (UTC); one rule for every mode.

/** `--date`, else SOURCE_DATE_EPOCH, else today (UTC). */
export function resolveDate(date: string | undefined, env: Record<string, string | undefined>): { date: string } | { error: string } {
  if (date !== undefined) {
    const ok =
      /^\d{4}-\d{2}-\d{2}$/.test(date) &&
      !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
      new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
    return ok ? { date } : { error: `--date must be a calendar date as YYYY-MM-DD, got "${date}"` };
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    // Up to the last second of year 9999: a later date has no YYYY-MM-DD form.
    if (!/^\d{1,12}$/.test(epoch) || Number(epoch) > 253402300799)
      return {
        error: `SOURCE_DATE_EPOCH must be whole seconds since 1970 (up to year 9999), got "${epoch.length > 40 ? `${epoch.slice(0, 40)}…` : epoch}"`,
      };
    return { date: new Date(Number(epoch) * 1000).toISOString().slice(0, 10) };
  }
  return { date: new Date().toISOString().slice(0, 10) };
}
