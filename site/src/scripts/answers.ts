import type { PageError } from '../../../functions/pages/error-summary.ts';

/**
 * Reads the form the way the handler will: one answer per question, found through the data
 * attributes the shared renderer writes from the form definition.
 */
export type Answers = Record<string, string | string[]>;

export const questionGroups = (root: ParentNode): HTMLElement[] => [
  ...root.querySelectorAll<HTMLElement>('[data-question]'),
];

const fieldsNamed = (form: HTMLFormElement, name: string) =>
  [...form.elements].filter(
    (el): el is HTMLInputElement | HTMLTextAreaElement =>
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.name === name,
  );

/** The raw answers: ticked options as lists, trimmed text, nothing for empty questions. */
export const collectAnswers = (form: HTMLFormElement): Answers => {
  const answers: Answers = {};
  for (const group of questionGroups(form)) {
    const id = group.dataset.question ?? '';
    const fields = fieldsNamed(form, id);
    if (group.dataset.type === 'checkboxes' || group.dataset.type === 'radios') {
      const picked = fields.filter((f) => f instanceof HTMLInputElement && f.checked).map((f) => f.value);
      if (picked.length > 0) answers[id] = group.dataset.type === 'radios' ? (picked[0] ?? '') : picked;
    } else {
      const text = fields[0]?.value.trim() ?? '';
      if (text !== '') answers[id] = text;
    }
  }
  return answers;
};

/** Whether a follow-up's own condition holds (its parent's answer is one of the listed values). */
export const conditionHolds = (group: HTMLElement, answers: Answers): boolean => {
  const parent = group.dataset.showIf;
  if (!parent) return true;
  const wanted = (group.dataset.showIfValues ?? '').split(' ');
  const given = answers[parent];
  const list = Array.isArray(given) ? given : given === undefined ? [] : [given];
  return list.some((v) => wanted.includes(v));
};

/** Ids of the questions that apply: a follow-up applies when its condition holds and its parent applies. */
export const applicableIds = (form: HTMLFormElement, answers: Answers): Set<string> => {
  const applicable = new Set<string>();
  for (const group of questionGroups(form)) {
    const parent = group.dataset.showIf;
    if (!parent || (applicable.has(parent) && conditionHolds(group, answers))) {
      applicable.add(group.dataset.question ?? '');
    }
  }
  return applicable;
};

/**
 * Required answers that are missing, with the handler's own messages (written into the page from
 * the definition). Everything else (formats, lengths) is checked by the handler when sending.
 */
export const missingAnswers = (
  form: HTMLFormElement,
  answers: Answers,
  applicable: Set<string>,
): PageError[] =>
  questionGroups(form).flatMap((group) => {
    const id = group.dataset.question ?? '';
    if (!applicable.has(id) || group.dataset.required === undefined) return [];
    const answer = answers[id];
    const options = group.querySelectorAll(`input[name="${CSS.escape(id)}"]`).length;
    const incomplete =
      answer === undefined ||
      (group.dataset.requireAll !== undefined && Array.isArray(answer) && answer.length < options);
    return incomplete ? [{ field: id, message: group.dataset.missing ?? 'Answer this question' }] : [];
  });
