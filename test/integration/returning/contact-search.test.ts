import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { contact } from '../../../functions/returning/actions/contact.ts';
import { normalise } from '../../../functions/search/normalise.ts';
import { findToken, findTokensOf } from '../../../functions/search/tokens.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { DynamoReturnAccess } from '../../../functions/storage/dynamodb-return-access.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { newReference } from '../../../functions/submissions/reference.ts';
import { freshTable } from '../../support/stand-ins.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

/**
 * A contact change from the way back in against DynamoDB Local, through the real reads and writes:
 * staff search by the new phone number or email finds the case, as by the old.
 */
let table: Awaited<ReturnType<typeof freshTable>>;

beforeAll(async () => {
  table = await freshTable();
}, 120_000);

afterAll(() => table?.client.destroy());

const KEY = Buffer.from('a-test-hash-key-of-at-least-32-characters', 'utf8');
const SENT = new Date('2026-11-02T10:00:00.000Z');
const CHANGED = new Date('2026-11-20T18:00:00.000Z');
const nuisance = findForm('nuisance') as FormDefinition;

/** A nuisance report stored on 2 November 2026 with its search tokens, as the submit handler stores it. */
const storeReport = async () => {
  const result = validateAnswers(nuisance, VALID_ANSWERS.nuisance ?? {}, ANSWER_DAY);
  if (!result.ok) throw new Error('bad answers');
  const { reference } = await table.store.saveNew(
    'nuisance',
    { hash: `contact-${Math.random()}`, windowSeconds: 60 },
    () => buildRecord(nuisance, serviceConfig, result.answers, newReference('NR'), SENT),
    (record) => findTokensOf(nuisance, record.team, record.answers, KEY),
  );
  const record = await table.store.get(reference);
  if (!record) throw new Error('not stored');
  return record;
};

const changeContact = (reference: string, fields: Record<string, string | string[]>) =>
  contact(
    {
      session: { reference, formId: 'nuisance', language: 'en' },
      form: nuisance,
      config: serviceConfig,
      method: 'POST',
      fields,
      now: CHANGED,
      hashKey: KEY,
    },
    {
      caseForReturn: (ref) =>
        new DynamoReturnAccess(table.documents, table.tableName, () => CHANGED).caseForReturn(ref),
      appendAddition: (ref, change) => table.store.appendAddition(ref, change),
    },
  );

const search = (team: string, kind: 'phone' | 'email', text: string, at = CHANGED) =>
  table.store.findCases({
    tokens: [{ team, token: findToken(KEY, team, kind, normalise(kind, text) ?? '') }],
    liveAt: at,
  });

describe('changing how to be contacted safely, and staff search (DynamoDB Local)', () => {
  it('finds the case by the new phone number and email, and still by the old', async () => {
    const sent = await storeReport();
    expect(await search(sent.team, 'phone', '07700 900 555')).toEqual([]);
    const changed = await changeContact(sent.reference, {
      safeWays: ['text', 'email'],
      phone: '07700 900 555',
      email: 'new-safe@example.com',
    });
    expect(changed.statusCode).toBe(200);
    const found = async (kind: 'phone' | 'email', text: string) =>
      (await search(sent.team, kind, text)).map((row) => row.reference);
    expect(await found('phone', '+44 7700 900555')).toEqual([sent.reference]);
    expect(await found('email', 'NEW-SAFE@example.com')).toEqual([sent.reference]);
    // The old details are what staff have on file from before: they still find it.
    expect(await found('phone', String(VALID_ANSWERS.nuisance?.phone))).toEqual([sent.reference]);

    // Listed on the record with the case's new expiry, so erasure and retention take them too.
    const record = await table.store.get(sent.reference);
    const items = (await table.allItems()).filter((i) => String(i.pk).startsWith(`FIND#${sent.reference}#`));
    expect(items.map((i) => i.pk).sort()).toEqual([...(record?.findKeys ?? [])].sort());
    expect(items.length).toBe((sent.findKeys ?? []).length + 2);
    expect(new Set(items.map((i) => i.expiresAt))).toEqual(new Set([record?.expiresAt]));
    expect(record?.expiresAt).toBeGreaterThan(sent.expiresAt);

    await new DynamoSubmissionRemoval(table.documents, table.tableName).erase(sent.reference, []);
    expect(
      (await table.allItems()).filter((i) => String(i.pk).startsWith(`FIND#${sent.reference}#`)),
    ).toEqual([]);
  });

  it('writes the new tokens once for the same page sent twice', async () => {
    const sent = await storeReport();
    const fields = { safeWays: ['text'], phone: '07700 900 666', additionToken: crypto.randomUUID() };
    // At the same moment (a double click), and again after (a refresh).
    const both = await Promise.all([
      changeContact(sent.reference, fields),
      changeContact(sent.reference, fields),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await changeContact(sent.reference, fields)).statusCode).toBe(200);
    const record = await table.store.get(sent.reference);
    expect(record?.additions).toHaveLength(1);
    expect(record?.findKeys).toHaveLength((sent.findKeys ?? []).length + 1);
    expect(new Set(record?.findKeys).size).toBe(record?.findKeys?.length);
  });
});
