import { type Answers, partValue, questionGroups } from './answers.ts';
import { pageLanguage, type ScriptWords } from './words.ts';

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
};

const questionText = (group: HTMLElement): string =>
  group.querySelector(':scope > label, :scope > fieldset > legend')?.textContent?.trim() ?? '';

const optionText = (group: HTMLElement, value: string): string => {
  const input = [...group.querySelectorAll<HTMLInputElement>('input')].find(
    (i) => i.name === group.dataset.question && i.value === value,
  );
  return (input && group.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent?.trim()) ?? value;
};

/** A date as people write it, "7 March 2026", with the month as the person typed it if it is a word. */
const dateText = (group: HTMLElement): string => {
  const [day, month, year] = ['day', 'month', 'year'].map((part) => partValue(group, part));
  const monthNumber = Number(month);
  const monthName =
    Number.isInteger(monthNumber) && monthNumber >= 1 && monthNumber <= 12
      ? new Date(Date.UTC(2000, monthNumber - 1, 1)).toLocaleString(
          pageLanguage() === 'cy' ? 'cy-GB' : 'en-GB',
          {
            month: 'long',
            timeZone: 'UTC',
          },
        )
      : month;
  return [day, monthName, year].filter(Boolean).join(' ');
};

const answerNode = (group: HTMLElement, answer: Answers[string] | undefined, words: ScriptWords): Node => {
  if (answer === undefined) return document.createTextNode(words.notAnswered);
  if (group.dataset.display === 'files')
    return document.createTextNode(words.filesAttached.replace('{count}', String(answer.length)));
  if (Array.isArray(answer)) {
    if (answer.length === 1) return document.createTextNode(optionText(group, answer[0] ?? ''));
    return el(
      'ul',
      { className: 'govuk-list' },
      ...answer.map((v) => el('li', { text: optionText(group, v) })),
    );
  }
  if (group.dataset.display === 'label') return document.createTextNode(optionText(group, answer));
  if (group.dataset.display === 'date') return document.createTextNode(dateText(group));
  return el('span', { className: 'app-pre-line', text: answer });
};

const row = (group: HTMLElement, answers: Answers, words: ScriptWords): HTMLElement => {
  const id = group.dataset.question ?? '';
  const question = questionText(group);
  const change = el(
    'a',
    { className: 'govuk-link', text: words.change },
    el('span', {
      className: 'govuk-visually-hidden',
      text: ` ${question.toLowerCase()}`,
    }),
  );
  change.href = `#${id}`;
  change.dataset.change = id;
  return el(
    'div',
    { className: 'govuk-summary-list__row' },
    el('dt', { className: 'govuk-summary-list__key', text: question }),
    el('dd', { className: 'govuk-summary-list__value' }, answerNode(group, answers[id], words)),
    el('dd', { className: 'govuk-summary-list__actions' }, change),
  );
};

/**
 * "Check your answers": every question that applies, section by section, with a Change link
 * back to it, then the button that sends. Built from the page, which the definition drew.
 */
export const buildCheckAnswers = (
  form: HTMLFormElement,
  answers: Answers,
  applicable: Set<string>,
  warning: Element | null,
  words: ScriptWords,
): { view: HTMLElement; heading: HTMLElement; send: HTMLButtonElement } => {
  const heading = el('h1', {
    className: 'govuk-heading-l app-check-answers__heading',
    text: words.checkTitle,
  });
  heading.tabIndex = -1;
  const view = el('div', { className: 'govuk-grid-column-two-thirds' }, heading);
  view.dataset.checkView = '';
  for (const section of form.querySelectorAll<HTMLElement>('[data-section]')) {
    const groups = questionGroups(section).filter((g) => applicable.has(g.dataset.question ?? ''));
    if (groups.length === 0) continue;
    view.append(
      el('h2', { className: 'govuk-heading-m', text: section.querySelector('h2')?.textContent ?? '' }),
      el(
        'dl',
        { className: 'govuk-summary-list govuk-!-margin-bottom-9' },
        ...groups.map((g) => row(g, answers, words)),
      ),
    );
  }
  const send = el('button', { className: 'govuk-button', text: words.send });
  send.type = 'button';
  view.append(
    el('h2', {
      className: 'govuk-heading-m',
      text: words.nowSend.replace('{noun}', form.dataset.noun ?? ''),
    }),
    el('p', {
      className: 'govuk-body',
      text: words.explain,
    }),
    ...(warning ? [warning.cloneNode(true)] : []),
    send,
  );
  return { view, heading, send };
};
