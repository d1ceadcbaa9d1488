import { describe, expect, it } from 'vitest';
import type { FormSettings, ServiceConfig } from '../../../functions/config/schema.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { formatConfirmation } from '../../../functions/email/format-confirmation.ts';
import { formatTeamEmail } from '../../../functions/email/format-team-email.ts';
import { FORMS, findForm } from '../../../functions/forms/registry.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { localiseConfig } from '../../../functions/i18n/localise-config.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import { buildRecord } from '../../../functions/submissions/record.ts';
import { withAnswersInEmail } from '../../support/stand-ins.ts';
import { ANSWER_DAY, ON_BEHALF_REFERRER, VALID_ANSWERS } from '../../support/valid-answers.ts';

const referral = findForm('referral');
if (!referral) throw new Error('no referral form');

const recordWith = (answers: Record<string, unknown>, config: ServiceConfig = serviceConfig) => {
  const result = validateAnswers(referral, answers, ANSWER_DAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildRecord(referral, config, result.answers, 'RJ-7KQM-4XPD', new Date('2026-11-22T10:00:00Z'));
};

const hostile = '<script>alert("x")</script> & <b>bold</b>';

describe('the team email, with answers turned on', () => {
  const email = formatTeamEmail(
    referral,
    withAnswersInEmail(serviceConfig),
    recordWith({ ...VALID_ANSWERS.referral, whatHappened: hostile }),
  );

  it('goes to the configured team with the reference in the subject', () => {
    expect(email.to).toEqual(['rj-team@northfield.example.org']);
    expect(email.subject).toBe('New restorative justice referral RJ-7KQM-4XPD');
  });

  it('escapes every answer in HTML, so a script arrives as text', () => {
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>bold</b>');
    expect(email.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
    expect(email.text).toContain(hostile);
  });

  it('labels answers from the definition and shows option labels, not stored values', () => {
    expect(email.text).toContain('How old is the person?\n25 to 64');
    expect(email.html).toContain('Email<br>Text message');
    expect(email.text).not.toContain('Your organisation'); // A follow-up that did not apply.
  });

  it('puts what is urgent first in the subject, and markers only in the body', () => {
    const urgent = formatTeamEmail(
      referral,
      serviceConfig,
      recordWith({ ...VALID_ANSWERS.referral, ageBand: 'under-18', ongoingCase: 'yes', stillAtRisk: 'yes' }),
    );
    expect(urgent.subject).toBe('[URGENT: May be at risk] New restorative justice referral RJ-7KQM-4XPD');
    expect(urgent.text).toContain('Urgent, act today: May be at risk');
    expect(urgent.text).toContain('Markers: Under 18, Live investigation or court case');
    expect(urgent.to).toEqual(['youth-justice@northfield.example.org']);
  });

  it('leaves the answers out when the configuration says so', () => {
    const config = {
      ...serviceConfig,
      forms: {
        ...serviceConfig.forms,
        referral: { ...(serviceConfig.forms.referral as FormSettings), includeAnswersInEmail: false },
      },
    };
    const withheld = formatTeamEmail(referral, config, recordWith(VALID_ANSWERS.referral ?? {}, config));
    expect(withheld.text).not.toContain('Someone broke into my shed');
    expect(withheld.html).not.toContain('Someone broke into my shed');
    expect(withheld.text).toContain('http://localhost:3000/staff/submissions/RJ-7KQM-4XPD');
  });
});

describe('the team email never lets an answer pass for the service', () => {
  it('says, before the answers, that a member of the public wrote them', () => {
    const email = formatTeamEmail(
      referral,
      withAnswersInEmail(serviceConfig),
      recordWith({ ...VALID_ANSWERS.referral }),
    );
    const marker = 'The answers below were written by a member of the public, not by this service.';
    expect(email.text.indexOf(marker)).toBeGreaterThan(-1);
    expect(email.text.indexOf(marker)).toBeLessThan(email.text.indexOf('What happened'));
    expect(email.html).toContain(marker);
  });

  it('says the safe ways were chosen by the referrer when someone asked on the person’s behalf', () => {
    for (const config of [serviceConfig, withAnswersInEmail(serviceConfig)]) {
      const email = formatTeamEmail(
        referral,
        config,
        recordWith({ ...VALID_ANSWERS.referral, ...ON_BEHALF_REFERRER }),
      );
      expect(email.text).toContain(
        'These ways were chosen by the person who made the referral, not by the person',
      );
      expect(email.html).toContain('These ways were chosen by the person who made the referral');
    }
    const own = formatTeamEmail(referral, serviceConfig, recordWith({ ...VALID_ANSWERS.referral }));
    expect(own.text).not.toContain('chosen by');
  });
});

describe('the team email by default: a notification that links to the workspace', () => {
  const answers = { ...VALID_ANSWERS.referral, ageBand: 'under-18' };
  const email = formatTeamEmail(referral, serviceConfig, recordWith(answers));
  const everything = `${email.subject}\n${email.text}\n${email.html}`;

  it('holds the reference, form, team, markers and a link to the submission; under 18 is not urgent', () => {
    expect(email.to).toEqual(['youth-justice@northfield.example.org']);
    expect(email.text).toContain('Reference: RJ-7KQM-4XPD');
    expect(email.text).toContain(`Form: ${referral.title}`);
    expect(email.text).toContain('Youth Justice Service');
    expect(email.text).toContain('Markers: Under 18');
    expect(email.subject).not.toContain('URGENT');
    expect(email.text).toContain('http://localhost:3000/staff/submissions/RJ-7KQM-4XPD');
    expect(email.html).toContain('<a href="http://localhost:3000/staff/submissions/RJ-7KQM-4XPD">');
  });

  it('says when it was received in words, in UK time (issue 20), never as a stored timestamp', () => {
    expect(email.text).toContain('Received: 22 Nov 2026, 10:00 (UK time)');
    expect(everything).not.toContain('2026-11-22T10:00');
    const summer = formatTeamEmail(referral, serviceConfig, {
      ...recordWith(answers),
      createdAt: '2026-06-01T23:30:00.000Z',
    });
    expect(summer.text).toContain('Received: 2 Jun 2026, 00:30 (UK time)');
  });

  it('holds none of the answers and no names', () => {
    for (const [id, value] of Object.entries(answers)) {
      if (typeof value !== 'string' || value.length < 4 || ['under-18', 'yes', 'self'].includes(value))
        continue;
      expect(everything, id).not.toContain(value);
    }
    expect(everything).not.toContain('Sam');
  });
});

describe('the confirmation email', () => {
  const record = recordWith({ ...VALID_ANSWERS.referral, whatHappened: hostile });
  const email = formatConfirmation(referral, serviceConfig, record, 'sam@example.com');

  it('gives the reference and what happens next, and never the answers', () => {
    expect(email.to).toEqual(['sam@example.com']);
    expect(email.text).toContain('We have received your message.\n\nYour reference is RJ-7KQM-4XPD.');
    expect(email.text).toContain('What happens next:\n\nWe will read your message.');
    for (const part of [email.text, email.html]) {
      expect(part).not.toContain('alert');
      expect(part).not.toContain('M1 2AB');
    }
  });

  it('has a subject and sender name that say only “your reference”: no service or topic words', () => {
    expect(email.subject).toBe('Your reference RJ-7KQM-4XPD');
    expect(email.fromName).toBe('Reference number');
    const words = [
      ...serviceConfig.serviceName.split(/\s+/),
      serviceConfig.organisation,
      'crime',
      'justice',
      'restorative',
      'referral',
      'harm',
      'neighbour',
      'nuisance',
      'feedback',
      'received',
    ];
    for (const word of words) {
      expect(email.subject.toLowerCase()).not.toContain(word.toLowerCase());
      expect(email.fromName?.toLowerCase()).not.toContain(word.toLowerCase());
    }
  });

  it('says what to do if you did not ask for it, in the text and the HTML', () => {
    expect(email.text).toContain('If you did not ask for this email:');
    expect(email.text).toMatch(/someone has typed in your email address.*You do not need to reply/s);
    expect(email.html).toContain('<h2>If you did not ask for this email</h2>');
    expect(email.text).toContain(serviceConfig.contact.phone);
  });
});

describe('the confirmation email for every form, in every language', () => {
  /** Words that would tell someone reading the inbox what was sent: English and the Welsh catalogue's. */
  const TOPIC_WORDS = [
    ...['restorative', 'justice', 'neighbour', 'nuisance', 'crime', 'feedback', 'harm', 'police', 'asb'],
    ...['referral', 'report', 'meeting', 'danger', 'facilitator'],
    // Welsh, stems so that mutations count: (g)(ch)yfiawnder, (ch|g|ngh)ymydog, atgyfeiriad.
    ...['adfer', 'yfiawnder', 'ymydog', 'niwsans', 'adborth', 'trosedd', 'niwed', 'heddlu'],
    ...['atgyfeiri', 'gwrthgymdeithasol', 'yfarfod', 'perygl', 'hwylusydd'],
  ];
  const welshConfig = localiseConfig(serviceConfig, 'cy');
  /** Every form's title and noun, and every team's name, in both languages. */
  const names = [
    ...FORMS.flatMap((form) => {
      const welsh = localiseForm(form, 'cy');
      return [form.title, form.noun, welsh.title, welsh.noun];
    }),
    ...[serviceConfig, welshConfig].flatMap((c) => [
      c.serviceName,
      ...Object.values(c.teams).map((t) => t.name),
    ]),
  ];

  it('checks the Welsh names too', () => {
    expect(names).toEqual(expect.arrayContaining(['Gofyn am gyfiawnder adferol', 'adborth']));
  });

  it.each(
    FORMS.flatMap((form) => (['en', 'cy'] as const).map((language) => [form.id, language, form] as const)),
  )('%s in %s names neither the form nor its topic', (_id, language, form) => {
    const answers = VALID_ANSWERS[form.id] ?? {};
    const result = validateAnswers(form, answers, ANSWER_DAY);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const record = buildRecord(
      form,
      serviceConfig,
      result.answers,
      'NB-7KQM-4XPD',
      new Date('2026-11-22T10:00:00Z'),
    );
    const email = formatConfirmation(form, serviceConfig, { ...record, language }, 'sam@example.com');
    for (const [part, content] of Object.entries({
      subject: email.subject,
      text: email.text,
      html: email.html,
    })) {
      const lower = content.toLowerCase();
      expect(lower, part).toContain('7kqm');
      for (const word of [...TOPIC_WORDS, ...names])
        expect(lower, `${part}: ${word}`).not.toContain(word.toLowerCase());
    }
  });
});

describe('who gets a confirmation', () => {
  const to = (answers: Record<string, unknown>) =>
    referral.contact?.confirmationEmail(recordWith(answers).answers);

  it('is the person, only when they marked email as safe', () => {
    expect(to(VALID_ANSWERS.referral ?? {})).toBe('sam@example.com');
    expect(to({ ...VALID_ANSWERS.referral, safeWays: ['text'] })).toBeUndefined();
  });

  it('is nobody, when someone asked on the person’s behalf: they sent nothing themselves', () => {
    expect(to({ ...VALID_ANSWERS.referral, ...ON_BEHALF_REFERRER })).toBeUndefined();
  });

  it('is the professional at work, for a professional referral', () => {
    expect(
      to({
        ...VALID_ANSWERS.referral,
        referrerType: 'professional',
        referrerName: 'Jo',
        organisation: 'Victim Support',
        workEmail: 'jo@vs.example.org',
        workPhone: '01632 960 002',
        wantsWorkConfirmation: 'yes',
        safeWays: ['letter'],
        postalAddress: '1 High Street',
      }),
    ).toBe('jo@vs.example.org');
  });
});
