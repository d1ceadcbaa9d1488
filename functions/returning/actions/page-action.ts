import { randomUUID } from 'node:crypto';
import type { Marker } from '../../forms/types.ts';
import { labelsFor } from '../../forms/urgency.ts';
import { type HttpResult, htmlResponse } from '../../http/responses.ts';
import { londonDay } from '../../time/london.ts';
import type { ReturnActionRequest, ReturningStore } from '../actions.ts';
import { type ActionPage, ADDITION_TOKEN, renderActionPage } from '../pages/action-page.ts';
import { renderGonePage, renderSentPage } from '../pages/sent-page.ts';
import { type NewAddition, recordAddition } from '../record-addition.ts';
import { validatePage } from '../validate-page.ts';

/** A /return/ page and what sending it adds to the case. */
export interface PageAction extends ActionPage {
  kind: NewAddition['kind'];
  /** The urgent markers its answers can call for (an incident's threats, hate, drugs). */
  urgency: readonly Marker[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The page's token as sent, or a new one when there is none (a client that sent no page). */
const tokenOf = (fields: Record<string, unknown>): string => {
  const sent = fields[ADDITION_TOKEN];
  return typeof sent === 'string' && UUID.test(sent) ? sent : randomUUID();
};

// A person's own answers and their case's state: never kept by a browser or a proxy.
const page = (statusCode: number, body: string): HttpResult =>
  htmlResponse(statusCode, body, { 'cache-control': 'no-store' });

/**
 * What every action does: GET draws the page; POST validates by the form's question types (the
 * page again with what was typed and its problems, as the forms do), then hands the answers to the
 * one use case and says what happened: sent (with the Case Review notice when given), or, for a
 * case erased or expired meanwhile, a plain message (nothing was written).
 */
export const pageAction = async (
  request: ReturnActionRequest,
  store: ReturningStore,
  spec: PageAction,
): Promise<HttpResult> => {
  const { config, session, form, now } = request;
  const language = session.language;
  if (request.method === 'GET') return page(200, renderActionPage(config, language, spec, randomUUID()));
  const token = tokenOf(request.fields);
  const result = validatePage(spec.sections, request.fields, londonDay(now));
  if (!result.ok) {
    const state = { values: request.fields, errors: result.errors };
    return page(422, renderActionPage(config, language, spec, token, state));
  }
  const outcome = await recordAddition(store, {
    id: token,
    session,
    form,
    config,
    now,
    kind: spec.kind,
    answers: result.answers,
    urgent: labelsFor(spec.urgency, result.answers),
    hashKey: request.hashKey,
  });
  if (outcome.kind === 'gone') return page(410, renderGonePage(config, language));
  return page(200, renderSentPage(config, language, spec.kind, outcome.caseReviewNotice));
};
