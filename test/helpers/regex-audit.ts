// Finds every regular expression the tool can apply to user text and asks a static checker whether it backtracks super-linearly.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';

export interface FoundRegex {
  /** Where it came from: `src/…/file.ts:line` for a literal, `run` for one only seen while the tool ran. */
  where: string;
  re: RegExp;
}

const keyOf = (re: RegExp) => `/${re.source}/${re.flags.replace('y', '')}`;

/**
 * Runs `fn` and returns every RegExp that was executed meanwhile. All RegExp methods and the String methods that take
 * a RegExp (match, replace, split, search, matchAll) go through `RegExp.prototype.exec`, so patching it sees them all,
 * including patterns built at run time with `new RegExp`.
 */
export function recordRegexes<T>(fn: () => T): { result: T; regexes: RegExp[] } {
  const seen = new Map<string, RegExp>();
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const k = keyOf(this);
    // `split` runs a sticky copy of the pattern; the copy's flags differ only by `y`.
    if (!seen.has(k)) seen.set(k, new RegExp(this.source, this.flags.replace('y', '')));
    return exec.call(this, s);
  };
  try {
    return { result: fn(), regexes: [...seen.values()] };
  } finally {
    RegExp.prototype.exec = exec;
  }
}

/**
 * Replaces the global RegExp constructor with a recording proxy until the returned function is called. Installed before
 * the tool's modules are imported, it sees every pattern they build with `new RegExp`, at load time or later, whether
 * or not a test input reaches it.
 */
export function recordConstructed(): () => RegExp[] {
  const seen = new Map<string, RegExp>();
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = new target(...args);
      if (!seen.has(keyOf(re))) seen.set(keyOf(re), re);
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const re = target(...args);
      if (!seen.has(keyOf(re))) seen.set(keyOf(re), re);
      return re;
    },
  });
  return () => {
    globalThis.RegExp = Original;
    return [...seen.values()];
  };
}

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) tsFiles(p, out);
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** Every regular-expression literal under `dir`, with its file and line (paths relative to `root`). */
export function regexLiterals(root: string, dir: string): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of tsFiles(join(root, dir)).sort()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        out.push({ where: `${relative(root, file)}:${line}`, re: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** One line per cause of super-linear matching time that the checker finds in `re`; empty when it is linear. */
export function superLinearCauses(re: RegExp): string[] {
  return analyse(re).reports.map((r) => {
    const quant = r.type === 'Trade' ? `${r.startQuant.raw} against ${r.endQuant.raw}` : r.quant.raw;
    return `${r.type}${r.exponential ? ' (exponential)' : ''} on repeated ${JSON.stringify(r.character.pick)}: ${quant.slice(0, 80)}`;
  });
}

/** Literals and run-time patterns merged, one entry per distinct pattern (a literal keeps its location). */
export function mergeFound(literals: FoundRegex[], run: RegExp[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>();
  for (const f of literals) if (!byKey.has(keyOf(f.re))) byKey.set(keyOf(f.re), f);
  for (const re of run) if (!byKey.has(keyOf(re))) byKey.set(keyOf(re), { where: 'run', re });
  return [...byKey.values()];
}
