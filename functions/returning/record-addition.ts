/**
 * The one use case behind every action a person signed back in can take (issue 21): it reads their
 * case (no answers), works out what the addition changes (retention, withdrawal, the Case Review
 * notice) and appends it in one write. The actions only render, validate and answer.
 */
import { randomUUID } from 'node:crypto';
import type { ServiceConfig } from '../config/schema.ts';
import type { Answers, FormDefinition } from '../forms/types.ts';
import { findTokensOf } from '../search/tokens.ts';
import type { AdditionChange, ReturnCaseView, ReturningStore } from './actions.ts';
import { caseReviewNoticeDue } from './second-report.ts';
import type { AdditionKind, ReturnSession } from './types.ts';

const DAY_SECONDS = 86_400;

export interface NewAddition {
  /** The addition's id: the page's token, so the same page sent twice is kept once (a new one without). */
  id?: string;
  session: ReturnSession;
  form: FormDefinition;
  config: ServiceConfig;
  now: Date;
  kind: AdditionKind;
  answers: Answers;
  /** The urgent labels the answers call for (the page's markers). */
  urgent: string[];
  /** The service's hash key, for search tokens of the details a contact change brings. */
  hashKey?: Buffer | undefined;
}

export type AdditionOutcome =
  | { kind: 'saved'; addition: AdditionChange['addition']; caseReviewNotice: boolean }
  | { kind: 'gone' };

/**
 * Retention counts from the last addition, for the form's retention period (its limit): a case a
 * person keeps adding to is kept that long after the latest, never less than it was already.
 */
export const retainedUntil = (view: Pick<ReturnCaseView, 'expiresAt'>, retentionDays: number, now: Date) =>
  Math.max(view.expiresAt, Math.floor(now.getTime() / 1000) + retentionDays * DAY_SECONDS);

/**
 * A contact change's findable details (a new phone number or email) as search tokens, made as at
 * submit, so staff search by the new details finds the case. The old details' tokens stay: they are
 * what staff have on file from before, and still a way to find this person's case.
 */
const findOf = (view: ReturnCaseView, input: Omit<NewAddition, 'session'>): AdditionChange['find'] => {
  if (input.kind !== 'contact' || !input.hashKey) return undefined;
  const tokens = findTokensOf(input.form, view.team, input.answers, input.hashKey);
  return tokens.length > 0 ? { team: view.team, createdAt: view.createdAt, tokens } : undefined;
};

/** What one addition changes on its case, from the case as it stands (pure). */
export const additionChange = (
  view: ReturnCaseView,
  input: Omit<NewAddition, 'session'> & { language: NewAddition['session']['language']; id: string },
): AdditionChange => {
  const at = input.now.toISOString();
  const settings = input.config.forms[input.form.id];
  if (!settings) throw new Error(`No configuration for form ${input.form.id}`);
  const find = findOf(view, input);
  const notice =
    input.kind === 'incident' &&
    input.form.returning?.caseReviewNotice === true &&
    caseReviewNoticeDue(view, input.now);
  return {
    addition: {
      id: input.id,
      kind: input.kind,
      at,
      answers: input.answers,
      urgent: input.urgent,
      language: input.language,
    },
    expiresAt: retainedUntil(view, settings.retentionDays, input.now),
    ...(input.kind === 'withdrawal' ? { withdrawnAt: at } : {}),
    ...(notice ? { caseReviewNoticeAt: at } : {}),
    ...(find ? { find } : {}),
  };
};

/** Appends the addition to the session's case; 'gone' when it was erased or expired meanwhile. */
export const recordAddition = async (store: ReturningStore, input: NewAddition): Promise<AdditionOutcome> => {
  const view = await store.caseForReturn(input.session.reference);
  // A session only ever reaches its own case; a form that no longer matches is not theirs to add to.
  if (!view || view.formId !== input.form.id) return { kind: 'gone' };
  const change = additionChange(view, {
    ...input,
    language: input.session.language,
    id: input.id ?? randomUUID(),
  });
  const result = await store.appendAddition(input.session.reference, change);
  return result === 'gone'
    ? { kind: 'gone' }
    : { kind: 'saved', addition: change.addition, caseReviewNotice: change.caseReviewNoticeAt !== undefined };
};
