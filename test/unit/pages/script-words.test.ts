import { expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { renderFormPage } from '../../../functions/pages/form-page.ts';
import { scriptWords } from '../../../functions/pages/script-words.ts';
import { parse } from './dom.ts';

it('gives the browser script every word it shows, in the form’s language', () => {
  const english = JSON.parse(scriptWords('en', serviceConfig));
  const welsh = JSON.parse(scriptWords('cy', serviceConfig));
  expect(Object.keys(welsh)).toEqual(Object.keys(english));
  for (const [name, words] of Object.entries(welsh)) {
    expect(words, name).toBeTruthy();
    expect(words, name).not.toBe(english[name]);
  }
});

it('survives the trip through the form’s data-words attribute, quotes and all', () => {
  const page = renderFormPage(findForm('referral') as FormDefinition, serviceConfig);
  expect(parse(page)('form').attr('data-words')).toBe(scriptWords('en', serviceConfig));
});
