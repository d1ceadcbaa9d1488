import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { ServiceConfig } from '../../../functions/config/schema.ts';
import { logger } from '../../../functions/observability/logger.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { type InboxEmail, readInbox } from '../../../local/ses-local.ts';
import { startTwin, type Twin, type TwinOptions } from '../../../local/twin.ts';
import { PATIENCE_MS } from '../../support/patience.ts';
import { testConfig, withAnswersInEmail } from '../../support/stand-ins.ts';

export const JSON_TYPE = 'application/json';
export const FORM_TYPE = 'application/x-www-form-urlencoded';

/** The sample configuration with the real minimum fill time, so the spam check is live. */
/** The spine's tests read answers in team emails, so their configuration turns them on. */
export const spineConfig = (overrides: Partial<ServiceConfig> = {}): ServiceConfig =>
  withAnswersInEmail(testConfig({ spam: { minFillSeconds: 3, suspectedRetentionDays: 30 }, ...overrides }));

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` gives a value (not undefined) or the time runs out. */
export const waitFor = async <T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = PATIENCE_MS,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await pause(100);
  }
};

export interface SpineTwin extends Twin {
  /** POSTs a body to /api/forms/<formId> (or any path starting with /). */
  post(
    target: string,
    body: string | undefined,
    contentType?: string,
    headers?: Record<string, string>,
  ): Promise<Response>;
  postJson(formId: string, answers: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  /** Every item in the table: submissions and duplicate guards. */
  items(): Promise<Record<string, unknown>[]>;
  /** Writes an item as it stands (e.g. a record stored by an older version of the service). */
  putItem(item: Record<string, unknown>): Promise<void>;
  submissions(): Promise<SubmissionRecord[]>;
  record(reference: string): Promise<SubmissionRecord | undefined>;
  inbox(): Promise<InboxEmail[]>;
  /** Emails whose subject names this reference (team emails and confirmations both do). */
  emailsFor(reference: string): Promise<InboxEmail[]>;
  /** Waits until at least `count` emails name this reference. */
  waitForEmails(reference: string, count?: number, timeoutMs?: number): Promise<InboxEmail[]>;
}

/**
 * The whole local twin (its own DynamoDB Local and SES emulator, the submit handler over HTTP and
 * the stream-fed notify handler), on free ports, with a fresh table, plus helpers to look inside.
 */
export const startSpineTwin = async (
  config: ServiceConfig = spineConfig(),
  options: Pick<TwinOptions, 'resend' | 'log' | 'webhooks'> = {},
): Promise<SpineTwin> => {
  logger.setLogLevel('SILENT');
  const twin = await startTwin({
    port: 0,
    dataDir: null,
    tableName: `spine-${randomUUID()}`,
    config,
    quiet: true,
    ...options,
  });
  const documents = makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });

  const target = (to: string) => (to.startsWith('/') ? `${twin.url}${to}` : `${twin.url}/api/forms/${to}`);
  const post: SpineTwin['post'] = (to, body, contentType, headers = {}) =>
    fetch(target(to), {
      method: 'POST',
      ...(body !== undefined ? { body } : {}),
      headers: { ...(contentType ? { 'content-type': contentType } : {}), ...headers },
      redirect: 'manual',
    });
  const items = async () => {
    const found: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await documents.send(
        new ScanCommand({ TableName: twin.tableName, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      found.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return found;
  };
  const emailsFor = async (reference: string) =>
    (await readInbox(twin.inboxUrl)).filter((e) => e.subject.includes(reference));

  return {
    ...twin,
    post,
    postJson: (formId, answers, headers) => post(formId, JSON.stringify(answers), JSON_TYPE, headers),
    get: (path, headers = {}) => fetch(target(path), { headers, redirect: 'manual' }),
    items,
    putItem: async (item) => {
      await documents.send(new PutCommand({ TableName: twin.tableName, Item: item }));
    },
    submissions: async () =>
      (await items()).filter((i) => i.kind === 'submission') as unknown as SubmissionRecord[],
    record: async (reference) => {
      const { Item } = await documents.send(
        new GetCommand({ TableName: twin.tableName, Key: { pk: reference }, ConsistentRead: true }),
      );
      return Item as SubmissionRecord | undefined;
    },
    inbox: () => readInbox(twin.inboxUrl),
    emailsFor,
    waitForEmails: (reference, count = 1, timeoutMs = PATIENCE_MS) =>
      waitFor(
        `${count} email(s) for ${reference}`,
        async () => {
          const emails = await emailsFor(reference);
          return emails.length >= count ? emails : undefined;
        },
        timeoutMs,
      ),
    stop: async () => {
      documents.destroy();
      await twin.stop();
    },
  };
};

/** The reference from a 201 JSON answer, failing loudly with the body otherwise. */
export const referenceOf = async (response: Response): Promise<string> => {
  const text = await response.text();
  if (response.status !== 201) throw new Error(`Expected 201, got ${response.status}: ${text}`);
  return (JSON.parse(text) as { reference: string }).reference;
};
