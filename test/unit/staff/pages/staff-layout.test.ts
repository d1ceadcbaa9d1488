import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../../functions/config/service-config.ts';
import { STAFF_PATHS } from '../../../../functions/contract/service-contract.ts';
import { html } from '../../../../functions/html/html.ts';
import { frameWords } from '../../../../functions/pages/frame-words.ts';
import {
  messagePage,
  staffDocument,
  staffFrameWords,
} from '../../../../functions/staff/pages/staff-layout.ts';
import { dom, expectOnlyText, expectSoundStructure, frame, HOSTILE } from './page-checks.ts';

describe('the workspace frame (staff-layout.ts)', () => {
  it('lists the links it is given, marks the current one, and signs out with the anti-forgery token', () => {
    const view = frame({ name: HOSTILE });
    const $ = dom(
      staffDocument(
        { ...view, title: 'Inbox', links: [{ href: STAFF_PATHS.inbox, text: 'Inbox', current: true }] },
        html`<h1 class="govuk-heading-l">Inbox</h1>`,
      ),
    );
    expectSoundStructure($);
    expect(
      $('.govuk-service-navigation__list a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual([STAFF_PATHS.inbox]);
    expect($('[aria-current="page"]').text()).toBe('Inbox');
    expect($(`form[action="${STAFF_PATHS.signOut}"] input[name="csrf"]`).attr('value')).toBe('csrf-token');
    expect($('.app-sign-out__name').text()).toBe(HOSTILE);
    expectOnlyText($);
  });

  it('shows no navigation or sign-out to the signed out', () => {
    const $ = dom(messagePage({ config: frame().config, title: 'You have signed out' }, ['Bye.']));
    expectSoundStructure($);
    expect($('.govuk-service-navigation__list')).toHaveLength(0);
    expect($(`form[action="${STAFF_PATHS.signOut}"]`)).toHaveLength(0);
  });

  it('writes a message page’s title and paragraphs as text', () => {
    const $ = dom(messagePage({ ...frame(), title: HOSTILE }, [HOSTILE, 'Second.']));
    expectSoundStructure($);
    expect($('h1').text()).toBe(HOSTILE);
    expect($('main p.govuk-body').first().text()).toBe(HOSTILE);
    expectOnlyText($, HOSTILE, 2);
  });
});

describe('the workspace frame’s words', () => {
  it('are the English catalogue’s, written in the workspace so its function carries no catalogue', () => {
    expect(staffFrameWords(serviceConfig)).toEqual(frameWords(serviceConfig, 'en'));
  });
});
