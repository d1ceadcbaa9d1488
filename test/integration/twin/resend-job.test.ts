import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATIENCE_MS, PATIENT_TEST_MS } from '../../support/patience.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { pause, referenceOf, type SpineTwin, startSpineTwin, waitFor } from '../spine/spine-twin.ts';

let twin: SpineTwin;
const lines: string[] = [];

beforeAll(async () => {
  // The job every half second, for submissions that have waited over 12 s (AWS: 5 and 10 minutes):
  // by then the stream has given up (3 quick retries), so the send below is the job's. Sooner, the
  // job may hold the record while the stream tries it, and the stream leaves it to the job.
  twin = await startSpineTwin(undefined, {
    resend: { intervalMs: 500, afterMinutes: 0.2 },
    log: (line) => lines.push(line),
  });
});

afterAll(async () => {
  await twin?.ses.start();
  await twin?.stop();
});

describe("the twin's re-send job", () => {
  it(
    'sends a submission the stream gave up on during an SES outage, once, and never again',
    async () => {
      await twin.ses.stop();
      const reference = await referenceOf(
        await twin.postJson('feedback', { ...VALID_ANSWERS.feedback, wentWell: `job ${randomUUID()}` }),
      );
      // The stream retries a few times, then parks it, as Lambda's mapping would.
      await waitFor(
        'the stream to give up',
        async () => lines.find((l) => l.includes(`gave up on ${reference}`)),
        PATIENCE_MS,
      );
      expect((await twin.record(reference))?.teamNotifiedAt).toBeUndefined();

      await twin.ses.start();
      await twin.waitForEmails(reference, 1);
      // Usually the job sends it. If the twin's stream poller restarts meanwhile (it did once in CI
      // under load), its catch-up finds the record unsent and sends it instead; either way it goes
      // exactly once (test/integration/spine/resend-waiting.test.ts proves the job's own sending).
      // It says so once its run ends, which can be after the email has reached the inbox.
      await waitFor('the job (or the catch-up) to say it sent it', async () =>
        lines.find((l) =>
          /^(resend: sent 1 waiting submission|stream: caught up on .*1 to email now)/.test(l),
        ),
      );
      const record = await waitFor('the record marked', async () => {
        const r = await twin.record(reference);
        return r?.teamNotifiedAt ? r : undefined;
      });
      expect(record.teamNotifiedAt).toEqual(expect.any(String));

      // Several more runs: nothing more goes out.
      await pause(2_000);
      expect(await twin.emailsFor(reference)).toHaveLength(1);
    },
    PATIENT_TEST_MS,
  );
});
