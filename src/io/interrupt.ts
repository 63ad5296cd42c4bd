// Ctrl-C and `kill`: exit 130 (SIGINT) or 143 (SIGTERM) with one line saying how to go on; a closed stdout ends quietly.
// Every write of a run is synchronous, so a signal is handled between writes, never in the middle of one.

let hint = '';

/** What to print when the run is interrupted now (for example how to resume); empty for nothing. */
export function setInterruptHint(text: string): void {
  hint = text;
}

export function installProcessGuards(): void {
  const onSignal = (code: number) => () => {
    process.stderr.write(`\ninfra-arch: interrupted${hint ? `; ${hint}` : ''}\n`);
    // 'exit' handlers (the project lock) still run.
    process.exit(code);
  };
  process.on('SIGINT', onSignal(130));
  process.on('SIGTERM', onSignal(143));
  // `infra-arch analyze --json | head -1`: the reader left, so stop quietly and successfully, as git and grep do.
  const onStreamError = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    throw err;
  };
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', onStreamError);
}
