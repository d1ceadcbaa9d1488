/**
 * `npm run bench`: from restarting the local twin to the first new submission's team email, with
 * 5,000 earlier submissions (all emailed) in the stream: when the twin resumes from its saved
 * position, and when it has none (a first start over older data) and skips what was emailed.
 * Issue 13 measured 57.8 s before either existed, when every start re-read the whole stream.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceConfig } from '../functions/config/service-config.ts';
import { logger } from '../functions/observability/logger.ts';
import { readInbox } from '../local/ses-local.ts';
import { startTwin } from '../local/twin.ts';
import { writeEarlierSubmissions } from '../test/integration/twin/earlier-submissions.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';
import { size } from './sizes.ts';

const EARLIER = size('BENCH_EARLIER', 5_000, 100);
const RUNS = size('BENCH_RESTART_RUNS', 3, 1);
const TABLE = 'bench-restart';

logger.setLogLevel('SILENT');
const dataDir = mkdtempSync(join(tmpdir(), 'bench-restart-'));

interface Sample {
  /** From the start of the restart to the new submission's team email, and to the twin being ready. */
  total: number;
  ready: number;
  said: string;
}

/** Starts the twin on the data, sends one referral and waits for its team email. */
const restart = async (): Promise<Sample> => {
  const started = performance.now();
  const said: string[] = [];
  const twin = await startTwin({
    port: 0,
    dataDir,
    tableName: TABLE,
    siteDir: 'site/dist',
    log: (line) => said.push(line),
  });
  const ready = performance.now() - started;
  try {
    const response = await fetch(`${twin.url}/api/forms/referral`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...VALID_ANSWERS.referral,
        formOpenMs: '5000',
        submissionToken: crypto.randomUUID(),
      }),
    });
    const { reference } = (await response.json()) as { reference: string };
    while (!(await readInbox(twin.inboxUrl)).some((e) => e.subject.includes(reference)))
      await new Promise((r) => setTimeout(r, 20));
    return {
      total: performance.now() - started,
      ready,
      said: said.find((l) => l.startsWith('stream:')) ?? '',
    };
  } finally {
    await twin.stop();
  }
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

try {
  await writeEarlierSubmissions(dataDir, TABLE, EARLIER, serviceConfig);
  const samples = { fromOldest: [] as Sample[], resumed: [] as Sample[] };
  for (let run = 0; run < RUNS; run++) {
    rmSync(join(dataDir, `stream-positions-${TABLE}.json`), { force: true });
    samples.fromOldest.push(await restart());
    samples.resumed.push(await restart());
  }
  for (const [label, runs] of [
    ['resuming from its saved position', samples.resumed],
    ['with no saved position (skipping)', samples.fromOldest],
  ] as const) {
    console.log(
      `twin restart → first new team email, ${label.padEnd(34)} median ${seconds(median(runs.map((s) => s.total)))}` +
        ` (ready after ${seconds(median(runs.map((s) => s.ready)))}; n=${RUNS}, ${EARLIER} earlier submissions; before: 57.8 s)`,
    );
  }
  console.log(`  the twin said: ${samples.fromOldest[0]?.said}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
