import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { RETURN_SESSION } from '../../../functions/contract/service-contract.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { makeReturnHandler, type ReturnAccessDeps } from '../../../functions/handlers/return-app.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { DynamoReturnAccess } from '../../../functions/storage/dynamodb-return-access.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { ensureStaffTable } from '../../../functions/storage/ensure-tables.ts';
import { returningStore } from '../../../functions/storage/returning-store.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { apiEvent, freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

/**
 * The nuisance form with a way back (slice 21-actions gives the real forms theirs; sign-in needs
 * only that one is there).
 */
export const NUISANCE_WITH_RETURN: FormDefinition = (() => {
  const form = findForm('nuisance');
  if (!form) throw new Error('no nuisance form');
  return {
    ...form,
    returning: {
      addition: {
        title: 'Tell us about something that has happened since',
        sections: [],
        kind: 'incident',
        urgency: [],
      },
      contactQuestions: ['safeWays', 'phone', 'email'],
      caseReviewNotice: true,
    },
  };
})();

/** A set time, moved on by tests: nothing depends on the day the test runs. */
export const START = new Date('2026-11-20T12:00:00Z');

/**
 * The /return/ handler in this process against fresh tables on the shared DynamoDB Local, with a
 * clock the test moves and the failure waits recorded rather than sat through. With linkEmail, it
 * offers the one-time link by email.
 */
export const inProcessReturn = async (options: Pick<ReturnAccessDeps, 'linkEmail'> = {}) => {
  logger.setLogLevel('SILENT');
  const config = testConfig();
  const table = await freshTable();
  const staffTableName = `test-staff-${randomUUID()}`;
  await ensureStaffTable(table.client, staffTableName);
  let at = START;
  const now = () => at;
  const access = new DynamoReturnAccess(table.documents, table.tableName, now);
  const staff = new DynamoStaffStore(table.documents, staffTableName, now);
  const pauses: number[] = [];
  const handler = makeReturnHandler({
    config,
    access,
    cases: returningStore(access, table.store),
    audit: staff,
    hashKey: TEST_HASH_KEY,
    now,
    pause: async (ms) => void pauses.push(ms),
    forms: (formId) => (formId === 'nuisance' ? NUISANCE_WITH_RETURN : findForm(formId)),
    linkEmail: options.linkEmail,
  });

  /** Sends a nuisance report with a way back, as the submit handler does; its reference and code. */
  const send = async (answers = VALID_ANSWERS.nuisance ?? {}, browser = `browser-${randomUUID()}`) => {
    const outcome = await submitForm(
      NUISANCE_WITH_RETURN,
      answers,
      {
        config,
        store: table.store,
        now,
        hashKey: TEST_HASH_KEY,
        returnCodes: { replace: (r, h) => access.replaceReturnCode(r, h) },
      },
      browser,
    );
    if (outcome.kind !== 'accepted' || !outcome.returnCode) throw new Error('not accepted with a code');
    return { reference: outcome.reference, code: outcome.returnCode };
  };

  const call = async (event: APIGatewayProxyEventV2): Promise<HttpResult> =>
    (await handler(event, {} as never)) as HttpResult;

  const get = (path: string, cookie?: string, query?: Record<string, string>) =>
    call(
      apiEvent('GET', path, {
        ...(query ? { query } : {}),
        headers: cookie ? { cookie: `${RETURN_SESSION.cookie}=${cookie}` } : {},
      }),
    );

  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    call(
      apiEvent('POST', path, {
        body: new URLSearchParams(fields).toString(),
        contentType: 'application/x-www-form-urlencoded',
        headers: { 'sec-fetch-site': 'same-origin', ...headers },
      }),
    );

  /** Signs in from an address; the session cookie's value when it worked. */
  const signIn = async (reference: string, code: string, address = '203.0.113.9', path = '/return/') => {
    const response = await post(path, { reference, code }, { 'cloudfront-viewer-address': `${address}:443` });
    const cookie = response.cookies?.find((c) => c.startsWith(`${RETURN_SESSION.cookie}=`));
    return { response, cookie, id: cookie?.split(';')[0]?.split('=')[1] };
  };

  return {
    config,
    table,
    staff,
    access,
    pauses,
    send,
    call,
    get,
    post,
    signIn,
    setTime: (to: Date) => {
      at = to;
    },
    later: (seconds: number) => {
      at = new Date(at.getTime() + seconds * 1000);
    },
    destroy: () => table.documents.destroy(),
  };
};
