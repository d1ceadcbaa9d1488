import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InboxEmail, readInbox } from '../../../local/ses-local.ts';
import { startTwin, type Twin } from '../../../local/twin.ts';
import { memoryDir } from '../../support/memory-dir.ts';
import { PATIENCE_MS } from '../../support/patience.ts';
import { testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { writeEarlierSubmissions, writeWhileStopped } from './earlier-submissions.ts';

const EARLIER = 2_000;
/** A restart waits three times (the catch-up, then each email), after starting the twin. */
const RESTART_TEST_MS = 4 * PATIENCE_MS;
const TABLE = 'resume';
const config = testConfig();

let dataDir = '';
const positionsFile = () => join(dataDir, `stream-positions-${TABLE}.json`);

/** When the twin was last (re)started, in the emulator's seconds: its store outlives a twin in this process. */
let restartedAt = 0;

const emailsSinceRestart = async (twin: Twin): Promise<InboxEmail[]> =>
  (await readInbox(twin.inboxUrl)).filter((e) => e.at >= restartedAt);

const teamEmailsAbout = async (twin: Twin, reference: string) =>
  (await emailsSinceRestart(twin)).filter(
    (e) => e.subject.includes(reference) && e.destination.to.includes('rj-team@northfield.example.org'),
  );

/** Waits for the team's email about `reference` (how soon it comes is npm run bench's business). */
const waitForTeamEmail = async (twin: Twin, reference: string, withinMs = PATIENCE_MS) => {
  const started = Date.now();
  while (Date.now() - started < withinMs) {
    if ((await teamEmailsAbout(twin, reference)).length > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No team email about ${reference} within ${withinMs} ms`);
};

const postReferral = async (twin: Twin) => {
  const response = await fetch(`${twin.url}/api/forms/referral`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...VALID_ANSWERS.referral,
      formOpenMs: '5000',
      submissionToken: crypto.randomUUID(),
    }),
  });
  return ((await response.json()) as { reference: string }).reference;
};

const waitForLine = async (lines: string[], pattern: RegExp) => {
  const deadline = Date.now() + PATIENCE_MS;
  while (Date.now() < deadline) {
    const line = lines.find((l) => pattern.test(l));
    if (line) return line;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`The twin never said ${pattern}; it said: ${lines.join(' | ')}`);
};

/** The numbers in what the twin said at start: [earlier read, skipped, to email now]. */
const numbersIn = (line: string) =>
  (line.match(/\d[\d,]*(?= )/g) ?? []).map((n) => Number(n.replace(/,/g, '')));

/**
 * With one submission written straight to the table while the twin was stopped, starts the twin
 * and sends one more: the new one's team email comes, the one from meanwhile is emailed exactly
 * once, and nothing from before is emailed again. Returns what the twin said at start.
 */
const restartAndCheck = async (said: RegExp): Promise<string> => {
  const whileStopped = await writeWhileStopped(dataDir, TABLE, config);
  restartedAt = Math.floor(Date.now() / 1000);
  const lines: string[] = [];
  const twin = await startTwin({
    port: 0,
    dataDir,
    config,
    tableName: TABLE,
    siteDir: 'site/dist',
    log: (line) => lines.push(line),
  });
  try {
    const reference = await postReferral(twin);
    // Each stage has its own patience: catching up on thousands of earlier records, then each email
    // (one budget for all three ran out at load 20 on 2 cores, though nothing was wrong).
    const line = await waitForLine(lines, /^stream: /);
    await waitForTeamEmail(twin, reference);
    await waitForTeamEmail(twin, whileStopped);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await teamEmailsAbout(twin, whileStopped)).toHaveLength(1);
    expect(await teamEmailsAbout(twin, reference)).toHaveLength(1);
    // Every email since the restart is about these two: none of the earlier ones went again.
    const about = (await emailsSinceRestart(twin)).map((e) =>
      [reference, whileStopped].some((r) => e.subject.includes(r)),
    );
    expect(about.every(Boolean)).toBe(true);
    expect(line).toMatch(said);
    return line;
  } finally {
    await twin.stop();
  }
};

describe('the twin restarted after long use', () => {
  beforeAll(async () => {
    dataDir = memoryDir('twin-resume-');
    await writeEarlierSubmissions(dataDir, TABLE, EARLIER, config);
    // Batched and in memory: seconds of writing once DynamoDB Local is up (which took up to a
    // minute at load 20 on 2 cores); generous, as CI runs other suites beside it.
  }, 300_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'with no saved position (data from before it kept one), skips what was emailed and sends a new one',
    async () => {
      const line = await restartAndCheck(/^stream: caught up on .* earlier submissions \(no saved position/);
      const [read, skipped, now] = numbersIn(line);
      expect(skipped).toBe(EARLIER);
      // The one from meanwhile, and the new one if it was stored before the catch-up ended.
      expect(now).toBeGreaterThanOrEqual(1);
      expect(read).toBe((skipped ?? 0) + (now ?? 0));
    },
    RESTART_TEST_MS,
  );

  it(
    'resumes where it stopped: one sent while it was stopped goes once, and a new one',
    async () => {
      await restartAndCheck(
        /^stream: resumed where it stopped; caught up on [12] submissions? made meanwhile/,
      );
    },
    RESTART_TEST_MS,
  );

  it(
    'given a saved position the stream does not hold, reads from the oldest record, skipping what was emailed',
    async () => {
      const saved = JSON.parse(readFileSync(positionsFile(), 'utf8')) as { shards: Record<string, string> };
      const shards = Object.fromEntries(Object.keys(saved.shards).map((id) => [id, '999999999999999999999']));
      writeFileSync(
        positionsFile(),
        JSON.stringify({ ...saved, shards: { ...shards, 'shardId-gone': '7' } }),
      );
      const line = await restartAndCheck(/^stream: caught up on .* earlier submissions \(no saved position/);
      // The earlier ones, and the four the first two restarts sent.
      expect(numbersIn(line)[1]).toBe(EARLIER + 4);
    },
    RESTART_TEST_MS,
  );

  it(
    'given a positions file it cannot read, does the same',
    async () => {
      writeFileSync(positionsFile(), '{"streamArn": ');
      const line = await restartAndCheck(/^stream: caught up on .* earlier submissions \(no saved position/);
      expect(numbersIn(line)[1]).toBe(EARLIER + 6);
    },
    RESTART_TEST_MS,
  );
});
