// Credentials written into the documents (a password in a connection string, a key literal) or said to be committed to git.
import type { Evidence, SourceDoc } from '../types.js';

// Every pattern is linear: bounded repetitions, no nested quantifiers, anchored on literal text.
const URL_CREDENTIAL = /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]{1,64}:([^\s@/]{1,128})@([^\s:/?#]{1,253})/i;
const ASSIGNED_SECRET =
  /\b[A-Z][A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|SECRET|API_KEY|APIKEY|TOKEN|PRIVATE_KEY|ACCESS_KEY)[A-Z0-9_]{0,20} {0,3}[=:] {0,3}["']?([^\s"'`]{6,200})/;
const KEY_FORMATS =
  /\b(?:AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|sk_live_[0-9A-Za-z]{16,99}|xox[bp]-[0-9A-Za-z-]{10,99})\b|-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/;
const SAID_COMMITTED =
  /\b(?:credentials|secrets|passwords?|api keys?|\.env(?: files?)?)\b.{0,60}?\b(?:are|is|were|was|get|gets) (?:committed|checked in|pushed|stored) (?:in|to|into) (?:the )?(?:git )?(?:repo|repository|git)\b/i;
/** Text just above a line that places it in local development or tests, where throwaway values belong. */
const LOCAL_CONTEXT = /\blocal(?:ly)? (?:development|dev|only|machines?)\b|\bnever deployed\b|\bfor (?:local )?tests?\b|\blocalhost\b/i;
const CONTEXT_LINES = 12;

const NEGATED = /\b(?:never|not|no|don't|do not|must not|mustn't|avoid|instead of)\b/i;

/** Values that stand for a secret rather than being one: templates, variable references, obvious dummies. */
const PLACEHOLDER =
  /^(?:\$|\{\{|<|\[|%|\(|your|my|example|sample|changeme|change_me|change-me|placeholder|replace|xxx|\*|\.\.\.|secret|password|passwd|pass|token|test|dummy|fake|redacted|todo|tbd|null|none|undefined|process\.env|os\.environ|env\.|ENV\[|\*\*\*)/i;

/** Well-known defaults of throwaway local containers (a CI service database), not credentials of anything real. */
const LOCAL_DEFAULTS = new Set(['postgres', 'root', 'admin', 'guest', 'mysql', 'redis', 'mongo', 'rabbitmq', 'minio', 'minioadmin']);
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i;

function realValue(v: string | undefined): boolean {
  if (!v) return false;
  if (LOCAL_DEFAULTS.has(v.toLowerCase())) return false;
  if (PLACEHOLDER.test(v)) return false;
  if (/^(.)\1+$/.test(v)) return false; // "xxxxxx", "000000"
  // A value that names itself a dummy ("localdev", "test123", "demo-key") is one.
  if (/local|dev|test|demo|sample|example|dummy|fake/i.test(v)) return false;
  return true;
}

/** The line with the secret (at `at`) replaced, so no sink (document, terminal, SARIF) repeats it. */
function redact(line: string, value: string | undefined, at: number): string {
  const shown =
    value && at >= 0 ? `${line.slice(0, at)}[redacted]${line.slice(at + value.length)}` : line.replace(KEY_FORMATS, '[redacted]');
  return shown.trim().slice(0, 160);
}

/** Where a regular expression's first group starts in the line (the group is the last text of the match up to it). */
function groupStart(m: RegExpExecArray, group: string, tail = ''): number {
  return m.index + m[0].length - tail.length - group.length;
}

/** Where the inputs carry a credential or say one is committed to the repository, each line quoted with the secret redacted. */
export function extractCommittedSecrets(docs: SourceDoc[]): Evidence[] {
  const out: Evidence[] = [];
  for (const d of docs) {
    const lines = d.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.length > 2000) continue;
      const u = URL_CREDENTIAL.exec(line);
      const a = ASSIGNED_SECRET.exec(line);
      const urlReal = !!u && realValue(u[1]) && !LOCAL_HOST.test(u[2]!);
      const local = lines.slice(Math.max(0, i - CONTEXT_LINES), i).some((l) => l.length <= 2000 && LOCAL_CONTEXT.test(l));
      const value = local ? undefined : urlReal ? u![1] : a && realValue(a[1]) ? a[1] : undefined;
      const at = urlReal ? groupStart(u!, u![1]!, `@${u![2]}`) : value ? groupStart(a!, a![1]!) : -1;
      const literalKey = KEY_FORMATS.test(line);
      const said = SAID_COMMITTED.test(line) && !NEGATED.test(line);
      if (value || literalKey || said) out.push({ file: d.path, line: i + 1, quote: redact(line, value, at) });
      if (out.length >= 20) return out;
    }
  }
  return out;
}
