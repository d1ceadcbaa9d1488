import { Button, CharacterCount, Checkboxes, createAll, ErrorSummary, SkipLink } from 'govuk-frontend';
import { ExitWithoutTrace } from './exit-without-trace.ts';
import { enhanceForm, keepFollowUpsInStep } from './form-enhance.ts';

// Only the components the site uses are imported, so the bundle stays small. Radios' conditional
// reveals are done by form-enhance.ts, without GOV.UK's aria-expanded on radios (invalid ARIA).
// js-enabled.js normally sets these classes first; a browser running this module supports them.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');

for (const component of [SkipLink, Button, Checkboxes, CharacterCount, ErrorSummary, ExitWithoutTrace]) {
  createAll(component);
}

const form = document.querySelector<HTMLFormElement>('form[data-form]');
if (form) enhanceForm(form);
for (const reveals of document.querySelectorAll<HTMLFormElement>('form[data-reveals]'))
  keepFollowUpsInStep(reveals);
