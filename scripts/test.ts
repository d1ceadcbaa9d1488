/**
 * `npm test`'s vitest step: every project, in two lanes side by side. The integration tests (one
 * file at a time, on their own DynamoDB Local and SES emulator, whose inbox they share) run beside
 * the browser tests (one file at a time, each on its own twin) and the quick projects: each lane
 * waits on its stand-ins part of the time, so on two cores the suite takes about two thirds of the
 * time it takes in one line. A third lane, or two browser files at a time, gained nothing (tried
 * 2026-12-07: the machine is already busy). Each lane's report is printed whole when it ends.
 *
 * Given arguments (`npm test -- test/unit/html`), it runs one ordinary `vitest run` with them.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

const LANES: readonly { name: string; projects: readonly string[] }[] = [
  // What runs beside the browser tests, to even the lanes out (measured 2026-12-07: 655 s beside
  // 790 s before the property tests moved here, 681 s beside 743 s after).
  {
    name: 'integration, bench, infra and property',
    projects: ['integration', 'integration-isolated', 'bench', 'infra', 'property'],
  },
  { name: 'browser and unit', projects: ['e2e', 'unit'] },
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
