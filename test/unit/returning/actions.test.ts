import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceConfig } from '../../../functions/config/schema.ts';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { RETURN_PATHS } from '../../../functions/contract/service-contract.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { ClientError } from '../../../functions/http/client-error.ts';
import type { Language } from '../../../functions/i18n/languages.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import { RETURN_ACTIONS } from '../../../functions/returning/action-registry.ts';
import type {
  AdditionChange,
  ReturnActionName,
  ReturnCaseView,
  ReturningStore,
} from '../../../functions/returning/actions.ts';
import { renderActionPage } from '../../../functions/returning/pages/action-page.ts';
import {
  expectEveryFieldLabelled,
  expectHeadingsInOrder,
  harmless,
  hostileText,
  parse,
  shapeOf,
} from '../pages/dom.ts';

const DAY_SECONDS = 86_400;
const NOW = new Date('2026-12-07T10:00:00.000Z');
const nuisance = findForm('nuisance') as FormDefinition;
const referral = findForm('referral') as FormDefinition;

/** The store's port held in memory: a case as the way back in sees it, and what was appended. */
class MemoryStore implements ReturningStore {
  readonly appended: AdditionChange[] = [];
  private view: ReturnCaseView | undefined;
  private readonly appendAnswer: 'saved' | 'gone';
  constructor(view: ReturnCaseView | undefined, appendAnswer: 'saved' | 'gone' = 'saved') {
    this.view = view;
    this.appendAnswer = appendAnswer;
  }
  async caseForReturn(reference: string) {
    return this.view?.reference === reference ? this.view : undefined;
  }
  async appendAddition(_reference: string, change: AdditionChange) {
    if (this.appendAnswer === 'gone' || !this.view) return 'gone' as const;
    this.appended.push(change);
    this.view = {
      ...this.view,
      additions: [...this.view.additions, { kind: change.addition.kind, at: change.addition.at }],
      expiresAt: change.expiresAt,
      ...(change.caseReviewNoticeAt ? { caseReviewNoticeAt: change.caseReviewNoticeAt } : {}),
      ...(change.withdrawnAt ? { withdrawnAt: change.withdrawnAt } : {}),
    };
    return 'saved' as const;
  }
}

const caseOf = (
  form: FormDefinition,
  createdAt: string,
  extra: Partial<ReturnCaseView> = {},
): ReturnCaseView => ({
  reference: `${form.referencePrefix}-7KQM-4XPD`,
  formId: form.id,
  createdAt,
  team: 'asb',
  closed: false,
  additions: [],
  expiresAt: Math.floor(Date.parse(createdAt) / 1000) + 30 * DAY_SECONDS,
  ...extra,
});

const act = (
  name: ReturnActionName,
  form: FormDefinition,
  store: ReturningStore,
  options: {
    method?: 'GET' | 'POST';
    fields?: Record<string, string | string[]>;
    language?: Language;
    config?: ServiceConfig;
  } = {},
) => {
  const action = RETURN_ACTIONS[name];
  if (!action) throw new Error(`no ${name} action`);
  const language = options.language ?? 'en';
  return action(
    {
      session: { reference: `${form.referencePrefix}-7KQM-4XPD`, formId: form.id, language },
      form: localiseForm(form, language),
      config: options.config ?? serviceConfig,
      method: options.method ?? 'POST',
      fields: options.fields ?? {},
      now: NOW,
    },
    store,
  );
};

const INCIDENT = {
  'happenedOn-day': '5',
  'happenedOn-month': '12',
  'happenedOn-year': '2026',
  happenedAt: 'about 11pm',
  behaviours: ['noise', 'threats'],
  description: 'Banging on my door and shouting that they would get me.',
  impact: 'I could not sleep and I am scared to go out.',
};

describe('adding an incident to a nuisance report', () => {
  it('draws the page like a form page: its questions, Exit this page, posting to /return/add, never stored by the browser', async () => {
    const result = await act('add', nuisance, new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z')), {
      method: 'GET',
    });
    expect(result.statusCode).toBe(200);
    expect(result.headers['cache-control']).toBe('no-store');
    const $ = parse(result.body ?? '');
    expect($('h1').text()).toBe('Tell us about something that has happened since');
    expect($('form').attr('action')).toBe('/return/add');
    expect($('form').attr('method')).toBe('post');
    expect($('.govuk-exit-this-page')).toHaveLength(1);
    expect($('#happenedOn, [name="happenedOn-month"], #behaviours, #description, #impact')).toHaveLength(5);
    expectHeadingsInOrder($);
    expectEveryFieldLabelled($);
  });

  it('leaves through the return exit from every page it draws, so Exit this page ends the session, and offers signing out', async () => {
    for (const language of ['en', 'cy'] as const) {
      const store = new MemoryStore(caseOf(nuisance, '2026-10-01T10:00:00Z'));
      const pages = [
        await act('add', nuisance, store, { method: 'GET', language }),
        await act('add', nuisance, store, { language }),
        await act('add', nuisance, store, { language, fields: INCIDENT }),
        await act('add', nuisance, new MemoryStore(undefined), { language, fields: INCIDENT }),
      ];
      for (const result of pages)
        expect(parse(result.body ?? '')('.govuk-exit-this-page a').attr('href')).toBe(
          RETURN_PATHS.exit(language),
        );
      // Every signed-in page offers signing out, as the status page does.
      for (const result of pages.slice(0, 3))
        expect(parse(result.body ?? '')(`a[href="${RETURN_PATHS.signOut(language)}"]`)).toHaveLength(1);
    }
  });

  it('has the site’s script keep its follow-ups in step with the choices (what else happened)', async () => {
    const result = await act('add', nuisance, new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z')), {
      method: 'GET',
    });
    const $ = parse(result.body ?? '');
    expect($('form[data-reveals]')).toHaveLength(1);
    expect($('form[data-reveals] [data-show-if] #behaviourOther')).toHaveLength(1);
  });

  it('keeps what was typed and says what is missing, adding nothing', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z'));
    const result = await act('add', nuisance, store, {
      fields: { description: 'Loud music <until> 3am', behaviours: ['other'] },
    });
    expect(result.statusCode).toBe(422);
    const $ = parse(result.body ?? '');
    expect($('title').text()).toMatch(/^Error: /);
    expect(
      $('.govuk-error-summary a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(['#happenedOn', '#behaviourOther', '#impact']);
    expect($('#description').text()).toBe('Loud music <until> 3am');
    expect($('input[name="behaviours"][value="other"]').attr('checked')).toBeDefined();
    expect(store.appended).toEqual([]);
  });

  it('refuses a day in the future, as the form does', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z'));
    const result = await act('add', nuisance, store, { fields: { ...INCIDENT, 'happenedOn-day': '8' } });
    expect(result.statusCode).toBe(422);
    expect(parse(result.body ?? '')('.govuk-error-summary a').attr('href')).toBe('#happenedOn');
  });

  it('appends the incident with the form’s urgent markers, in the page’s language, kept a retention period from now', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-01-01T10:00:00Z'));
    const result = await act('add', nuisance, store, { fields: INCIDENT });
    expect(result.statusCode).toBe(200);
    const [change] = store.appended;
    expect(change?.addition).toMatchObject({
      kind: 'incident',
      at: NOW.toISOString(),
      urgent: ['Threats or intimidation'],
      language: 'en',
      answers: {
        happenedOn: '2026-12-05',
        happenedAt: 'about 11pm',
        behaviours: ['noise', 'threats'],
        description: INCIDENT.description,
        impact: INCIDENT.impact,
      },
    });
    const retentionDays = serviceConfig.forms.nuisance?.retentionDays ?? 0;
    expect(change?.expiresAt).toBe(NOW.getTime() / 1000 + retentionDays * DAY_SECONDS);
    const $ = parse(result.body ?? '');
    expect($('h1').text()).toBe('Your update has been sent');
    expect($('a[href="/return/"]')).toHaveLength(1);
    // The original report was made more than six months ago: this is the first report within six.
    expect($('[data-case-review-notice]')).toHaveLength(0);
    expect(change?.caseReviewNoticeAt).toBeUndefined();
  });

  it('gives the Case Review notice on the second report within six months, and records it once', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-10-01T10:00:00Z'));
    const first = parse((await act('add', nuisance, store, { fields: INCIDENT })).body ?? '');
    expect(first('[data-case-review-notice]').text()).toContain('anti-social behaviour case review');
    expect(first('[data-case-review-notice] a').attr('href')).toBe('/case-review/');
    expect(store.appended[0]?.caseReviewNoticeAt).toBe(NOW.toISOString());
    expectHeadingsInOrder(first);

    const second = parse((await act('add', nuisance, store, { fields: INCIDENT })).body ?? '');
    expect(second('[data-case-review-notice]')).toHaveLength(0);
    expect(store.appended[1]?.caseReviewNoticeAt).toBeUndefined();
  });

  it('gives the notice in the deployer’s words and with their link when the configuration has them', async () => {
    const config: ServiceConfig = {
      ...serviceConfig,
      caseReviewNotice: {
        link: 'https://www.example.gov.uk/asb-case-review',
        words: {
          en: { heading: 'Ask for a case review', text: 'Our words.', linkText: 'How to ask' },
          cy: { heading: 'Gofyn am adolygiad', text: 'Ein geiriau.', linkText: 'Sut i ofyn' },
        },
      },
    };
    const store = new MemoryStore(caseOf(nuisance, '2026-10-01T10:00:00Z'));
    const $ = parse(
      (await act('add', nuisance, store, { fields: INCIDENT, config, language: 'cy' })).body ?? '',
    );
    expect($('[data-case-review-notice] h2').text()).toBe('Gofyn am adolygiad');
    expect($('[data-case-review-notice] a').attr('href')).toBe('https://www.example.gov.uk/asb-case-review');
    expect($('[data-case-review-notice] a').text()).toBe('Sut i ofyn');
  });

  it('never shortens how long the case is kept', async () => {
    const longKept = Math.floor(NOW.getTime() / 1000) + 5000 * DAY_SECONDS;
    const store = new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z', { expiresAt: longKept }));
    await act('add', nuisance, store, { fields: INCIDENT });
    expect(store.appended[0]?.expiresAt).toBe(longKept);
  });

  it('in Welsh: the page, its address and its problems', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z'));
    const page = parse((await act('add', nuisance, store, { method: 'GET', language: 'cy' })).body ?? '');
    expect(page('html').attr('lang')).toBe('cy');
    expect(page('h1').text()).toBe('Dweud wrthym am rywbeth sydd wedi digwydd ers hynny');
    expect(page('form').attr('action')).toBe('/cy/return/add');
    const invalid = parse((await act('add', nuisance, store, { language: 'cy' })).body ?? '');
    expect(invalid('.govuk-error-summary__title').text().trim()).toBe('Mae problem');
    expect(invalid('.govuk-error-summary a').first().text()).toContain('y dyddiad y digwyddodd');
    const sent = await act('add', nuisance, store, { language: 'cy', fields: INCIDENT });
    expect(parse(sent.body ?? '')('h1').text()).toBe('Mae eich diweddariad wedi’i anfon');
    expect(store.appended[0]?.addition.language).toBe('cy');
  });
});

describe('the same page sent twice', () => {
  it('carries a token made when the page is drawn, kept when drawn again with problems, that becomes the addition’s id', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z'));
    const drawn = parse((await act('add', nuisance, store, { method: 'GET' })).body ?? '');
    const token = drawn('input[type="hidden"][name="additionToken"]').attr('value') ?? '';
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const again = parse((await act('add', nuisance, store, { fields: { additionToken: token } })).body ?? '');
    expect(again('input[name="additionToken"]').attr('value')).toBe(token);
    await act('add', nuisance, store, { fields: { ...INCIDENT, additionToken: token } });
    expect(store.appended[0]?.addition.id).toBe(token);
  });

  it('makes a new id when the token is missing or not one it could have made', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z'));
    await act('add', nuisance, store, { fields: { ...INCIDENT, additionToken: 'x' } });
    await act('add', nuisance, store, { fields: INCIDENT });
    const [first, second] = store.appended.map((c) => c.addition.id);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(first).not.toBe(second);
  });
});

describe('an update to a referral', () => {
  it('appends an update, urgent when someone is at risk now', async () => {
    const store = new MemoryStore(caseOf(referral, '2026-11-01T10:00:00Z'));
    const result = await act('add', referral, store, {
      fields: { update: 'He has started messaging me again.', stillAtRisk: 'yes' },
    });
    expect(result.statusCode).toBe(200);
    expect(store.appended[0]?.addition).toMatchObject({ kind: 'update', urgent: ['May be at risk'] });
    // Only nuisance reports count second reports.
    expect(store.appended[0]?.caseReviewNoticeAt).toBeUndefined();
  });
});

describe('changing how to contact them safely', () => {
  it('asks the form’s own safe-contact questions, showing nothing given before', async () => {
    const store = new MemoryStore(caseOf(referral, '2026-11-01T10:00:00Z'));
    const $ = parse((await act('contact', referral, store, { method: 'GET' })).body ?? '');
    expect($('h1').text()).toBe('Change how we contact you safely');
    expect($('form').attr('action')).toBe('/return/contact');
    const names = new Set(
      $('form [name]')
        .toArray()
        .map((el) => el.attribs.name),
    );
    expect([...names]).toEqual(
      expect.arrayContaining([
        'safeWays',
        'phone',
        'email',
        'postalAddress',
        'contactTimes',
        'contactLanguage',
      ]),
    );
    expect(names.has('name')).toBe(false);
    expect($('input[type="tel"]').attr('value') ?? '').toBe('');
    expectEveryFieldLabelled($);
  });

  it('holds the new answers to the same rules as the form, and keeps none to a question not asked', async () => {
    const store = new MemoryStore(caseOf(referral, '2026-11-01T10:00:00Z'));
    const missing = await act('contact', referral, store, { fields: { safeWays: ['phone'] } });
    expect(missing.statusCode).toBe(422);
    expect(parse(missing.body ?? '')('.govuk-error-summary a').attr('href')).toBe('#phone');

    const saved = await act('contact', referral, store, {
      fields: {
        safeWays: ['text'],
        phone: '07700 900 982',
        email: 'old@example.com',
        contactTimes: 'After 6pm',
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(parse(saved.body ?? '')('h1').text()).toBe('Your new contact details have been sent');
    expect(store.appended[0]?.addition.kind).toBe('contact');
    // Email was not marked safe, so its address is not kept.
    expect(store.appended[0]?.addition.answers).toEqual({
      safeWays: ['text'],
      phone: '07700 900 982',
      contactTimes: 'After 6pm',
    });
  });
});

describe('withdrawing', () => {
  it('records the withdrawal at once, with the optional reason', async () => {
    const store = new MemoryStore(caseOf(referral, '2026-11-01T10:00:00Z'));
    const page = parse((await act('withdraw', referral, store, { method: 'GET' })).body ?? '');
    expect(page('button').text()).toBe('I no longer want to take part');
    const result = await act('withdraw', referral, store, { fields: {} });
    expect(result.statusCode).toBe(200);
    expect(parse(result.body ?? '')('h1').text()).toBe(
      'We have told the team you no longer want to take part',
    );
    expect(store.appended[0]).toMatchObject({
      addition: { kind: 'withdrawal', answers: {} },
      withdrawnAt: NOW.toISOString(),
    });
  });

  it('is not offered on a nuisance report: a 404 with a plain message', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z'));
    const refused = act('withdraw', nuisance, store, { method: 'GET' });
    await expect(refused).rejects.toBeInstanceOf(ClientError);
    await expect(refused).rejects.toMatchObject({ statusCode: 404, key: 'returning.notOffered' });
  });
});

describe('a case erased or expired meanwhile', () => {
  it('says so plainly when the case is no longer there as the page is sent, and writes nothing', async () => {
    const store = new MemoryStore(undefined);
    const result = await act('add', nuisance, store, { fields: INCIDENT });
    expect(result.statusCode).toBe(410);
    expect(parse(result.body ?? '')('h1').text()).toBe('Sorry, this could not be sent');
    expect(store.appended).toEqual([]);
  });

  it('says the same when it went between the read and the write', async () => {
    const store = new MemoryStore(caseOf(nuisance, '2026-11-01T10:00:00Z'), 'gone');
    const result = await act('contact', nuisance, store, {
      fields: { safeWays: ['phone'], phone: '01632 960 001' },
    });
    expect(result.statusCode).toBe(410);
    expect(
      parse(result.body ?? '')('.govuk-body')
        .first()
        .text(),
    ).toContain('Nothing has been saved');
  });
});

const TOKEN = '00000000-0000-4000-8000-000000000000';

describe('hostile answers', () => {
  it('show as text on the page drawn again with what was typed, in both languages (property)', () => {
    const page = {
      name: 'add' as const,
      title: 'Add',
      sections: nuisance.returning?.addition.sections ?? [],
      button: 'Send',
    };
    fc.assert(
      fc.property(
        hostileText,
        hostileText,
        fc.constantFrom<Language>('en', 'cy'),
        (description, when, language) => {
          const draw = (d: string, w: string) =>
            renderActionPage(serviceConfig, language, page, TOKEN, {
              values: { description: d, happenedAt: w },
              errors: [{ field: 'impact', message: 'Enter how it affected you' }],
            });
          expect(shapeOf(draw(description, when), [description, when])).toEqual(
            shapeOf(draw(harmless(description), harmless(when)), [harmless(description), harmless(when)]),
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});
