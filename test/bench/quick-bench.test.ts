import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run bench` at its quick sizes; what it printed, and how it ended. */
const quickBench = (): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'bench', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_QUICK: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

/** A figure as each bench prints it: its label, then a number of milliseconds or seconds. */
const FIGURES = [
  /POST → 201 \(stored\) +median [\d.]+ ms +p95 [\d.]+ ms/,
  /POST → team email in the inbox +median [\d.]+ ms/,
  /submit handler, own table \(total\) +median [\d.]+ ms/,
  /of which DynamoDB Local calls +median [\d.]+ ms/,
  /the handler without DynamoDB +median [\d.]+ ms/,
  /DynamoDB calls per submission: \d/,
  /SDK bundled \(as deployed\) .* import \+ first 201 median [\d.]+ ms/,
  /cold start with the SDK bundled \/ with the runtime's SDK: [\d.]+/,
  /inbox, one team, newest first +median [\d.]+ ms/,
  /inbox, admin \(5 teams merged\), newest +median [\d.]+ ms/,
  /search, by phone \(1 found\) +median [\d.]+ ms +p95 [\d.]+ ms/,
  /search, by name \(1 found\) +median [\d.]+ ms +p95 [\d.]+ ms/,
  /my work, one team of \d+ +median [\d.]+ ms +p95 [\d.]+ ms/,
  /monthly report, load and build \(DynamoDB Local\) +median [\d.]+ ms/,
  /twin restart → first new team email, resuming from its saved position +median [\d.]+ s/,
  /twin restart → first new team email, with no saved position \(skipping\) +median [\d.]+ s/,
  /sign-in \(POST \/return\/, 303\) +median [\d.]+ ms +p95 [\d.]+ ms/,
  /where it stands \(GET \/return\/\) +median [\d.]+ ms +p95 [\d.]+ ms/,
  /ask for a link \(POST \/return\/email-link\) +median [\d.]+ ms +p95 [\d.]+ ms/,
  /return, add an incident \(action\) +median [\d.]+ ms +p95 [\d.]+ ms/,
  /evidence: a [\d.]+ MB photo, upload to downloadable on the twin: median \d+ ms/,
  /evidence: processing function bundle \d+ KB/,
];

/**
 * Every step of `npm run bench` runs to its end and prints its figures, at small sizes (it once
 * stopped at its second step for months: the cold-start bundle had no hash key). No figure is held
 * to a bound: how fast is the full bench's question, on a quiet machine.
 */
describe('npm run bench, quick', () => {
  it('runs every bench to the end and prints each figure', async () => {
    const { code, stdout, stderr } = await quickBench();
    expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
    expect(FIGURES.filter((figure) => !figure.test(stdout))).toEqual([]);
  }, 900_000);
});
