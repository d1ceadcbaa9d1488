import type { FieldError } from '../../../functions/forms/field-error.ts';

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

/** The text of a question's part (data-part="day" …), trimmed. */
export const partValue = (group: HTMLElement, part: string): string =>
  group.querySelector<HTMLInputElement>(`input[data-part="${part}"]`)?.value.trim() ?? '';

/**
 * One question's answer, read the way its type says (data-collect, written from the question
 * type's module): typed text, one ticked option, several, or a date's parts as "year-month-day".
 */
const collectOne = (form: HTMLFormElement, group: HTMLElement, id: string): Answers[string] | undefined => {
  const fields = fieldsNamed(form, id);
  const picked = () => fields.filter((f) => f instanceof HTMLInputElement && f.checked).map((f) => f.value);
  switch (group.dataset.collect) {
    case 'one':
      return picked()[0];
    case 'many':
      return picked().length > 0 ? picked() : undefined;
    case 'files': {
      // Slice 22-evidence: each finished upload's ticket, in a hidden field the upload script added.
      const tickets = fields
        .filter((f) => f instanceof HTMLInputElement && f.type === 'hidden')
        .map((f) => f.value);
      return tickets.length > 0 ? tickets : undefined;
    }
    case 'parts': {
      const [day, month, year] = ['day', 'month', 'year'].map((part) => partValue(group, part));
      return day || month || year ? `${year}-${month}-${day}` : undefined;
    }
    default:
      return fields[0]?.value.trim() || undefined;
  }
};

/** The raw answers: ticked options as lists, trimmed text, nothing for empty questions. */
export const collectAnswers = (form: HTMLFormElement): Answers => {
  const answers: Answers = {};
  for (const group of questionGroups(form)) {
    const id = group.dataset.question ?? '';
    const answer = collectOne(form, group, id);
    if (answer !== undefined) answers[id] = answer;
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
  unanswered: string,
): FieldError[] =>
  questionGroups(form).flatMap((group) => {
    const id = group.dataset.question ?? '';
    if (!applicable.has(id) || group.dataset.required === undefined) return [];
    const answer = answers[id];
    const options = group.querySelectorAll(`input[name="${CSS.escape(id)}"]`).length;
    const incomplete =
      answer === undefined ||
      (group.dataset.requireAll !== undefined && Array.isArray(answer) && answer.length < options);
    return incomplete ? [{ field: id, message: group.dataset.missing ?? unanswered }] : [];
  });
