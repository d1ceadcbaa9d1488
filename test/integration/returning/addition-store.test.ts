import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import type { AdditionChange } from '../../../functions/returning/actions.ts';
import { DynamoFileAttachments } from '../../../functions/storage/append-files.ts';
import { DynamoSubmissionRemoval } from '../../../functions/storage/dynamodb-removal.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { newReference } from '../../../functions/submissions/reference.ts';
import { freshTable } from '../../support/stand-ins.ts';
import { ANSWER_DAY, VALID_ANSWERS } from '../../support/valid-answers.ts';

let table: Awaited<ReturnType<typeof freshTable>>;

beforeAll(async () => {
  table = await freshTable();
}, 120_000);

afterAll(() => table?.client.destroy());

const SENT = new Date('2026-11-02T10:00:00.000Z');
const DAY_SECONDS = 86_400;

/** A nuisance report stored on 2 November 2026, as the submit handler stores one (with these search tokens). */
const storeReport = async (tokens: readonly string[] = []): Promise<string> => {
  const form = findForm('nuisance');
  const result = form && validateAnswers(form, VALID_ANSWERS.nuisance ?? {}, ANSWER_DAY);
  if (!form || !result?.ok) throw new Error('bad answers');
  const { reference } = await table.store.saveNew(
    'nuisance',
    { hash: `addition-${Math.random()}`, windowSeconds: 60 },
    () => buildRecord(form, serviceConfig, result.answers, newReference('NR'), SENT),
    () => tokens,
  );
  return reference;
};

const incident = (id: string, at: string, extra: Partial<AdditionChange> = {}): AdditionChange => ({
  addition: {
    id,
    kind: 'incident',
    at,
    answers: { description: `incident ${id}` },
    urgent: [],
    language: 'en',
  },
  expiresAt: Math.floor(Date.parse(at) / 1000) + 365 * DAY_SECONDS,
  ...extra,
});

describe('appending a returning person’s addition (DynamoDB Local)', () => {
  it('keeps both of two additions made at the same moment, in the order they landed', async () => {
    const reference = await storeReport();
    const at = '2026-11-20T18:00:00.000Z';
    const results = await Promise.all([
      table.store.appendAddition(reference, incident('a', at)),
      table.store.appendAddition(reference, incident('b', at)),
    ]);
    expect(results).toEqual(['saved', 'saved']);
    const kept = (await table.store.get(reference))?.additions?.map((a) => a.id);
    expect(kept?.slice().sort()).toEqual(['a', 'b']);

    // A third, later, goes after both: appended, never put in front or written over.
    await table.store.appendAddition(reference, incident('c', '2026-11-21T09:00:00.000Z'));
    const after = (await table.store.get(reference))?.additions?.map((a) => a.id);
    expect(after?.slice(0, 2)).toEqual(kept);
    expect(after?.[2]).toBe('c');
  });

  it('appends the same page sent twice once (a double click, a refresh), and says saved to both', async () => {
    const reference = await storeReport();
    const same = incident('twice', '2026-11-20T18:00:00.000Z');
    expect(
      await Promise.all([
        table.store.appendAddition(reference, same),
        table.store.appendAddition(reference, same),
      ]),
    ).toEqual(['saved', 'saved']);
    expect(await table.store.appendAddition(reference, same)).toBe('saved');
    const record = await table.store.get(reference);
    expect(record?.additions?.map((a) => a.id)).toEqual(['twice']);
    expect(record?.additionIds).toEqual(['twice']);
  });

  it('writes the retention, withdrawal and Case Review notice with the addition, and leaves the answers', async () => {
    const reference = await storeReport();
    const before = await table.store.get(reference);
    const change = incident('n', '2026-12-01T10:00:00.000Z', {
      caseReviewNoticeAt: '2026-12-01T10:00:00.000Z',
      withdrawnAt: '2026-12-01T10:00:00.000Z',
    });
    expect(await table.store.appendAddition(reference, change)).toBe('saved');
    const record = await table.store.get(reference);
    expect(record?.expiresAt).toBe(change.expiresAt);
    expect(record?.caseReviewNoticeAt).toBe('2026-12-01T10:00:00.000Z');
    expect(record?.withdrawnAt).toBe('2026-12-01T10:00:00.000Z');
    expect(record?.answers).toEqual(before?.answers);
    expect(record?.additions).toEqual([change.addition]);
  });

  it('keeps the case findable by search for as long as the addition keeps it', async () => {
    const token = `token-${Math.random()}`;
    const reference = await storeReport([token, `${token}-2`]);
    const sent = await table.store.get(reference);
    const change = incident('kept', '2026-12-01T10:00:00.000Z');
    expect(change.expiresAt).toBeGreaterThan(sent?.expiresAt ?? 0);
    expect(await table.store.appendAddition(reference, change)).toBe('saved');
    const search = (at: number) =>
      table.store.findCases({ tokens: [{ team: sent?.team ?? '', token }], liveAt: new Date(at * 1000) });
    // After the report's own retention would have ended, and until the addition's ends.
    expect((await search((sent?.expiresAt ?? 0) + 60)).map((r) => r.reference)).toEqual([reference]);
    expect(await search(change.expiresAt + 60)).toEqual([]);
    const tokens = (await table.allItems()).filter((i) => String(i.pk).startsWith(`FIND#${reference}#`));
    expect(tokens.map((i) => i.expiresAt)).toEqual([change.expiresAt, change.expiresAt]);
    // An earlier addition's retention never shortens them.
    const earlier = incident('earlier', '2026-11-20T10:00:00.000Z');
    expect(await table.store.appendAddition(reference, earlier)).toBe('saved');
    const after = (await table.allItems()).filter((i) => String(i.pk).startsWith(`FIND#${reference}#`));
    expect(after.map((i) => i.expiresAt)).toEqual([change.expiresAt, change.expiresAt]);
  });

  it('keeps the search tokens as long as an evidence addition keeps the case', async () => {
    const token = `token-${Math.random()}`;
    const reference = await storeReport([token]);
    const sent = await table.store.get(reference);
    const expiresAt = (sent?.expiresAt ?? 0) + 30 * DAY_SECONDS;
    const files = new DynamoFileAttachments(table.documents, table.tableName);
    const file = { id: randomUUID(), kind: 'photo', type: 'jpg', size: 10, status: 'checking' } as const;
    expect(await files.attach(reference, 0, [file], expiresAt, { addition: { id: 'e1' }, expiresAt })).toBe(
      'saved',
    );
    const tokens = (await table.allItems()).filter((i) => String(i.pk).startsWith(`FIND#${reference}#`));
    expect(tokens.map((i) => i.expiresAt)).toEqual([expiresAt]);
  });

  it('keeps the case’s upload claims as long as any addition keeps the case', async () => {
    const reference = await storeReport();
    const sent = await table.store.get(reference);
    const files = new DynamoFileAttachments(table.documents, table.tableName);
    const photo = (id: string) => ({ id, kind: 'photo', type: 'jpg', size: 10, status: 'checking' }) as const;
    const first = photo(randomUUID());
    // A file claimed at the report's own retention (as one sent with the form is).
    expect(await files.attach(reference, 0, [first], sent?.expiresAt ?? 0)).toBe('saved');
    const claims = async () =>
      (await table.allItems())
        .filter((i) => i.kind === 'upload-claim' && i.reference === reference)
        .map((i) => ({ pk: i.pk, expiresAt: i.expiresAt }))
        .sort((a, b) => String(a.pk).localeCompare(String(b.pk)));
    // An incident added later keeps the case longer, and the claim with it.
    const change = incident('later', '2026-12-01T10:00:00.000Z');
    expect(await table.store.appendAddition(reference, change)).toBe('saved');
    expect(await claims()).toEqual([{ pk: `UPLOAD#${first.id}`, expiresAt: change.expiresAt }]);
    // Evidence added later still: the new file's claim and the first's both take its retention.
    const second = photo(randomUUID());
    const expiresAt = change.expiresAt + 30 * DAY_SECONDS;
    expect(await files.attach(reference, 1, [second], expiresAt, { addition: { id: 'e2' }, expiresAt })).toBe(
      'saved',
    );
    expect((await claims()).map((c) => c.expiresAt)).toEqual([expiresAt, expiresAt]);
    // An earlier addition's retention never shortens them.
    expect(await table.store.appendAddition(reference, incident('earlier', '2026-11-20T10:00:00.000Z'))).toBe(
      'saved',
    );
    expect((await claims()).map((c) => c.expiresAt)).toEqual([expiresAt, expiresAt]);
  });

  it('answers gone for a case erased meanwhile, and writes nothing', async () => {
    const reference = await storeReport();
    await new DynamoSubmissionRemoval(table.documents, table.tableName).erase(reference, []);
    expect(await table.store.appendAddition(reference, incident('late', '2026-11-20T18:00:00.000Z'))).toBe(
      'gone',
    );
    // Not brought back as a stub holding only an addition.
    expect((await table.allItems()).filter((item) => item.pk === reference)).toEqual([]);
  });

  it('answers gone for a case past its retention that TTL has not yet swept, and does not extend it', async () => {
    const reference = await storeReport();
    const record = await table.store.get(reference);
    if (!record) throw new Error('not stored');
    const afterExpiry = new Date((record.expiresAt + 60) * 1000).toISOString();
    expect(await table.store.appendAddition(reference, incident('late', afterExpiry))).toBe('gone');
    const unchanged = await table.store.get(reference);
    expect(unchanged?.expiresAt).toBe(record.expiresAt);
    expect(unchanged?.additions).toBeUndefined();
  });

  it('answers gone for a submission kept apart as suspected, and adds nothing to it', async () => {
    const form = findForm('nuisance');
    const result = form && validateAnswers(form, VALID_ANSWERS.nuisance ?? {}, ANSWER_DAY);
    if (!form || !result?.ok) throw new Error('bad answers');
    const { reference } = await table.store.saveNew(
      'nuisance',
      { hash: `suspected-${Math.random()}`, windowSeconds: 60 },
      () => buildRecord(form, serviceConfig, result.answers, newReference('NR'), SENT, 'too-fast'),
    );
    expect(await table.store.appendAddition(reference, incident('x', '2026-11-20T18:00:00.000Z'))).toBe(
      'gone',
    );
    expect((await table.store.getSuspected(reference))?.additions).toBeUndefined();
  });
});
