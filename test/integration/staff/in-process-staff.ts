import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ServiceConfig } from '../../../functions/config/schema.ts';
import { GROUPS_CLAIM, STAFF_SESSION } from '../../../functions/contract/service-contract.ts';
import type { FileStore } from '../../../functions/files/file-store.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { makeStaffHandler } from '../../../functions/handlers/staff-app.ts';
import type { HttpResult } from '../../../functions/http/responses.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { memberFrom } from '../../../functions/staff/auth/member.ts';
import type { OpenId } from '../../../functions/staff/auth/openid.ts';
import { hashOf, startSession } from '../../../functions/staff/auth/sessions.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { ensureStaffTable } from '../../../functions/storage/ensure-tables.ts';
import { inboxSource } from '../../../functions/storage/inbox-source.ts';
import type { StaffStore } from '../../../functions/storage/staff-store.ts';
import { submitForm } from '../../../functions/submissions/submit-form.ts';
import { apiEvent, freshTable, TEST_HASH_KEY, testConfig } from '../../support/stand-ins.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';

/**
 * Sign-in is not what these tests are about: sessions are started straight in the staff table. The
 * provider sends the browser to a fixed address and never finishes a sign-in (a refused callback).
 */
const NO_PROVIDER: OpenId = {
  start: async (returnTo) => ({
    url: 'https://provider.example/authorize',
    state: `state-${randomUUID()}`,
    pending: { codeVerifier: 'verifier', nonce: 'nonce', returnTo },
  }),
  finish: () => Promise.reject(new Error('not used')),
  signOutUrl: async (_token, back) => back,
};

/** A signed-in member of staff: the cookie to send, and the session's anti-forgery token. */
export interface TestMember {
  sub: string;
  cookie: string;
  csrf: string;
}

/**
 * The staff handler in this process, against fresh tables on the shared DynamoDB Local, with a
 * clock the test sets and a staff store whose audit writes a test can make fail.
 */
export const inProcessStaff = async (
  config: ServiceConfig = testConfig(),
  /** Evidence files (issue 22): the bucket its downloads and erasure reach. */
  options: { files?: FileStore } = {},
) => {
  logger.setLogLevel('SILENT');
  const table = await freshTable();
  const staffTableName = `test-staff-${randomUUID()}`;
  await ensureStaffTable(table.client, staffTableName);
  let now = () => new Date();
  // The staff table reads expiry on the handler's clock, so a test that sets the day keeps its sessions.
  const staff = new DynamoStaffStore(table.documents, staffTableName, () => now());
  let auditFails = false;
  const auditing: StaffStore = Object.assign(Object.create(staff) as StaffStore, {
    audit: (...args: Parameters<StaffStore['audit']>) =>
      auditFails ? Promise.reject(new Error('audit write failed')) : staff.audit(...args),
  });
  const handler = makeStaffHandler({
    config,
    submissions: table.store,
    removal: new DynamoSubmissionRemoval(table.documents, table.tableName),
    inbox: inboxSource(table.documents, table.tableName),
    staff: auditing,
    openId: NO_PROVIDER,
    now: () => now(),
    hashKey: TEST_HASH_KEY,
    files: options.files,
  });

  /** A session started at `at` (the handler's clock, when a test has moved it). */
  const signIn = async (groups: string[], name = groups.join(' and '), at = now()): Promise<TestMember> => {
    const sub = `sub-${randomUUID()}`;
    const member = memberFrom({ sub, name, email: `${sub}@example.org`, [GROUPS_CLAIM]: groups }, config);
    if (!member) throw new Error(`no member for ${groups.join(', ')}`);
    const cookie = await startSession(staff, { member, idToken: 'id-token', now: at });
    const session = await staff.getSession(hashOf(cookie));
    await staff.rememberMember({ sub, name }, member.teams, Math.floor(Date.now() / 1000) + 3600);
    return { sub, cookie, csrf: session?.csrfToken ?? '' };
  };

  /** A request as the workspace's own pages send it (same origin); `headers` can say otherwise. */
  const request = async (
    method: 'GET' | 'POST',
    path: string,
    options: {
      as?: TestMember;
      query?: string;
      form?: URLSearchParams | string;
      cookie?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<HttpResult> => {
    const form = typeof options.form === 'string' ? options.form : options.form?.toString();
    const cookie =
      options.cookie ?? (options.as ? `${STAFF_SESSION.cookie}=${options.as.cookie}` : undefined);
    const event: APIGatewayProxyEventV2 = {
      ...apiEvent(method, path, {
        ...(form !== undefined ? { body: form, contentType: 'application/x-www-form-urlencoded' } : {}),
        headers: {
          ...(method === 'POST'
            ? { origin: new URL(config.siteUrl).origin, 'sec-fetch-site': 'same-origin' }
            : {}),
          ...(cookie ? { cookie } : {}),
          ...options.headers,
        },
      }),
      rawQueryString: options.query ?? '',
    };
    return (await handler(event, {} as never)) as HttpResult;
  };

  /** A post with the member's anti-forgery token added. */
  const post = (path: string, as: TestMember, fields: Record<string, string> = {}) =>
    request('POST', path, { as, form: new URLSearchParams({ csrf: as.csrf, ...fields }) });

  let made = 0;
  /** A new submission of a form through the service's own use case; returns its reference. */
  const submit = async (formId = 'referral', answers: Record<string, unknown> = {}): Promise<string> => {
    const form = findForm(formId);
    if (!form) throw new Error(formId);
    made += 1;
    const outcome = await submitForm(
      form,
      { ...VALID_ANSWERS[formId], ...answers, submissionToken: `in-process-${randomUUID()}-${made}` },
      { config, store: table.store, now: () => new Date(), hashKey: TEST_HASH_KEY },
    );
    if (outcome.kind !== 'accepted') throw new Error(outcome.kind);
    return outcome.reference;
  };

  return {
    table,
    staff,
    config,
    request,
    post,
    signIn,
    submit,
    setNow: (at: () => Date) => {
      now = at;
    },
    failAudit: (fails: boolean) => {
      auditFails = fails;
    },
    destroy: () => {
      table.documents.destroy();
      table.client.destroy();
    },
  };
};
