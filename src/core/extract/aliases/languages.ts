// Programming languages; short or common words are only trusted in stack tables.
import { alias, type AliasEntry } from './alias-entry.js';

export const LANGUAGE_ALIASES: AliasEntry[] = [
  alias('typescript', 'languages', ['TypeScript', 'TS 5', '/typescript\\s*\\d+(?:\\.\\d+)*/']),
  alias('javascript', 'languages', ['JavaScript', 'ECMAScript', 'ES2022', 'ES2020']),
  alias('python', 'languages', ['Python', 'Python 3', '/python\\s*3(?:\\.\\d+)*\\+?/', 'CPython']),
  alias('go', 'languages', ['Golang'], { exact: ['/Go\\s+1\\.\\d+\\+?/'] }),
  alias('go', 'languages', [], { exact: ['Go'], stackOnly: true }),
  alias('rust', 'languages', ['Rust'], { stackOnly: false }),
  alias('java', 'languages', ['Java', 'Java 17', 'Java 21', 'OpenJDK']),
  alias('kotlin', 'languages', ['Kotlin']),
  alias('csharp', 'languages', ['C#', '.NET', 'dotnet', 'ASP.NET']),
  alias('ruby', 'languages', ['Ruby']),
  alias('php', 'languages', ['PHP']),
  alias('swift', 'languages', ['Swift', 'Swift 5', 'Swift 6']),
  alias('dart', 'languages', ['Dart']),
  alias('elixir', 'languages', ['Elixir']),
  alias('scala', 'languages', ['Scala']),
  alias('solidity', 'languages', ['Solidity']),
  alias('cpp', 'languages', ['C++']),
  alias('sql', 'languages', [], { exact: ['SQL'], stackOnly: true }),
];
