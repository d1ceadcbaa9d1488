/**
 * Run by bench/cold-start.ts in a fresh Node process: imports one handler bundle and sends it one
 * referral, timing both, as a Lambda cold start would. It imports nothing from the AWS SDK itself,
 * so the bundle under test loads every module it needs.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';

const [bundle] = process.argv.slice(2);
if (!bundle) throw new Error('usage: cold-start-invoke.ts <bundle.mjs>');

const path = '/api/forms/referral';
const event = {
  version: '2.0',
  routeKey: '$default',
  rawPath: path,
  rawQueryString: '',
  headers: { 'content-type': 'application/json' },
  requestContext: {
    http: { method: 'POST', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
    requestId: randomUUID(),
    routeKey: '$default',
    stage: '$default',
    timeEpoch: Date.now(),
  },
  body: JSON.stringify({ ...VALID_ANSWERS.referral, submissionToken: randomUUID() }),
  isBase64Encoded: false,
};

const started = performance.now();
const { handler } = (await import(pathToFileURL(bundle).href)) as {
  handler: (event: unknown, context: unknown) => Promise<{ statusCode: number }>;
};
const imported = performance.now();
const { statusCode } = await handler(event, { awsRequestId: randomUUID() });
const replied = performance.now();
console.log(JSON.stringify({ statusCode, importMs: imported - started, firstReplyMs: replied - imported }));
