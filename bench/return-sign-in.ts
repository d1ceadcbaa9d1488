/**
 * `npm run bench` (issue 21): coming back on the local twin, through its HTTP server as a browser
 * would: signing in with a reference and return code (POST /return/, answered 303 with the
 * session cookie), the status page that follows (GET /return/ with it), a wrong code, and asking
 * for a one-time link by email (POST /return/email-link, to the case's safe address: the
 * suppression check, the token and the email to the SES emulator). The deliberate waits (a wrong
 * code's RETURN_LIMITS.failureDelayMs, a link's RETURN_LINK.answerMs) are left out, so the figures
 * are the work alone; every wrong code and every link comes from its own address and reference, so
 * none meets a lockout. Prints medians and p95, beside the form POST's in bench/submit-latency.ts.
 */
import { randomInt } from 'node:crypto';
import { serviceConfig } from '../functions/config/service-config.ts';
import { RETURN_PATHS } from '../functions/contract/service-contract.ts';
import { findForm } from '../functions/forms/registry.ts';
import type { FormDefinition } from '../functions/forms/types.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { REFERENCE_ALPHABET } from '../functions/submissions/reference.ts';
import { submitForm } from '../functions/submissions/submit-form.ts';
import { readInbox } from '../local/ses-local.ts';
import { startTwin } from '../local/twin.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';
import { percentile, size } from './sizes.ts';

const RUNS = size('BENCH_RUNS', 200, 10);
const WARM_UP = size('BENCH_WARM_UP', 20, 2);

const summary = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(
    `${label.padEnd(41)} median ${percentile(sorted, 0.5).toFixed(1)} ms   p95 ${percentile(sorted, 0.95).toFixed(1)} ms   (n=${samples.length})`,
  );
};

const twin = await startTwin({
  port: 0,
  dataDir: null,
  tableName: 'bench-return',
  quiet: true,
  returnPause: async () => {},
});
const documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });

/** The nuisance form with a way back (slice 21-actions gives the real forms theirs). */
const nuisance = findForm('nuisance') as FormDefinition;
const withWayBack: FormDefinition = {
  ...nuisance,
  returning: {
    addition: { title: 'Something that has happened since', sections: [], kind: 'incident', urgency: [] },
    contactQuestions: ['safeWays'],
  },
};
const store = new DynamoSubmissionStore(documents, twin.tableName);

const emailOf = (i: number) => `bench-${i}@example.com`;

/** A nuisance report stored by the submit use case, with its return code, on the twin's table. */
const sent = async (i: number) => {
  const outcome = await submitForm(
    withWayBack,
    // Email marked safe, so the case can be sent a link.
    { ...VALID_ANSWERS.nuisance, name: `Bench ${i}`, safeWays: ['email', 'phone'], email: emailOf(i) },
    {
      config: { ...serviceConfig, spam: { ...serviceConfig.spam, minFillSeconds: 0 } },
      store,
      now: () => new Date(),
      hashKey: twin.hashKey,
    },
    `bench ${i}`,
  );
  if (outcome.kind !== 'accepted' || !outcome.returnCode) throw new Error('not stored with a code');
  return { reference: outcome.reference, code: outcome.returnCode, email: emailOf(i) };
};

const address = () => `198.51.${randomInt(256)}.${randomInt(256)}`;
const someReference = () =>
  `NR-${Array.from({ length: 9 }, (_, i) => (i === 4 ? '-' : REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)])).join('')}`;

const signIn = async (reference: string, code: string) => {
  const started = performance.now();
  const response = await fetch(`${twin.url}${RETURN_PATHS.start()}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'cloudfront-viewer-address': `${address()}:443`,
    },
    body: new URLSearchParams({ reference, code }).toString(),
  });
  await response.arrayBuffer();
  return {
    ms: performance.now() - started,
    status: response.status,
    cookie: response.headers.get('set-cookie'),
  };
};

/** Asks for a link as the form does; the twin's return pause is a no-op, so no answer wait is in it. */
const askForLink = async (reference: string, email: string) => {
  const started = performance.now();
  const response = await fetch(`${twin.url}${RETURN_PATHS.emailLink()}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'cloudfront-viewer-address': `${address()}:443`,
    },
    body: new URLSearchParams({ reference, email }).toString(),
  });
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
};

const cases = [];
for (let i = 0; i < RUNS + WARM_UP; i++) cases.push(await sent(i));

const signIns: number[] = [];
const pages: number[] = [];
const wrong: number[] = [];
const links: number[] = [];
for (const [i, { reference, code, email }] of cases.entries()) {
  const right = await signIn(reference, code);
  if (right.status !== 303 || !right.cookie) throw new Error(`sign-in answered ${right.status}`);
  const started = performance.now();
  const page = await fetch(`${twin.url}${RETURN_PATHS.start()}`, {
    headers: { cookie: right.cookie.split(';')[0] ?? '' },
  });
  const body = await page.text();
  const pageMs = performance.now() - started;
  if (!body.includes('Where it stands')) throw new Error(`status page answered ${page.status}`);
  const refused = await signIn(someReference(), 'AAAA-BBBB-CCCC');
  if (refused.status !== 422) throw new Error(`a wrong code answered ${refused.status}`);
  const link = await askForLink(reference, email);
  if (link.status !== 200) throw new Error(`asking for a link answered ${link.status}`);
  if (i < WARM_UP) continue;
  signIns.push(right.ms);
  pages.push(pageMs);
  wrong.push(refused.ms);
  links.push(link.ms);
}
// Every link went (the same answer would hide one that did not): one email to each safe address.
const mailed = new Set(
  (await readInbox(twin.ses.endpoint))
    .filter((e) => e.body.text?.includes(`${RETURN_PATHS.link()}?token=`))
    .flatMap((e) => e.destination.to),
);
const unsent = cases.filter((c) => !mailed.has(c.email)).length;
if (unsent > 0) throw new Error(`${unsent} link(s) were not sent`);

console.log(`Coming back on the twin (${RUNS} runs after ${WARM_UP} to warm up)`);
summary('sign-in (POST /return/, 303)', signIns);
summary('where it stands (GET /return/)', pages);
summary('wrong code (without its 1 s wait)', wrong);
summary('ask for a link (POST /return/email-link)', links);

documents.destroy();
await twin.stop();
