import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS } from '../../../functions/contract/service-contract.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { inProcessStaff, type TestMember } from '../staff/in-process-staff.ts';

/**
 * Staff enter an ASB Case Review application taken by phone, through the staff handler on DynamoDB
 * Local: the same definition and rules as the public form, the channel and who entered it kept on
 * the record, and the entry audited with its channel (never its answers). Clock: 25 October 2026,
 * the day the valid answers' three complaints meet the threshold.
 */
let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let asb: TestMember;
let other: TestMember;

/** The application's answers as a form post: a field for each answer, one per ticked checkbox. */
const posted = (answers: Record<string, string | string[]>, extra: Record<string, string>) => {
  const form = new URLSearchParams(extra);
  for (const [key, value] of Object.entries(answers)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return form;
};

beforeAll(async () => {
  ws = await inProcessStaff();
  ws.setNow(() => new Date('2026-10-25T11:00:00Z'));
  asb = await ws.signIn(['community-safety'], 'Sam ASB');
  other = await ws.signIn(['restorative-justice'], 'Robin RJ');
});

afterAll(() => ws.destroy());

const enter = (as: TestMember, answers: Record<string, string | string[]>, extra: Record<string, string>) =>
  ws.request('POST', STAFF_PATHS.enterApplication, {
    as,
    form: posted(answers, { csrf: as.csrf, ...extra }),
  });

describe('an application entered by staff for the person', () => {
  it('is stored as theirs, says how it came in and who entered it, and is audited with its channel', async () => {
    const answers = VALID_ANSWERS['case-review'] ?? {};
    const response = await enter(asb, answers, { channel: 'phone' });
    expect(response.statusCode).toBe(303);
    const reference = decodeURIComponent(String(response.headers?.location).split('/').pop() ?? '');
    expect(reference).toMatch(/^CR-/);
    const record = await ws.table.store.get(reference);
    expect(record).toMatchObject({
      formId: 'case-review',
      team: 'community-safety',
      entered: { channel: 'phone', by: asb.sub, byName: 'Sam ASB' },
      answers: { complaintCount: '3', name: 'Robin' },
    });
    const audit = (await ws.staff.auditFor(reference)).filter((e) => e.action === 'application-entered');
    expect(audit).toEqual([expect.objectContaining({ actor: asb.sub, detail: 'By phone' })]);
    expect(JSON.stringify(audit)).not.toContain('Robin');
    // Its case page shows the threshold worked out from the complaints entered.
    const page = await ws.request('GET', STAFF_PATHS.submission(reference), { as: asb });
    expect(page.body).toContain('data-threshold="met"');
  });

  it('is refused without a channel, or without consent when made on the person’s behalf, keeping what was typed', async () => {
    const answers = {
      ...(VALID_ANSWERS['case-review'] ?? {}),
      applicantType: 'on-behalf',
      victimName: 'Pat',
      relationship: 'Their support worker',
    };
    const response = await enter(asb, answers, {});
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Select how the application was made');
    expect(response.body).toContain('Select that they agree to you applying');
    expect(response.body).toContain('value="Their support worker"');
  });

  it('is not for another team: their page is not found, and nothing is stored', async () => {
    expect((await ws.request('GET', STAFF_PATHS.enterApplication, { as: other })).statusCode).toBe(404);
    const response = await enter(other, VALID_ANSWERS['case-review'] ?? {}, { channel: 'paper' });
    expect(response.statusCode).toBe(404);
  });
});
