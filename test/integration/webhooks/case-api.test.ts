import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtVerifier } from '../../../functions/case-api/token.ts';
import { makeCaseApiHandler } from '../../../functions/handlers/case-api-app.ts';
import { ORIGIN_VERIFY_HEADER } from '../../../functions/http/origin-check.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { apiEvent } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { referenceOf, type SpineTwin, spineConfig, startSpineTwin } from '../spine/spine-twin.ts';

let twin: SpineTwin;
let reference: string;
beforeAll(async () => {
  twin = await startSpineTwin(spineConfig({ spam: { minFillSeconds: 0, suspectedRetentionDays: 30 } }));
  reference = await referenceOf(await twin.postJson('referral', VALID_ANSWERS.referral));
});
afterAll(async () => {
  await twin?.stop();
});

/** A token from the twin's provider by the client-credentials grant, as a case system asks for one. */
const tokenFor = async (clientId: string, scope?: string): Promise<string> => {
  const client = twin.apiClients.find((c) => c.clientId === clientId);
  if (!client) throw new Error(`no client ${clientId}`);
  const response = await fetch(`${twin.oidcIssuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${JSON.stringify(body)}`);
  return body.access_token;
};

const fetchCase = (ref: string, token?: string) =>
  twin.get(`/api/v1/submissions/${ref}`, token ? { authorization: `Bearer ${token}` } : {});

const expectProblem = async (response: Response, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as { status: number; title: string; detail: string };
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  return body;
};

describe('the case API on the twin', () => {
  it("returns the case to its team's client, no-store, and audits the read as the client", async () => {
    const record = await twin.record(reference);
    const team = record?.team ?? '';
    const response = await fetchCase(reference, await tokenFor(`case-api-${team}`, `case-api/team.${team}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      reference,
      form: 'referral',
      team,
      answers: record?.answers,
      additions: [],
      steps: [],
    });
    expect(body.safeContact).toEqual(expect.arrayContaining([expect.stringMatching(/^Contact only by/)]));
    const staff = new DynamoStaffStore(
      makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: twin.dynamoEndpoint }),
      twin.staffTableName,
    );
    expect(await staff.auditFor(reference)).toEqual([
      expect.objectContaining({ action: 'fetched-by-api', actor: `client:case-api-${team}`, reference }),
    ]);
  });

  it('401 without a token, with a forged one, and with one that has expired', async () => {
    await expectProblem(await fetchCase(reference), 401);
    await expectProblem(await fetchCase(reference, 'not.a.token'), 401);
    const team = (await twin.record(reference))?.team ?? '';
    const token = await tokenFor(`case-api-${team}`, `case-api/team.${team}`);
    const [head, payload, signature] = token.split('.');
    const altered = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    altered.scope = 'case-api/team.youth-justice case-api/team.restorative-justice';
    const forged = [head, Buffer.from(JSON.stringify(altered)).toString('base64url'), signature].join('.');
    await expectProblem(await fetchCase(reference, forged), 401);
    // The same handler, its clock two hours on: the provider's tokens live one hour.
    const later = makeCaseApiHandler({
      config: spineConfig(),
      submissions: { get: () => twin.record(reference) },
      audit: { audit: async () => {} },
      verify: jwtVerifier(
        twin.oidcIssuer,
        `${twin.oidcIssuer}/jwks`,
        () => new Date(Date.now() + 2 * 3600_000),
      ),
      tokenUrl: `${twin.oidcIssuer}/token`,
      now: () => new Date(),
    });
    const result = await later(
      apiEvent('GET', `/api/v1/submissions/${reference}`, { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(result.statusCode).toBe(401);
    expect(JSON.parse(result.body ?? '{}')).toMatchObject({ status: 401 });
  });

  it("403 for a token with no team's scope; 404 for another team's case, alike for one that never was", async () => {
    await expectProblem(await fetchCase(reference, await tokenFor('case-api-quality')), 403);
    const team = (await twin.record(reference))?.team ?? '';
    const other = team === 'quality' ? 'community-safety' : 'quality';
    const token = await tokenFor(`case-api-${other}`, `case-api/team.${other}`);
    const notTheirs = await expectProblem(await fetchCase(reference, token), 404);
    const never = await expectProblem(await fetchCase('RJ-2222-3333', token), 404);
    expect(notTheirs).toEqual(never);
  });

  it('404 for an erased case', async () => {
    const erased = await referenceOf(await twin.postJson('referral', VALID_ANSWERS.referral));
    const team = (await twin.record(erased))?.team ?? '';
    const documents = makeDocumentClient({
      AWS_REGION: LOCAL_REGION,
      DYNAMODB_ENDPOINT: twin.dynamoEndpoint,
    });
    await documents.send(new DeleteCommand({ TableName: twin.tableName, Key: { pk: erased } }));
    await expectProblem(
      await fetchCase(erased, await tokenFor(`case-api-${team}`, `case-api/team.${team}`)),
      404,
    );
  });

  it('404 for a case past its retention that DynamoDB has not deleted yet, and for a malformed reference', async () => {
    const expired = await referenceOf(await twin.postJson('referral', VALID_ANSWERS.referral));
    const team = (await twin.record(expired))?.team ?? '';
    const documents = makeDocumentClient({
      AWS_REGION: LOCAL_REGION,
      DYNAMODB_ENDPOINT: twin.dynamoEndpoint,
    });
    await documents.send(
      new UpdateCommand({
        TableName: twin.tableName,
        Key: { pk: expired },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 60 },
      }),
    );
    const token = await tokenFor(`case-api-${team}`, `case-api/team.${team}`);
    await expectProblem(await fetchCase(expired, token), 404);
    await expectProblem(await fetchCase('%E0%A4%A', token), 404);
  });

  it('serves its OpenAPI document beside it', async () => {
    const response = await twin.get('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(['/api/v1/submissions/{reference}']);
  });
});

describe('the case API as deployed, with the origin-verify secret CloudFront sends', () => {
  const SECRET = 'TestOnlyOriginVerifySecret'.padEnd(48, '0');
  // A case of its own: the tests above erase and expire theirs (a repeat post is the same case).
  let held: string;
  beforeAll(async () => {
    const answers = { ...VALID_ANSWERS.referral, whatHappened: 'Someone damaged the fence at the back.' };
    held = await referenceOf(await twin.postJson('referral', answers));
  });
  /** The handler as the deployed function runs it; `calls` records each read and audit entry. */
  const deployed = (calls: string[]) =>
    makeCaseApiHandler({
      config: spineConfig(),
      submissions: {
        get: (ref) => {
          calls.push(`read ${ref}`);
          return twin.record(ref);
        },
      },
      audit: { audit: async (entry) => void calls.push(`audit ${entry.reference}`) },
      verify: jwtVerifier(twin.oidcIssuer, `${twin.oidcIssuer}/jwks`, () => new Date()),
      tokenUrl: `${twin.oidcIssuer}/token`,
      now: () => new Date(),
      originSecret: SECRET,
    });

  it('refuses a call straight to the origin (403, no-store), even with a good token, and reads nothing', async () => {
    const team = (await twin.record(held))?.team ?? '';
    const authorization = `Bearer ${await tokenFor(`case-api-${team}`, `case-api/team.${team}`)}`;
    const calls: string[] = [];
    const handler = deployed(calls);
    const attempts: Record<string, string>[] = [
      { authorization },
      { authorization, [ORIGIN_VERIFY_HEADER]: 'not-the-secret' },
    ];
    for (const headers of attempts) {
      const refused = await handler(apiEvent('GET', `/api/v1/submissions/${held}`, { headers }));
      expect(refused.statusCode).toBe(403);
      expect(refused.headers).toMatchObject({
        'content-type': 'application/problem+json',
        'cache-control': 'no-store',
      });
      expect(JSON.parse(refused.body ?? '{}')).toMatchObject({ status: 403 });
      expect(refused.body).not.toContain(held);
    }
    expect((await handler(apiEvent('GET', '/api/v1/openapi.json'))).statusCode).toBe(403);
    expect(calls).toEqual([]);
    const served = await handler(
      apiEvent('GET', `/api/v1/submissions/${held}`, {
        headers: { authorization, [ORIGIN_VERIFY_HEADER]: SECRET },
      }),
    );
    expect(served.statusCode).toBe(200);
    expect(calls).toEqual([`read ${held}`, `audit ${held}`]);
  });
});
