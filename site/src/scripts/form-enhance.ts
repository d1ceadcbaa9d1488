import { PATHS } from '../../../functions/contract/paths.ts';
import type { FieldError } from '../../../functions/forms/field-error.ts';
import { META_FIELDS } from '../../../functions/forms/meta-fields.ts';
import {
  type Answers,
  applicableIds,
  collectAnswers,
  conditionHolds,
  missingAnswers,
  questionGroups,
} from './answers.ts';
import { buildCheckAnswers } from './check-answers.ts';
import { clearErrors, showErrors } from './errors.ts';
import { enhanceFileUploads } from './file-upload.ts';
import { pageLanguage, wordsOf } from './words.ts';

/** A random v4 UUID; crypto.randomUUID needs a secure context, getRandomValues does not. */
const newToken = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const hiddenField = (form: HTMLFormElement, name: string): HTMLInputElement | null => {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement ? field : null;
};

/**
 * Shows each follow-up whose condition holds; shared blocks show while any of theirs apply, and
 * a radio's own block shows while it is chosen.
 */
const syncFollowUps = (form: HTMLFormElement) => {
  const answers = collectAnswers(form);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[type="radio"][aria-controls]')) {
    const block = document.getElementById(radio.getAttribute('aria-controls') ?? '');
    block?.classList.toggle('govuk-radios__conditional--hidden', !radio.checked);
  }
  for (const group of questionGroups(form)) {
    if (group.dataset.showIf)
      group.classList.toggle('app-follow-up--hidden', !conditionHolds(group, answers));
  }
  for (const block of form.querySelectorAll<HTMLElement>('[data-follow-ups]')) {
    const kind = block.classList.contains('govuk-radios__conditional') ? 'radios' : 'checkboxes';
    const anyShown = questionGroups(block).some((g) => !g.classList.contains('app-follow-up--hidden'));
    block.classList.toggle(`govuk-${kind}__conditional--hidden`, !anyShown);
  }
};

/** A workspace form with follow-ups (a step's detail): only keeps them in step with the choices. */
export const keepFollowUpsInStep = (form: HTMLFormElement) => {
  syncFollowUps(form);
  form.addEventListener('change', () => syncFollowUps(form));
  window.addEventListener('pageshow', () => syncFollowUps(form));
};

/** The body the handler's JSON route takes: the answers that apply and the fields sent beside them. */
const requestBody = (form: HTMLFormElement, answers: Answers, applicable: Set<string>): string => {
  const body: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers)) if (applicable.has(id)) body[id] = value;
  for (const name of Object.values(META_FIELDS)) body[name] = hiddenField(form, name)?.value ?? '';
  return JSON.stringify(body);
};

const errorsFrom = async (response: Response): Promise<FieldError[] | undefined> => {
  try {
    const json = (await response.json()) as { errors?: FieldError[] };
    return Array.isArray(json.errors) && json.errors.length > 0 ? json.errors : undefined;
  } catch {
    return undefined;
  }
};

/**
 * With JavaScript the form: marks each page load with a submission token and start time, keeps
 * follow-ups in step with the answers, checks required answers, shows "Check your answers",
 * and sends by fetch, showing the handler's problems in place without losing an answer.
 * Without JavaScript none of this runs and the form posts to the same address.
 */
export const enhanceForm = (form: HTMLFormElement) => {
  const formId = form.dataset.form ?? '';
  const formView = form.closest<HTMLElement>('[data-form-view]');
  if (!formView) return;
  const token = hiddenField(form, META_FIELDS.token);
  if (token && !token.value) token.value = newToken();
  // performance.now() is monotonic and starts with the page: unaffected by the device's clock.
  const openFor = hiddenField(form, META_FIELDS.openFor);

  // Follow-up questions first: the page's script hides them until their answer is chosen.
  keepFollowUpsInStep(form);
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const words = wordsOf(form);
  // Without its words the form is not taken over: it posts to the API as it does without script.
  if (!words) return;
  if (submit) submit.textContent = words.continue;
  enhanceFileUploads(form, formId, words);
  const formTitle = document.title.startsWith(words.errorPrefix)
    ? document.title.slice(words.errorPrefix.length)
    : document.title;
  let checkView: HTMLElement | null = null;
  let sending = false;

  const showForm = () => {
    checkView?.remove();
    checkView = null;
    formView.hidden = false;
    document.title = formTitle;
  };

  const focusQuestion = (id: string) => {
    const input = document.getElementById(id);
    const group = input?.closest('[data-question]');
    group?.scrollIntoView();
    input?.focus({ preventScroll: true });
  };

  const fail = (errors: FieldError[]) => {
    showForm();
    showErrors(formView, errors, words);
  };

  // A token stands for one set of answers. Sending the same answers again (a retry after a lost
  // reply) keeps it, so the same reference comes back; changed answers get a new token, so a
  // change made after a failed send is stored rather than answered with the earlier reference.
  let tokenAnswers: string | undefined;
  const tokenFor = (answers: Answers, applicable: Set<string>) => {
    const sent = JSON.stringify(Object.entries(answers).filter(([id]) => applicable.has(id)));
    if (token && tokenAnswers !== undefined && tokenAnswers !== sent) token.value = newToken();
    tokenAnswers = sent;
  };

  const send = async (answers: Answers, applicable: Set<string>, button: HTMLButtonElement) => {
    if (sending) return;
    sending = true;
    tokenFor(answers, applicable);
    button.setAttribute('aria-disabled', 'true');
    button.textContent = words.sending;
    const unavailable = [{ field: '', message: words.unavailable }];
    if (openFor) openFor.value = String(Math.round(performance.now()));
    try {
      const response = await fetch(PATHS.submit(formId, pageLanguage()), {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: requestBody(form, answers, applicable),
      });
      if (response.status === 201) {
        const { reference } = (await response.json()) as { reference: string };
        // Replace, so Back does not bring the filled-in form up again on a shared device.
        window.location.replace(PATHS.confirmation(formId, reference, pageLanguage()));
        return;
      }
      // A firewall or throttle's 429 says the same in the page's language, whatever body it came with.
      if (response.status === 429) return fail([{ field: '', message: words.tooMany }]);
      const errors = response.status < 500 ? await errorsFrom(response) : undefined;
      fail(errors ?? unavailable);
    } catch {
      fail(unavailable);
    } finally {
      sending = false;
      button.removeAttribute('aria-disabled');
      button.textContent = words.send;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = collectAnswers(form);
    const applicable = applicableIds(form, answers);
    const missing = missingAnswers(form, answers, applicable, words.unanswered);
    if (missing.length > 0) {
      showErrors(formView, missing, words);
      return;
    }
    clearErrors(formView, words);
    const built = buildCheckAnswers(
      form,
      answers,
      applicable,
      formView.querySelector('.govuk-warning-text'),
      words,
    );
    checkView = built.view;
    formView.hidden = true;
    formView.after(checkView);
    document.title = `${words.checkPageTitle} – ${formTitle}`;
    built.heading.focus();
    built.view.addEventListener('click', (e) => {
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-change]') : null;
      if (!link) return;
      e.preventDefault();
      showForm();
      focusQuestion(link.dataset.change ?? '');
    });
    built.send.addEventListener('click', () => void send(answers, applicable, built.send));
  });
};
