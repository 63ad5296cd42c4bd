// Quotes a path for a command line we suggest to the user, so it can be pasted as is.

/** The argument unchanged when it is plain, else in single quotes (POSIX shells). */
export function shellArg(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
