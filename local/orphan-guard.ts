import { spawn } from 'node:child_process';
import type { Socket } from 'node:net';

/**
 * A watcher process's whole program: it waits for its stdin to close, which happens when the
 * process that started it ends, however it ends (even SIGKILL, which no exit handler sees), then
 * kills the child it was given. Signals sent to the whole terminal group (Ctrl-C) are left to the
 * twin, which stops its children itself and then ends the watcher.
 */
const WATCHER = `
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
const kill = () => {
  try { process.kill(Number(process.argv[1]), 'SIGKILL'); } catch {}
  process.exit(0);
};
process.stdin.on('end', kill).on('close', kill).on('error', kill).resume();
`;

export interface OrphanGuard {
  /** The child has ended (or been stopped): the watcher is no longer needed. */
  release(): void;
}

/**
 * Makes sure a child process (DynamoDB Local's Java) does not outlive this one: a small watcher
 * process kills it should this process end without stopping it. Best effort: if the watcher cannot
 * start, the exit hook in the caller still covers every end but SIGKILL.
 */
export const guardAgainstOrphan = (childPid: number): OrphanGuard => {
  const watcher = spawn(process.execPath, ['-e', WATCHER, String(childPid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watcher.on('error', () => {});
  // Neither the watcher nor its pipe keeps this process running.
  watcher.unref();
  (watcher.stdin as Socket | null)?.unref();
  watcher.stdin?.on('error', () => {});
  return {
    release: () => {
      if (watcher.exitCode === null && watcher.signalCode === null) watcher.kill('SIGKILL');
    },
  };
};
