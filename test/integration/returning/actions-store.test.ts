import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { RETURN_ACTIONS } from '../../../functions/returning/action-registry.ts';
import type { ReturnActionName, ReturningStore } from '../../../functions/returning/actions.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { newReference } from '../../../functions/submissions/reference.ts';
import { freshTable } from '../../support/stand-ins.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

/**
 * The actions against DynamoDB Local, called directly as the /return/ router will call them. The
 * way back in's own read (caseForReturn, slice 21-access) is stood in for by the store's `get`,
 * cut down to what the actions may see; the append is the real one.
 */
let table: Awaited<ReturnType<typeof freshTable>>;
let store: ReturningStore;

beforeAll(async () => {
  table = await freshTable();
  store = {
    caseForReturn: async (reference) => {
      const record = await table.store.get(reference);
      if (!record) return undefined;
      return {
        reference: record.reference,
        formId: record.formId,
        createdAt: record.createdAt,
        team: record.team,
        closed: false,
        additions: (record.additions ?? []).map(({ kind, at }) => ({ kind, at })),
        expiresAt: record.expiresAt,
        ...(record.caseReviewNoticeAt ? { caseReviewNoticeAt: record.caseReviewNoticeAt } : {}),
      };
    },
    appendAddition: (reference, change) => table.store.appendAddition(reference, change),
  };
}, 120_000);

afterAll(() => table?.client.destroy());

const nuisance = findForm('nuisance') as FormDefinition;

const storeReport = async (sent: Date): Promise<string> => {
  const result = validateAnswers(nuisance, VALID_ANSWERS.nuisance ?? {}, ANSWER_DAY);
  if (!result.ok) throw new Error('bad answers');
  const { reference } = await table.store.saveNew(
    'nuisance',
    { hash: `actions-${Math.random()}`, windowSeconds: 60 },
    () => buildRecord(nuisance, serviceConfig, result.answers, newReference('NR'), sent),
  );
  return reference;
};

const post = (
  name: ReturnActionName,
  reference: string,
  fields: Record<string, string | string[]>,
  now: Date,
) => {
  const action = RETURN_ACTIONS[name];
  if (!action) throw new Error(`no ${name}`);
  return action(
    {
      session: { reference, formId: 'nuisance', language: 'en' },
      form: nuisance,
      config: serviceConfig,
      method: 'POST',
      fields,
      now,
    },
    store,
  );
};

const incident = (description: string) => ({
  'happenedOn-day': '1',
  'happenedOn-month': '12',
  'happenedOn-year': '2026',
  behaviours: ['noise'],
  description,
  impact: 'No sleep again.',
});

describe('what a person signed back in adds, kept on DynamoDB Local', () => {
  it('two incidents sent at the same moment are both kept, in order, and the second report gives the notice', async () => {
    const reference = await storeReport(new Date('2026-11-02T10:00:00Z'));
    const now = new Date('2026-12-02T20:00:00Z');
    const results = await Promise.all([
      post('add', reference, incident('first'), now),
      post('add', reference, incident('second'), now),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    const record = await table.store.get(reference);
    expect(record?.additions?.map((a) => a.answers.description).sort()).toEqual(['first', 'second']);
    expect(record?.caseReviewNoticeAt).toBe(now.toISOString());

    const later = new Date('2026-12-03T08:00:00Z');
    await post('contact', reference, { safeWays: ['email'], email: 'safe@example.com' }, later);
    const after = await table.store.get(reference);
    expect(after?.additions?.map((a) => a.kind)).toEqual(['incident', 'incident', 'contact']);
    expect(after?.additions?.slice(0, 2)).toEqual(record?.additions);
    // Kept the form's retention from the latest addition.
    const retentionDays = serviceConfig.forms.nuisance?.retentionDays ?? 0;
    expect(after?.expiresAt).toBe(later.getTime() / 1000 + retentionDays * 86_400);
  });

  it('the same page sent twice (no JavaScript to stop a double click) is kept once, and both say sent', async () => {
    const reference = await storeReport(new Date('2026-11-02T10:00:00Z'));
    const now = new Date('2026-12-02T20:00:00Z');
    const fields = { ...incident('once'), additionToken: '3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' };
    const results = await Promise.all([
      post('add', reference, fields, now),
      post('add', reference, fields, now),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await table.store.get(reference))?.additions?.map((a) => a.answers.description)).toEqual([
      'once',
    ]);
  });

  it('a case erased while the person was on the page: a plain message, and nothing written', async () => {
    const reference = await storeReport(new Date('2026-11-02T10:00:00Z'));
    await new DynamoSubmissionRemoval(table.documents, table.tableName).erase(reference, []);
    const result = await post('add', reference, incident('too late'), new Date('2026-12-02T20:00:00Z'));
    expect(result.statusCode).toBe(410);
    expect(result.body).toContain('Nothing has been saved');
    expect((await table.allItems()).filter((item) => item.pk === reference)).toEqual([]);
  });
});
