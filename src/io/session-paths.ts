// Where a project keeps its session record and the answers a finished session exports: names only, so a one-pass run
// can look for a session without loading the session code and its schema library.
export const SESSION_FILE = '.infra-arch/session.json';
/** The answers a finished session exports: replaying them with `create --answers` rebuilds the same document. */
export const ANSWERS_EXPORT = '.infra-arch/answers.yaml';
