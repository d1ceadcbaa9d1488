/**
 * `npm run bench`: how long one submission takes on the local twin, from POST to reply (stored
 * durably first), and from POST to the team's email in the SES emulator. Prints medians and p95.
 */
import { randomUUID } from 'node:crypto';
import { readInbox } from '../local/ses-local.ts';
import { startTwin } from '../local/twin.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const summary = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(34)} median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms   (n=${samples.length})`,
  );
};

const twin = await startTwin({ port: 0, dataDir: null, tableName: 'bench', quiet: true });
const post = async () => {
  const body = JSON.stringify({ ...VALID_ANSWERS.referral, submissionToken: randomUUID() });
  const started = performance.now();
  const response = await fetch(`${twin.url}/api/forms/referral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const { reference } = (await response.json()) as { reference: string };
  if (response.status !== 201) throw new Error(`status ${response.status}`);
  return { reference, started, replied: performance.now() };
};

try {
  for (let i = 0; i < WARM_UP; i++) await post();
  const replies: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { started, replied } = await post();
    replies.push(replied - started);
  }
  // Email delivery: one submission at a time, waiting for its email to arrive.
  const deliveries: number[] = [];
  for (let i = 0; i < 20; i++) {
    const { reference, started } = await post();
    while (!(await readInbox(twin.inboxUrl)).some((e) => e.subject.includes(reference))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    deliveries.push(performance.now() - started);
  }
  summary('POST → 201 (stored)', replies);
  summary('POST → team email in the inbox', deliveries);
} finally {
  await twin.stop();
}
