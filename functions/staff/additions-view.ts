import type { FormDefinition } from '../forms/types.ts';
import { contactLanguageName } from '../i18n/contact-language.ts';
import { type AdditionRowView, additionRows } from '../returning/addition-answers.ts';
import type { AdditionKind } from '../returning/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { momentText } from '../time/times.ts';

export type { AdditionRowView };

/** One thing the person added after sending, in words, for the case page. */
export interface AdditionView {
  id: string;
  kind: AdditionKind;
  /** "Incident added by the person". */
  what: string;
  when: string;
  urgent: readonly string[];
  /** Set when it was written in a language other than English ("Welsh (Cymraeg)"). */
  language?: string;
  rows: AdditionRowView[];
}

/** What each kind is called on the case page. */
export const ADDITION_WHAT: Record<AdditionKind, string> = {
  incident: 'Incident added by the person',
  update: 'Update from the person',
  contact: 'The person changed how to contact them safely',
  withdrawal: 'The person withdrew: they no longer want to take part',
  evidence: 'Evidence sent by the person',
};

/** The additions in the order they were made: the case page's "Added since" section. */
export const additionViews = (form: FormDefinition, record: SubmissionRecord): AdditionView[] =>
  (record.additions ?? []).map((a) => ({
    id: a.id,
    kind: a.kind,
    what: ADDITION_WHAT[a.kind],
    when: momentText(a.at),
    urgent: a.urgent,
    ...(a.language !== 'en' ? { language: contactLanguageName(a.language) } : {}),
    rows: additionRows(form, record, a),
  }));
