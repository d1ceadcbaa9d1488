import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { runOps } from '../../../ops/run.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { memoryIo } from '../ops/ops-support.ts';
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

  it('ends every session of someone taken out of a team, with ops end-sessions', async () => {
    const [one, two, other] = await Promise.all([
      sessionFor(twin, 'restorative-justice'),
      sessionFor(twin, 'restorative-justice'),
      sessionFor(twin, 'youth-justice'),
    ]);
    const io = memoryIo();
    const env = {
      OPS_TABLE_NAME: twin.tableName,
      OPS_STAFF_TABLE_NAME: twin.staffTableName,
      DYNAMODB_ENDPOINT: twin.dynamoEndpoint,
      AWS_REGION: LOCAL_REGION,
    };
    expect(await runOps(['end-sessions', 'restorative-justice@staff.localhost'], io.io, env)).toBe(0);
    expect(io.stdout()).toMatch(/^Ended \d+ workspace sessions of restorative-justice@staff\.localhost/);
    expect(await status(STAFF_PATHS.inbox, one)).not.toBe(200);
    expect(await status(STAFF_PATHS.inbox, two)).not.toBe(200);
    expect(await status(STAFF_PATHS.inbox, other)).toBe(200);
    const none = memoryIo();
    expect(await runOps(['end-sessions', 'nobody@staff.localhost'], none.io, env)).toBe(0);
    expect(none.stdout()).toContain('has no workspace session open');
  });
});
