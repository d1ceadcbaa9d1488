import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  COUNTED_LOG_MESSAGES,
  NOTIFY_FILTER,
  TABLE_SHAPE,
} from '../../../functions/contract/service-contract.ts';
import type { Notifier } from '../../../functions/email/outgoing-email.ts';
import { META_FIELDS } from '../../../functions/forms/meta-fields.ts';
import { makeNotifyHandler } from '../../../functions/handlers/notify-app.ts';
import { makeSubmitHandler } from '../../../functions/handlers/submit-app.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import { localContext } from '../../../functions/observability/logger.ts';
import {
  apiEvent,
  freshTable,
  NOTHING_SUPPRESSED,
  TEST_HASH_KEY,
  testConfig,
} from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { JSON_TYPE } from './spine-twin.ts';

// Powertools restores the level it was made with at each invocation after the first, so this
// file's logger is made at INFO (the other tests' is SILENT).
vi.hoisted(() => {
  process.env.LOG_LEVEL = 'INFO';
});

/** What Powertools printed while `run` ran, one parsed JSON object per line. */
const printedDuring = async (run: () => Promise<unknown>): Promise<Record<string, unknown>[]> => {
  const lines: string[] = [];
  // Warnings and errors go to standard error.
  const writes = [process.stdout, process.stderr].map((stream) =>
    vi.spyOn(stream, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    }),
  );
  try {
    await run();
  } finally {
    for (const write of writes) write.mockRestore();
  }
  return lines
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
};

const sent: string[] = [];
const notifier: Notifier = { send: async (email) => void sent.push(email.subject) };

let table: Awaited<ReturnType<typeof freshTable>>;
beforeAll(async () => {
  table = await freshTable();
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => table?.client.destroy());

const deps = () => ({
  config: testConfig(),
  store: table.store,
  notifier,
  now: () => new Date(),
  hashKey: TEST_HASH_KEY,
  limit: table.limit,
  suppression: NOTHING_SUPPRESSED,
});
const answers = VALID_ANSWERS.referral ?? {};
const personal = [answers.name, answers.email, answers.phone, answers.whatHappened].map(String);

describe('Lambda logs', () => {
  let reference = '';

  it('carry the Lambda context and the API request id as correlation id, and no answers', async () => {
    const event = apiEvent('POST', '/api/forms/referral', {
      body: JSON.stringify(answers),
      contentType: JSON_TYPE,
    });
    const context: Context = localContext('submit');
    const handler = makeSubmitHandler(deps());
    const lines = await printedDuring(async () => {
      const response = (await handler(event, context)) as HttpResult;
      reference = (JSON.parse(String(response.body)) as { reference: string }).reference;
    });
    const line = lines.find((l) => l.message === 'submission');
    expect(line).toMatchObject({
      correlation_id: event.requestContext.requestId,
      function_request_id: context.awsRequestId,
      function_name: 'submit',
      cold_start: expect.any(Boolean),
      formId: 'referral',
    });
    for (const text of personal) expect(JSON.stringify(lines)).not.toContain(text);
  });

  it('on the stream, use the Lambda request id, and keep nothing from one call to the next', async () => {
    const handler = makeNotifyHandler(deps());
    const event: DynamoDBStreamEvent = {
      Records: [
        {
          eventID: '1',
          eventName: 'INSERT',
          dynamodb: {
            Keys: { [TABLE_SHAPE.partitionKey.name]: { S: reference } },
            NewImage: { [NOTIFY_FILTER.attribute]: { S: NOTIFY_FILTER.value } },
          },
        },
      ],
    };
    const first = localContext('notify');
    const second = localContext('notify');
    const lines = await printedDuring(async () => {
      await handler(event, first);
      await handler(event, second);
    });
    const notified = lines.filter((l) => l.message === 'notified');
    expect(notified.map((l) => [l.correlation_id, l.function_request_id, l.cold_start])).toEqual([
      [first.awsRequestId, first.awsRequestId, expect.any(Boolean)],
      [second.awsRequestId, second.awsRequestId, false],
    ]);
    expect(sent).toHaveLength(2);
    for (const text of personal) expect(JSON.stringify(lines)).not.toContain(text);
  });

  it('count a suspected submission, saying whether it has an urgent marker (one that does alarms at once)', async () => {
    const handler = makeSubmitHandler(deps());
    const post = (extra: Record<string, unknown>) =>
      handler(
        apiEvent('POST', '/api/forms/referral', {
          body: JSON.stringify({ ...answers, [META_FIELDS.honeypot]: 'x', ...extra }),
          contentType: JSON_TYPE,
        }),
        localContext('submit'),
      );
    const lines = await printedDuring(async () => {
      await post({ whatHappened: 'A suspected one, not urgent' });
      await post({ whatHappened: 'A suspected one, urgent', stillAtRisk: 'yes' });
    });
    const counted = lines.filter((l) => l.message === COUNTED_LOG_MESSAGES.suspectedSubmission);
    expect(counted.map((l) => [l.formId, l.because, l.urgent])).toEqual([
      ['referral', 'honeypot', false],
      ['referral', 'honeypot', true],
    ]);
    for (const text of personal) expect(JSON.stringify(lines)).not.toContain(text);
  });
});
