import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSubmitHandler } from '../../../functions/handlers/submit-app.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { apiEvent, freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

/**
 * "Today or in the past" is counted on the London day of the handler's own clock, never the
 * machine's, so it holds whatever day the test runs: the same answer is in the future for a
 * handler whose clock says 25 October 2026 and in the past for one whose clock says 1 December.
 */
let table: Awaited<ReturnType<typeof freshTable>>;

beforeAll(async () => {
  logger.setLogLevel('SILENT');
  table = await freshTable();
});

afterAll(() => {
  table?.documents.destroy();
  table?.client.destroy();
});

const submitOn = async (clock: string, mostRecent: string): Promise<HttpResult> => {
  const handler = makeSubmitHandler({
    config: testConfig(),
    store: table.store,
    now: () => new Date(clock),
    hashKey: TEST_HASH_KEY,
  });
  const body = JSON.stringify({
    ...VALID_ANSWERS.nuisance,
    mostRecent,
    submissionToken: `${clock}-${mostRecent}`,
  });
  return (await handler(
    apiEvent('POST', '/api/forms/nuisance', { body, contentType: 'application/json' }),
    {} as never,
  )) as HttpResult;
};

describe('a date answer checked against the handler’s clock', () => {
  it('is refused as in the future when the clock says an earlier day', async () => {
    const reply = await submitOn('2026-10-25T12:00:00Z', '2026-11-20');
    expect(reply.statusCode).toBe(422);
    expect(JSON.parse(reply.body ?? '')).toEqual({
      errors: [{ field: 'mostRecent', message: 'The date it last happened must be today or in the past' }],
    });
  });

  it('is accepted when the clock says a later day', async () => {
    expect((await submitOn('2026-12-01T12:00:00Z', '2026-11-20')).statusCode).toBe(201);
  });

  it('counts the London day: 00:30 BST on 2 June is already 2 June, though UTC says 1 June', async () => {
    expect((await submitOn('2026-06-01T23:30:00Z', '2026-06-02')).statusCode).toBe(201);
    expect((await submitOn('2026-06-01T22:30:00Z', '2026-06-02')).statusCode).toBe(422);
  });
});
