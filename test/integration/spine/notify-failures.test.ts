import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFY_FILTER, TABLE_SHAPE } from '../../../functions/contract/service-contract.ts';
import type { Notifier } from '../../../functions/email/outgoing-email.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { makeNotifyHandler } from '../../../functions/handlers/notify-app.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { freshTable, NOTHING_SUPPRESSED, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

/**
 * A failed notification is retried by the stream, so its error is logged by Lambda. SES errors can
 * name the recipient (MessageRejected: "Email address is not verified … sam@example.com"); none of
 * that may reach the logs.
 */
const ADDRESS = 'sam@example.com';
const rejecting: Notifier = {
  send: async () => {
    throw Object.assign(new Error(`Email address is not verified: ${ADDRESS}`), { name: 'MessageRejected' });
  },
};

let table: Awaited<ReturnType<typeof freshTable>>;
beforeAll(async () => {
  table = await freshTable();
});
afterAll(() => table?.client.destroy());

const streamEventFor = (references: string[]): DynamoDBStreamEvent => ({
  Records: references.map((reference, i) => ({
    eventID: String(i),
    eventName: 'INSERT',
    eventSource: 'aws:dynamodb',
    dynamodb: {
      Keys: { [TABLE_SHAPE.partitionKey.name]: { S: reference } },
      NewImage: { [NOTIFY_FILTER.attribute]: { S: NOTIFY_FILTER.value } },
      SequenceNumber: String(100 + i),
    },
  })),
});

describe('a notification that SES refuses', () => {
  it('fails the whole batch with errors that name the reference and the error, never the address', async () => {
    const config = testConfig();
    const form = findForm('referral') as FormDefinition;
    const result = await submitForm(
      form,
      { ...VALID_ANSWERS.referral },
      {
        config,
        store: table.store,
        now: () => new Date(),
        hashKey: TEST_HASH_KEY,
      },
    );
    if (result.kind !== 'accepted') throw new Error(`not stored: ${result.kind}`);
    const handler = makeNotifyHandler({
      config,
      store: table.store,
      notifier: rejecting,
      now: () => new Date(),
      hashKey: TEST_HASH_KEY,
      limit: table.limit,
      suppression: NOTHING_SUPPRESSED,
    });

    const thrown = await handler(streamEventFor([result.reference])).then(
      () => undefined,
      (error: unknown) => error,
    );
    // Powertools' FullBatchFailureError carries each record's error; the runtime logs them all.
    const { recordErrors } = thrown as { recordErrors: Error[] };
    expect(thrown).toBeInstanceOf(Error);
    expect(recordErrors.map(String)).toEqual([
      `Error: Could not notify ${result.reference} (MessageRejected)`,
    ]);
    const logged = [thrown as Error, ...recordErrors]
      .map((e) => `${String(e)} ${e.stack} ${JSON.stringify(e)}`)
      .join(' ');
    expect(logged).not.toContain(ADDRESS);
    // Nothing was marked sent, so the stream retries it.
    expect((await table.store.get(result.reference))?.teamNotifiedAt).toBeUndefined();
  });
});
