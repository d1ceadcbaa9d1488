import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionsOf } from '../../../functions/forms/applicable.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';
import { REFERENCE_PATTERN } from '../../../functions/submissions/reference.ts';
import { ON_BEHALF_REFERRER, PROFESSIONAL_REFERRER, VALID_ANSWERS } from '../../support/valid-answers.ts';
import { answersFromSchema, type JsonSchema, schemaAccepts } from './schema-client.ts';
import { pause, referenceOf, type SpineTwin, spineConfig, startSpineTwin, waitFor } from './spine-twin.ts';

const DAY = 86_400;
const SCRIPT = '<script>alert("x")</script>';
const ESCAPED_SCRIPT = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';

let twin: SpineTwin;

beforeAll(async () => {
  twin = await startSpineTwin();
});

afterAll(async () => {
  await twin?.stop();
});

/** Waits for the expected emails, then a little longer, so a late extra email would be seen too. */
const settledEmails = async (reference: string, expected: number) => {
  await twin.waitForEmails(reference, expected);
  await waitFor(`${reference} marked as notified`, async () =>
    (await twin.record(reference))?.teamNotifiedAt ? true : undefined,
  );
  await pause(1_000);
  return twin.emailsFor(reference);
};

const expectWellFormedRecord = (record: SubmissionRecord | undefined, formId: string, before: number) => {
  const form = findForm(formId);
  if (!record || !form) throw new Error(`No ${formId} record`);
  expect(record.reference).toMatch(REFERENCE_PATTERN);
  expect(record.reference.startsWith(`${form.referencePrefix}-`)).toBe(true);
  expect(record.pk).toBe(record.reference);
  expect(record.kind).toBe('submission');
  expect(record.formId).toBe(formId);
  expect(record.schemaVersion).toBe(form.schemaVersion);
  const created = Date.parse(record.createdAt);
  expect(new Date(created).toISOString()).toBe(record.createdAt);
  expect(created).toBeGreaterThanOrEqual(before - 1_000);
  expect(created).toBeLessThanOrEqual(Date.now());
  const retentionDays = spineConfig().forms[formId]?.retentionDays ?? Number.NaN;
  expect(record.expiresAt).toBe(Math.floor(created / 1000) + retentionDays * DAY);
};

describe.concurrent('each form gives a stored record and an email to its configured team', () => {
  const cases = [
    {
      formId: 'referral',
      name: 'referral for someone under 18 (routed to youth justice)',
      body: (uid: string) => ({
        ...VALID_ANSWERS.referral,
        referrerName: 'Not asked of a self-referrer',
        ageBand: 'under-18',
        ongoingCase: 'yes',
        stillAtRisk: 'yes',
        safeWays: 'phone',
        phone: '  07700 900 982  ',
        email: 'sam@example.com',
        whatHappened: `  ${SCRIPT}\r\nThey took my bike ${uid}  `,
        hopes: ['apology', 'apology', ' ask-questions '],
        notAQuestion: 'dropped',
        submissionToken: uid,
      }),
      answers: (uid: string) => ({
        referrerType: 'self',
        name: 'Sam',
        ageBand: 'under-18',
        area: 'M1 2AB',
        safeWays: ['phone'],
        phone: '07700 900 982',
        whatHappened: `${SCRIPT}\nThey took my bike ${uid}`,
        whenHappened: 'March 2026',
        reportedToPolice: 'yes',
        crimeReference: 'CR/123/26',
        ongoingCase: 'yes',
        responsibleKnown: 'yes',
        stillAtRisk: 'yes',
        hopes: ['apology', 'ask-questions'],
        communication: ['letters'],
        consent: ['voluntary', 'contact', 'privacy'],
      }),
      team: 'youth-justice',
      teamEmail: 'youth-justice@northfield.example.org',
      urgent: ['May be at risk'],
      markers: ['Under 18', 'Live investigation or court case'],
      labels: ['What happened?', 'How old is the person?', 'Under 18', 'Phone call'],
      absent: ['sam@example.com', 'Not asked of a self-referrer', 'notAQuestion'],
    },
    {
      formId: 'nuisance',
      name: 'nuisance report from a council tenant (routed to tenancy management)',
      body: (uid: string) => ({
        ...VALID_ANSWERS.nuisance,
        landlord: 'council',
        housingAssociation: 'Not asked of a council tenant',
        behaviours: ['threats', 'hate', 'other'],
        behaviourOther: 'Fireworks through the letterbox',
        description: `${SCRIPT} ${uid}`,
      }),
      answers: (uid: string) => {
        const { housingAssociation: _dropped, ...rest } = VALID_ANSWERS.nuisance ?? {};
        return {
          ...rest,
          landlord: 'council',
          behaviours: ['threats', 'hate', 'other'],
          behaviourOther: 'Fireworks through the letterbox',
          description: `${SCRIPT} ${uid}`,
        };
      },
      team: 'tenancy-council',
      teamEmail: 'tenancy@northfield.example.org',
      urgent: ['Threats or intimidation', 'Hate-related'],
      markers: [],
      labels: [
        'Describe the problem',
        'What is happening?',
        'Threats or intimidation',
        'Who is your landlord?',
      ],
      absent: ['Not asked of a council tenant'],
    },
    {
      formId: 'feedback',
      name: 'anonymous feedback (the form’s own team)',
      body: (uid: string) => ({
        ...VALID_ANSWERS.feedback,
        feltSafe: 'disagree',
        overallSatisfaction: 'very-dissatisfied',
        couldBeBetter: `${SCRIPT} ${uid}`,
        name: 'Anon Ymous',
        safeWays: ['email'],
        email: 'anonymous@example.com',
      }),
      answers: (uid: string) => ({
        ...VALID_ANSWERS.feedback,
        feltSafe: 'disagree',
        overallSatisfaction: 'very-dissatisfied',
        couldBeBetter: `${SCRIPT} ${uid}`,
      }),
      team: 'quality',
      teamEmail: 'rp-quality@northfield.example.org',
      urgent: ['Did not feel safe'],
      markers: ['Very dissatisfied'],
      labels: ['What could have been better? (optional)', 'I felt safe (optional)', 'Disagree'],
      absent: ['anonymous@example.com', 'Anon Ymous'],
    },
  ];

  for (const c of cases) {
    it(`stores and emails a ${c.name}`, async () => {
      const uid = randomUUID();
      const before = Date.now();
      const reference = await referenceOf(await twin.postJson(c.formId, c.body(uid)));

      const record = await twin.record(reference);
      expectWellFormedRecord(record, c.formId, before);
      expect(record?.team).toBe(c.team);
      expect(record?.urgent).toEqual(c.urgent);
      expect(record?.markers).toEqual(c.markers);
      expect(record?.answers).toEqual(c.answers(uid));
      expect(record?.teamNotifiedAt).toBeUndefined();

      const items = await twin.items();
      const guards = items.filter((i) => i.kind === 'guard' && i.reference === reference);
      expect(guards).toHaveLength(1);

      // Only the team email: none of these gave an email address they marked safe.
      const emails = await settledEmails(reference, 1);
      expect(emails).toHaveLength(1);
      const [email] = emails;
      expect(email?.destination.to).toEqual([c.teamEmail]);
      expect(email?.from).toBe('no-reply@northfield.example.org');
      expect(email?.subject).toContain(reference);
      expect(email?.subject).toContain(`[URGENT: ${c.urgent.join(', ')}]`);
      const html = email?.body.html ?? '';
      const text = email?.body.text ?? '';
      for (const label of c.labels) {
        expect(html).toContain(label);
        expect(text).toContain(label);
      }
      expect(html).toContain(ESCAPED_SCRIPT);
      expect(html).not.toContain('<script');
      expect(text).toContain(uid);
      for (const hidden of c.absent) {
        expect(html).not.toContain(hidden);
        expect(text).not.toContain(hidden);
      }
      const notified = await twin.record(reference);
      expect(Date.parse(notified?.teamNotifiedAt ?? '')).toBeGreaterThanOrEqual(
        Date.parse(record?.createdAt ?? ''),
      );
      expect(notified?.confirmationSentAt).toBeUndefined();
    });
  }

  it('sends a referral from an adult to the default team, without urgent markers', async () => {
    const uid = randomUUID();
    const reference = await referenceOf(
      await twin.postJson('referral', {
        ...VALID_ANSWERS.referral,
        whatHappened: `Shed ${uid}`,
        safeWays: ['text'],
      }),
    );
    const record = await twin.record(reference);
    expect(record?.team).toBe('restorative-justice');
    expect(record?.urgent).toEqual([]);
    const [email] = await twin.waitForEmails(reference);
    expect(email?.destination.to).toEqual(['rj-team@northfield.example.org']);
    expect(email?.subject).toBe(`New restorative justice referral ${reference}`);
  });
});

describe.concurrent('a confirmation goes to the submitter only at an email address they marked safe', () => {
  const teamAndConfirmation = async (formId: string, answers: Record<string, unknown>, to: string) => {
    const reference = await referenceOf(await twin.postJson(formId, answers));
    const emails = await settledEmails(reference, 2);
    expect(emails).toHaveLength(2);
    const confirmation = emails.find((e) => e.destination.to.includes(to));
    const team = emails.find((e) => !e.destination.to.includes(to));
    expect(confirmation?.destination.to).toEqual([to]);
    expect(confirmation?.subject).toContain(reference);
    expect(confirmation?.body.text).toContain(reference);
    expect(team?.subject).toContain(reference);
    const record = await twin.record(reference);
    expect(record?.confirmationSentAt).toEqual(expect.any(String));
    expect(record?.confirmationDue).toBe(true);
    return { reference, confirmation, team };
  };

  it('referral with email marked safe: team email and a confirmation that repeats no answers', async () => {
    const whatHappened = `They threw a brick through my window ${randomUUID()}`;
    const { confirmation, team } = await teamAndConfirmation(
      'referral',
      { ...VALID_ANSWERS.referral, whatHappened, crimeReference: 'CR/999/26' },
      'sam@example.com',
    );
    expect(team?.destination.to).toEqual(['rj-team@northfield.example.org']);
    expect(team?.body.text).toContain(whatHappened);
    const confirmationText = `${confirmation?.subject} ${confirmation?.body.text} ${confirmation?.body.html}`;
    for (const answer of [whatHappened, 'CR/999/26', 'M1 2AB', '07700 900 982', 'Sam', 'March 2026']) {
      expect(confirmationText).not.toContain(answer);
    }
  });

  it('referral with an email address but only phone marked safe: the address is dropped, team email only', async () => {
    const whatHappened = `Phone only ${randomUUID()}`;
    const reference = await referenceOf(
      await twin.postJson('referral', { ...VALID_ANSWERS.referral, whatHappened, safeWays: ['phone'] }),
    );
    const record = await twin.record(reference);
    expect(record?.answers).not.toHaveProperty('email');
    expect(record?.answers.safeWays).toEqual(['phone']);
    const emails = await settledEmails(reference, 1);
    expect(emails).toHaveLength(1);
    expect(emails[0]?.destination.to).toEqual(['rj-team@northfield.example.org']);
    expect((await twin.record(reference))?.confirmationSentAt).toBeUndefined();
    expect((await twin.record(reference))?.confirmationDue).toBe(false);
    expect(
      (await twin.inbox()).some(
        (e) => e.destination.to.includes('sam@example.com') && e.subject.includes(reference),
      ),
    ).toBe(false);
  });

  it('referral on someone’s behalf: no confirmation to the person, who sent nothing themselves', async () => {
    const whatHappened = `Asked for by my brother ${randomUUID()}`;
    const reference = await referenceOf(
      await twin.postJson('referral', {
        ...VALID_ANSWERS.referral,
        ...ON_BEHALF_REFERRER,
        whatHappened,
      }),
    );
    const emails = await settledEmails(reference, 1);
    expect(emails.map((e) => e.destination.to)).toEqual([['rj-team@northfield.example.org']]);
    expect((await twin.record(reference))?.confirmationSentAt).toBeUndefined();
    expect((await twin.record(reference))?.confirmationDue).toBe(false);
  });

  it('professional referral: the confirmation goes to the work email', async () => {
    const whatHappened = `Referred by a caseworker ${randomUUID()}`;
    const { confirmation } = await teamAndConfirmation(
      'referral',
      {
        ...VALID_ANSWERS.referral,
        ...PROFESSIONAL_REFERRER,
        safeWays: ['phone'],
        whatHappened,
      },
      PROFESSIONAL_REFERRER.workEmail,
    );
    expect(`${confirmation?.body.text} ${confirmation?.body.html}`).not.toContain(whatHappened);
  });

  it('nuisance report with email marked safe gets a confirmation', async () => {
    const description = `Shouting every night ${randomUUID()}`;
    const { confirmation } = await teamAndConfirmation(
      'nuisance',
      {
        ...VALID_ANSWERS.nuisance,
        description,
        safeWays: ['email'],
        email: 'alex@example.com',
        wantsConfirmation: 'yes',
      },
      'alex@example.com',
    );
    expect(`${confirmation?.body.text} ${confirmation?.body.html}`).not.toContain(description);
  });

  // Feedback asks for no postal address, so it must not offer letters as a way to reply.
  it('feedback that may be followed up only by letter must include an address to write to', async () => {
    const response = await twin.postJson('feedback', {
      ...VALID_ANSWERS.feedback,
      wentWell: `Write to me ${randomUUID()}`,
      mayContact: 'yes',
      safeWays: ['letter'],
    });
    const body = await response.text();
    // Either refused (an address is asked for) or, if accepted, the record holds an address.
    if (response.status === 201) {
      const record = await twin.record(JSON.parse(body).reference);
      expect(Object.keys(record?.answers ?? {}).filter((k) => /address/i.test(k))).not.toEqual([]);
    } else {
      expect(response.status).toBe(422);
    }
  });

  it('feedback that may be followed up, by email, gets a confirmation', async () => {
    const wentWell = `The facilitator was kind ${randomUUID()}`;
    const { confirmation } = await teamAndConfirmation(
      'feedback',
      {
        ...VALID_ANSWERS.feedback,
        wentWell,
        mayContact: 'yes',
        safeWays: ['email'],
        email: 'fb@example.com',
        wantsConfirmation: 'yes',
      },
      'fb@example.com',
    );
    expect(`${confirmation?.body.text} ${confirmation?.body.html}`).not.toContain(wentWell);
  });
});

describe.concurrent('the published forms and schemas', () => {
  const schemaOf = async (formId: string) => {
    const response = await twin.get(`/api/forms/${formId}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { schema: JsonSchema }).schema;
  };

  it('lists the four forms', async () => {
    const response = await twin.get('/api/forms');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { forms } = (await response.json()) as { forms: { id: string; href: string; title: string }[] };
    expect(forms.map((f) => f.id)).toEqual(['referral', 'nuisance', 'feedback', 'case-review']);
    for (const f of forms) {
      expect(f.href).toBe(`/api/forms/${f.id}`);
      expect(f.title).toBe(findForm(f.id)?.title);
    }
  });

  it.each(['referral', 'nuisance', 'feedback'])(
    'describes %s with its sections and a JSON Schema',
    async (formId) => {
      const response = await twin.get(`/api/forms/${formId}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        id: string;
        schemaVersion: number;
        sections: { id: string; questions: { id: string }[] }[];
        schema: JsonSchema;
      };
      const form = findForm(formId);
      expect(body.id).toBe(formId);
      expect(body.schemaVersion).toBe(form?.schemaVersion);
      expect(body.sections.map((s) => s.id)).toEqual(form?.sections.map((s) => s.id));
      expect(body.schema.type).toBe('object');
      expect(body.schema.additionalProperties).toBe(false);
      const questionIds = questionsOf(form?.sections ?? []).map((q) => q.id);
      expect(Object.keys(body.schema.properties ?? {})).toEqual([...questionIds, 'submissionToken']);
      expect(body.schema.required?.length).toBeGreaterThan(0);
    },
  );

  it.each(['referral', 'nuisance', 'feedback'])(
    'accepts %s answers made from the published JSON Schema alone',
    async (formId) => {
      const schema = await schemaOf(formId);
      const rulesUsed = new Set<number>();
      for (let variant = 0; variant < 24; variant++) {
        const answers = answersFromSchema(schema, variant);
        (schema.allOf ?? []).forEach((rule, i) => {
          if (rule.if && schemaAccepts(rule.if, answers)) rulesUsed.add(i);
        });
        const response = await twin.postJson(formId, answers);
        const text = await response.text();
        expect({ variant, status: response.status, text }).toMatchObject({ status: 201 });
        expect(JSON.parse(text).reference).toMatch(REFERENCE_PATTERN);
      }
      // Every rule about an answer the client must give was exercised by some variant (a rule about
      // an optional answer, such as "No support needed" on its own, is not reached by a client
      // that leaves optional answers out).
      const mustGive = new Set([
        ...(schema.required ?? []),
        ...(schema.allOf ?? []).flatMap((r) => r.then?.required ?? []),
      ]);
      const reachable = (schema.allOf ?? []).flatMap((rule, i) =>
        (rule.if?.required ?? []).every((n) => mustGive.has(n)) ? [i] : [],
      );
      expect([...rulesUsed].sort()).toEqual(expect.arrayContaining(reachable));
      expect(reachable.length).toBeGreaterThan(0);
    },
  );

  /**
   * Edge cases where the published schema and the handler once disagreed. The schema promises "a
   * client that follows the schema alone sends what the handler accepts" (json-schema.ts): the
   * schema and the handler must give the same verdict (schema allows ⇔ 201, refuses ⇔ 422).
   */
  describe('the schema and the handler agree', () => {
    const cases: [string, string, (answers: Record<string, unknown>) => Record<string, unknown>][] = [
      ['a required text answer that is an empty string', 'nuisance', (a) => ({ ...a, name: '' })],
      ['a required textarea answer of spaces only', 'referral', (a) => ({ ...a, whatHappened: '   ' })],
      [
        'a required phone number of seven spaces',
        'referral',
        (a) => ({ ...a, safeWays: ['phone'], phone: '       ' }),
      ],
      [
        'a phone number that reaches 7 characters only with spaces at its ends',
        'nuisance',
        (a) => ({ ...a, safeWays: ['phone'], phone: ' 016329 ' }),
      ],
      [
        'an exclusive checkbox option ("Not sure yet") ticked with another',
        'referral',
        (a) => ({ ...a, hopes: ['ask-questions', 'not-sure'] }),
      ],
      [
        'a name of 100 characters outside the Basic Multilingual Plane (maxLength counts code points)',
        'referral',
        (a) => ({ ...a, name: '😀'.repeat(100) }),
      ],
    ];
    it.each(cases)('%s', async (_name, formId, change) => {
      const schema = await schemaOf(formId);
      const answers = change(answersFromSchema(schema));
      const expected = schemaAccepts(schema, answers) ? 201 : 422;
      const response = await twin.postJson(formId, answers);
      expect({ status: response.status, body: await response.text() }).toMatchObject({ status: expected });
    });
  });
});
