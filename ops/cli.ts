import { clockFromEnvironment } from '../local/clock-setting.ts';
import { askYes } from './confirm.ts';
import { runOps } from './run.ts';

// Output piped into something that stops reading early (| head) is not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** `npm run ops -- <command>`: wires the real terminal to runOps. */
process.exitCode = await runOps(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: Boolean(process.stdin.isTTY),
    liveProgress: Boolean(process.stderr.isTTY),
    ask: askYes,
  },
  process.env,
  // A test runs the tools on the day it means (SERVICE_CLOCK); otherwise the machine's clock.
  { now: clockFromEnvironment(process.env) },
);
