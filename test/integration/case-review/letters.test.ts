import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import type { OutgoingEmail } from '../../../functions/email/outgoing-email.ts';
import { notifySubmission } from '../../../functions/notify/notify-submission.ts';
import { TEST_HASH_KEY } from '../../support/stand-ins.ts';
import { inProcessStaff, type TestMember } from '../staff/in-process-staff.ts';

/**
 * Letters to a Case Review applicant through the staff handler on DynamoDB Local: composed from
 * the wording with the reasons filled in, kept on the case as sent, audited without their text.
 */
let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let asb: TestMember;
let reference: string;

beforeAll(async () => {
  ws = await inProcessStaff();
  ws.setNow(() => new Date('2026-10-27T11:00:00Z'));
  asb = await ws.signIn(['community-safety'], 'Sam ASB');
  reference = await ws.submit('case-review', {
    safeWays: ['letter'],
    postalAddress: '14 Station Road\nNorthfield',
  });
});

afterAll(() => ws.destroy());

const write = (fields: Record<string, string>) => ws.post(STAFF_PATHS.letters(reference), asb, fields);

describe('a letter to the applicant', () => {
  it('is kept on the case as sent, in Welsh when asked, shown to print, and audited without its text', async () => {
    const response = await write({ kind: 'acknowledgement', language: 'cy', reasons: '' });
    expect(response.statusCode).toBe(303);
    const record = await ws.table.store.get(reference);
    expect(record?.letters).toHaveLength(1);
    const [letter] = record?.letters ?? [];
    expect(letter).toMatchObject({ kind: 'acknowledgement', language: 'cy', way: 'post', by: asb.sub });
    expect(letter?.subject).toBe(`Eich cais am Adolygiad Achos YGG, ${reference}`);
    expect(response.headers?.location).toBe(STAFF_PATHS.letter(reference, letter?.id ?? ''));
    const page = await ws.request('GET', `${STAFF_PATHS.submission(reference)}/letter`, {
      as: asb,
      query: `id=${letter?.id ?? ''}`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('14 Station Road');
    expect(page.body).toContain('27 Hydref 2026');
    const audit = (await ws.staff.auditFor(reference)).filter((e) => e.action === 'letter-sent');
    expect(audit).toEqual([
      expect.objectContaining({ actor: asb.sub, detail: 'Acknowledgement letter, in Welsh, for post' }),
    ]);
  });

  it('needs reasons for a closure, and a decision recorded before the decision letter', async () => {
    const closure = await write({ kind: 'closure', language: 'en', reasons: '' });
    expect(closure.statusCode).toBe(400);
    expect(closure.body).toContain('Enter the reasons for the closure: when and why letter');
    const decision = await write({ kind: 'decision', language: 'en', reasons: 'Three complaints in time.' });
    expect(decision.statusCode).toBe(400);
    expect(decision.body).toContain('Record the threshold decision before writing to say what it is');
    expect((await ws.table.store.get(reference))?.letters).toHaveLength(1);
  });

  it('is listed on the case page with the way to write another', async () => {
    const page = await ws.request('GET', STAFF_PATHS.submission(reference), { as: asb });
    expect(page.body).toContain('Acknowledgement, ');
    expect(page.body).toContain(`href="${STAFF_PATHS.letters(reference)}"`);
  });

  it('goes by email to an applicant who marked email safe: kept as such, audited so, sent once by the notifier', async () => {
    const byEmail = await ws.submit('case-review', {});
    const response = await ws.post(STAFF_PATHS.letters(byEmail), asb, {
      kind: 'acknowledgement',
      language: 'en',
      reasons: '',
    });
    expect(response.statusCode).toBe(303);
    expect((await ws.table.store.get(byEmail))?.letters?.map((l) => l.way)).toEqual(['email']);
    const audit = (await ws.staff.auditFor(byEmail)).filter((e) => e.action === 'letter-sent');
    expect(audit.map((e) => e.detail)).toEqual(['Acknowledgement letter, in English, by email']);

    const sent: OutgoingEmail[] = [];
    const notify = () =>
      notifySubmission(byEmail, {
        config: ws.config,
        store: ws.table.store,
        notifier: { send: async (email) => void sent.push(email) },
        now: () => new Date('2026-10-27T11:05:00Z'),
        hashKey: TEST_HASH_KEY,
        limit: ws.table.limit,
        suppression: { isSuppressed: async () => false },
      });
    await notify();
    const letters = sent.filter((e) => e.subject === `Your ASB Case Review application, ${byEmail}`);
    expect(letters.map((e) => e.to)).toEqual([['robin@example.com']]);
    sent.length = 0;
    await notify();
    expect(sent).toEqual([]);
  });
});
