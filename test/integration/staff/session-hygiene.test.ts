import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { referenceOf, type SpineTwin, startSpineTwin } from '../spine/spine-twin.ts';
import { sessionFor, signInAs, staffFetch } from './staff-client.ts';

let twin: SpineTwin;
let documents: ReturnType<typeof makeDocumentClient>;

beforeAll(async () => {
  twin = await startSpineTwin();
  documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
}, 120_000);

afterAll(async () => {
  documents?.destroy();
  await twin?.stop();
});

const status = async (path: string, session: string) => (await staffFetch(twin, path, session)).status;

describe('session hygiene (security review findings)', () => {
  it('ends the session a browser held when it signs in again, so a copy of the old cookie stops working', async () => {
    const first = await sessionFor(twin, 'restorative-justice');
    expect(await status(STAFF_PATHS.inbox, first)).toBe(200);
    const again = await signInAs(twin, 'restorative-justice', undefined, first);
    expect(again.session).toBeDefined();
    expect(again.session).not.toBe(first);
    expect(await status(STAFF_PATHS.inbox, again.session ?? '')).toBe(200);
    expect(await status(STAFF_PATHS.inbox, first)).not.toBe(200);
  });

  it('does not open a submission past its retention that DynamoDB has not deleted yet', async () => {
    const reference = await referenceOf(
      await twin.postJson('referral', { ...VALID_ANSWERS.referral, formOpenMs: '5000' }),
    );
    const session = await sessionFor(twin, 'restorative-justice');
    expect(await status(STAFF_PATHS.submission(reference), session)).toBe(200);
    const { UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    await documents.send(
      new UpdateCommand({
        TableName: twin.tableName,
        Key: { pk: reference },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 60 },
      }),
    );
    expect(await status(STAFF_PATHS.submission(reference), session)).toBe(404);
  });
});
