/**
 * `npm test`'s vitest step: every project, in three lanes side by side. The integration tests (one
 * file at a time, on their own DynamoDB Local and SES emulator, whose inbox they share) run beside
 * the browser tests (two files at a time, each on its own twin) with the quick projects, and beside
 * the quick bench: each waits on its stand-ins about half the time (a browser test file measured
 * alone used under half a core), so on two cores they overlap. Each lane's report is printed whole
 * when it ends, so they never interleave.
 *
 * Given arguments (`npm test -- test/unit/html`), it runs one ordinary `vitest run` with them.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

const LANES: readonly { name: string; projects: readonly string[] }[] = [
  { name: 'integration', projects: ['integration'] },
  // The browser tests run two files at a time (vitest.config.ts), so the quick projects and the
  // template tests ride with them.
  { name: 'browser, unit, property and infra', projects: ['e2e', 'unit', 'property', 'infra'] },
  // The quick bench (about three minutes, mostly starting its stand-ins) beside the rest: in the
  // integration lane it made that lane the longest by its whole length.
  { name: 'bench, quick', projects: ['bench'] },
];

interface LaneResult {
  name: string;
  code: number;
  seconds: number;
}

/** Runs vitest with these arguments; its output is kept and printed at the end unless `live`. */
const run = (name: string, args: readonly string[], live: boolean): Promise<LaneResult> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [vitest, 'run', ...args], {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (!live) {
        process.stdout.write(`\n===== ${name} =====\n`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds: Math.round((Date.now() - started) / 1000) });
    });
  });

const given = process.argv.slice(2);
if (given.length > 0) {
  process.exitCode = (await run('vitest', given, true)).code;
} else {
  console.log(
    `Running ${LANES.map((l) => l.name).join(' | ')} side by side; each lane's report comes when it ends.`,
  );
  const results = await Promise.all(
    LANES.map((lane) =>
      run(
        lane.name,
        lane.projects.flatMap((p) => ['--project', p]),
        false,
      ),
    ),
  );
  console.log('');
  for (const r of results) console.log(`${r.code === 0 ? 'passed' : 'FAILED'}: ${r.name} in ${r.seconds} s`);
  process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
}
