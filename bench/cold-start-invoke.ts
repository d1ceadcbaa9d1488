/**
 * Run by bench/cold-start.ts in a fresh Node process: imports one handler bundle and sends it one
 * referral, timing both, as a Lambda cold start would. It imports nothing from the AWS SDK itself,
 * so the bundle under test loads every module it needs.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { referralEvent } from './submit-event.ts';

const [bundle] = process.argv.slice(2);
if (!bundle) throw new Error('usage: cold-start-invoke.ts <bundle.mjs>');

const event = referralEvent();

const started = performance.now();
const { handler } = (await import(pathToFileURL(bundle).href)) as {
  handler: (event: unknown, context: unknown) => Promise<{ statusCode: number }>;
};
const imported = performance.now();
const { statusCode } = await handler(event, { awsRequestId: randomUUID() });
const replied = performance.now();
console.log(JSON.stringify({ statusCode, importMs: imported - started, firstReplyMs: replied - imported }));
