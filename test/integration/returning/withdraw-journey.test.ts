import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETURN_SESSION, STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { makeReturnHandler } from '../../../functions/handlers/return-app.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import { DynamoReturnAccess } from '../../../functions/storage/dynamodb-return-access.ts';
import { returningStore } from '../../../functions/storage/returning-store.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { apiEvent, TEST_HASH_KEY } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { inProcessStaff, type TestMember } from '../staff/in-process-staff.ts';

/**
 * A referral's withdraw journey through the real /return/ handler and the team's workspace, on
 * one table in DynamoDB Local: the person signs back in, says they no longer want to take part
 * (with a reason), and the team sees it at the top of the case at once.
 */
let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let member: TestMember;
let handler: ReturnType<typeof makeReturnHandler>;
let access: DynamoReturnAccess;

beforeAll(async () => {
  ws = await inProcessStaff();
  access = new DynamoReturnAccess(ws.table.documents, ws.table.tableName);
  handler = makeReturnHandler({
    config: ws.config,
    access,
    cases: returningStore(access, ws.table.store),
    audit: ws.staff,
    hashKey: TEST_HASH_KEY,
    now: () => new Date(),
    pause: async () => {},
  });
  member = await ws.signIn(['restorative-justice'], 'Robin RJ');
}, 120_000);
afterAll(() => ws?.destroy());

/** A self-referral sent as the submit handler sends one, with its return code. */
const sendReferral = async () => {
  const outcome = await submitForm(
    findForm('referral') as FormDefinition,
    { ...VALID_ANSWERS.referral, submissionToken: `withdraw-${randomUUID()}` },
    {
      config: ws.config,
      store: ws.table.store,
      now: () => new Date(),
      hashKey: TEST_HASH_KEY,
      returnCodes: { replace: (r, h) => access.replaceReturnCode(r, h) },
    },
  );
  if (outcome.kind !== 'accepted' || !outcome.returnCode) throw new Error('not accepted with a code');
  return { reference: outcome.reference, code: outcome.returnCode };
};

const call = async (event: APIGatewayProxyEventV2) => (await handler(event, {} as never)) as HttpResult;
const get = (path: string, id?: string) =>
  call(apiEvent('GET', path, { headers: id ? { cookie: `${RETURN_SESSION.cookie}=${id}` } : {} }));
const post = (path: string, fields: Record<string, string>, id?: string) =>
  call(
    apiEvent('POST', path, {
      body: new URLSearchParams(fields).toString(),
      contentType: 'application/x-www-form-urlencoded',
      headers: {
        'sec-fetch-site': 'same-origin',
        'cloudfront-viewer-address': '203.0.113.90:443',
        ...(id ? { cookie: `${RETURN_SESSION.cookie}=${id}` } : {}),
      },
    }),
  );
const signIn = async (reference: string, code: string, start = '/return/') => {
  const response = await post(start, { reference, code });
  expect(response.statusCode).toBe(303);
  return response.cookies?.[0]?.split(';')[0]?.split('=')[1] ?? '';
};

describe('withdrawing from a referral (the /return/ handler and the workspace, DynamoDB Local)', () => {
  it('lets the person withdraw with a reason, shows it to them, and puts it at the top of the team’s case', async () => {
    const { reference, code } = await sendReferral();
    const id = await signIn(reference, code);
    expect((await get('/return/', id)).body).toContain('href="/return/withdraw"');
    const form = await get('/return/withdraw', id);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Say you no longer want to take part');
    expect(form.body).toContain('name="withdrawReason"');

    const sent = await post('/return/withdraw', { withdrawReason: 'CHANGED-MY-MIND' }, id);
    expect(sent.statusCode).toBe(200);
    const status = await get('/return/', id);
    expect(status.body).toContain('You told us you no longer want to take part.');
    // Withdrawn once is enough: the link goes.
    expect(status.body).not.toContain('href="/return/withdraw"');

    const record = await ws.table.store.get(reference);
    expect(record?.withdrawnAt).toEqual(expect.any(String));
    expect(record?.additions?.map((a) => [a.kind, a.answers.withdrawReason])).toEqual([
      ['withdrawal', 'CHANGED-MY-MIND'],
    ]);

    const casePage = await ws.request('GET', STAFF_PATHS.submission(reference), { as: member });
    const html = String(casePage.body);
    expect(casePage.statusCode).toBe(200);
    expect(html.indexOf('They withdrew on')).toBeGreaterThan(-1);
    expect(html.indexOf('They withdrew on')).toBeLessThan(html.indexOf('<h1'));
    expect(html).toContain('CHANGED-MY-MIND');
  });

  it('withdraws without a reason, in Welsh at /cy/return/', async () => {
    const { reference, code } = await sendReferral();
    const id = await signIn(reference, code, '/cy/return/');
    const form = await get('/cy/return/withdraw', id);
    expect(form.body).toContain('lang="cy"');
    expect((await post('/cy/return/withdraw', {}, id)).statusCode).toBe(200);
    const status = await get('/cy/return/', id);
    expect(status.body).toContain('Dywedoch wrthym nad ydych eisiau cymryd rhan mwyach.');
    const record = await ws.table.store.get(reference);
    expect(record?.withdrawnAt).toEqual(expect.any(String));
    expect(record?.additions?.[0]?.language).toBe('cy');
  });
});
