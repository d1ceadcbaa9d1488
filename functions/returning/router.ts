import {
  CASE_REVIEW_PAGE,
  offersCaseReview,
  prefilledApplication,
} from '../case-review/prefilled-application.ts';
import { RETURN_PATHS } from '../contract/service-contract.ts';
import { findForm } from '../forms/registry.ts';
import { fromAnotherSite } from '../http/cross-site.ts';
import { type HttpResult, htmlResponse, redirect } from '../http/responses.ts';
import { offers } from '../i18n/localise-config.ts';
import { localiseForm } from '../i18n/localise-form.ts';
import { t } from '../i18n/ui.ts';
import type { ReturnAccessDeps } from './access-deps.ts';
import { RETURN_ACTIONS } from './action-registry.ts';
import type { ReturnActionName } from './actions.ts';
import { auditReturning } from './audit-returning.ts';
import { LINK_PAGES, routeLinkPage } from './link-routes.ts';
import { formOffers } from './offered.ts';
import { renderSignInPage } from './pages/sign-in-page.ts';
import { renderSignedOutPage, renderStatusPage } from './pages/status-page.ts';
import { clearReturnSessionCookie, returnSessionCookie } from './return-cookies.ts';
import type { ReturnRequest } from './return-request.ts';
import { checkReturnSession, endReturnSession } from './return-sessions.ts';
import { signIn } from './sign-in.ts';
import type { ReturnSession } from './types.ts';

/** A refusal the handler turns into a page: 404 for anything not theirs or not there. */
export class ReturnProblem extends Error {
  override name = 'ReturnProblem';
  readonly statusCode: 403 | 404 | 405 | 413 | 415;
  constructor(statusCode: 403 | 404 | 405 | 413 | 415) {
    super(`return ${statusCode}`);
    this.statusCode = statusCode;
  }
}

const ACTIONS: readonly string[] = ['add', 'contact', 'withdraw', 'evidence'] satisfies ReturnActionName[];

const text = (value: string | string[] | undefined): string => (typeof value === 'string' ? value : '');

/** The sign-in form posted: a session, or the page again with one plain problem. */
const postSignIn = async (req: ReturnRequest, deps: ReturnAccessDeps): Promise<HttpResult> => {
  const reference = text(req.fields.reference).slice(0, 40);
  const code = text(req.fields.code).slice(0, 64);
  const { language, config } = { language: req.language, config: deps.config };
  const missing = [
    ...(reference.trim()
      ? []
      : [{ field: 'reference', message: t(language, 'return.signIn.missingReference') }]),
    ...(code.trim() ? [] : [{ field: 'code', message: t(language, 'return.signIn.missingCode') }]),
  ];
  if (missing.length > 0)
    return htmlResponse(
      422,
      renderSignInPage(config, language, { reference, errors: missing, emailLink: Boolean(deps.linkEmail) }),
    );
  const outcome = await signIn(deps, { reference, code, address: req.address, language });
  if (outcome.kind === 'signed-in')
    return {
      ...redirect(RETURN_PATHS.start(language)),
      cookies: [returnSessionCookie(language, outcome.cookieId)],
    };
  const message = t(language, outcome.kind === 'locked' ? 'return.signIn.locked' : 'return.signIn.wrong');
  return htmlResponse(
    outcome.kind === 'locked' ? 429 : 422,
    renderSignInPage(config, language, {
      reference,
      errors: [{ field: 'reference', message }],
      emailLink: Boolean(deps.linkEmail),
    }),
  );
};

/** Ends the session the cookie names (audited when there was one) and clears the cookie. */
const endSession = async (req: ReturnRequest, deps: ReturnAccessDeps): Promise<string[]> => {
  const now = deps.now();
  const check = await checkReturnSession(deps.access, req.sessionCookie, now);
  await endReturnSession(deps.access, req.sessionCookie);
  if (check.kind === 'active') await auditReturning(deps, now, 'return-signed-out', check.session.reference);
  return [clearReturnSessionCookie(req.language)];
};

/** A signed-in page: the session's own case, in its language; another reference is never reached. */
const signedIn = async (
  req: ReturnRequest,
  deps: ReturnAccessDeps,
  session: ReturnSession,
): Promise<HttpResult> => {
  const named = req.askedReference ?? text(req.fields.reference);
  if (named && named !== session.reference) throw new ReturnProblem(404);
  const view = await deps.access.caseForReturn(session.reference);
  const definition = (deps.forms ?? findForm)(session.formId);
  if (!view || !definition) {
    // Erased or expired meanwhile: the session is worth nothing now.
    await endReturnSession(deps.access, req.sessionCookie);
    return {
      ...htmlResponse(
        200,
        renderSignInPage(deps.config, req.language, { ended: true, emailLink: Boolean(deps.linkEmail) }),
      ),
      cookies: [clearReturnSessionCookie(req.language)],
    };
  }
  const form = localiseForm(definition, session.language);
  if (req.page === '') return htmlResponse(200, renderStatusPage(deps.config, form, view, session.language));
  // Slice 23: the ASB Case Review application, pre-filled from their case (GET only: it posts to the form).
  if (req.page === CASE_REVIEW_PAGE) {
    if (!offersCaseReview(definition)) throw new ReturnProblem(404);
    if (req.method !== 'GET') throw new ReturnProblem(405);
    const page = await prefilledApplication(deps, session, deps.now());
    if (!page) throw new ReturnProblem(404);
    return page;
  }
  const name = req.page as ReturnActionName;
  const action = RETURN_ACTIONS[name];
  // Evidence needs the bucket: a deployment without one has nothing at that address.
  if (!formOffers(definition, name) || !action || (name === 'evidence' && !deps.evidence))
    throw new ReturnProblem(404);
  return action(
    {
      session,
      form,
      config: deps.config,
      method: req.method,
      fields: req.fields,
      now: deps.now(),
      evidence: deps.evidence,
      hashKey: deps.hashKey,
    },
    deps.cases,
  );
};

/**
 * Every /return/ address: sign-in, where the case stands, the actions (RETURN_ACTIONS), exit and
 * sign-out. The session fixes the case: no address or field can name another.
 */
export const routeReturn = async (req: ReturnRequest, deps: ReturnAccessDeps): Promise<HttpResult> => {
  const { language, config } = { language: req.language, config: deps.config };
  if (!offers(config, language)) throw new ReturnProblem(404);
  if (
    req.method === 'POST' &&
    fromAnotherSite({ 'sec-fetch-site': req.fetchSite, origin: req.origin }, config.siteUrl)
  )
    throw new ReturnProblem(403);
  if (req.page === 'exit' || req.page === 'sign-out') {
    if (req.method !== 'GET') throw new ReturnProblem(405);
    const cookies = await endSession(req, deps);
    // Exit this page: on to the exit site at once, leaving nothing of this page behind.
    if (req.page === 'exit') return { ...redirect(config.exitPageUrl), cookies };
    return { ...htmlResponse(200, renderSignedOutPage(config, language)), cookies };
  }
  // Issue 21: a one-time link by email, where the service can send one. Signing in this way
  // starts afresh too: any earlier session ends first.
  if (LINK_PAGES.includes(req.page)) {
    if (!deps.linkEmail) throw new ReturnProblem(404);
    if (req.method === 'POST' && req.page === 'link') await endReturnSession(deps.access, req.sessionCookie);
    return routeLinkPage(req, deps);
  }
  if (req.page !== '' && req.page !== CASE_REVIEW_PAGE && !ACTIONS.includes(req.page))
    throw new ReturnProblem(404);
  // Signing in again (Back to the form, say) starts afresh: any earlier session ends first.
  if (req.page === '' && req.method === 'POST') {
    await endReturnSession(deps.access, req.sessionCookie);
    return postSignIn(req, deps);
  }
  const check = await checkReturnSession(deps.access, req.sessionCookie, deps.now());
  if (check.kind === 'active' && check.session.language === language)
    return signedIn(req, deps, check.session);
  // Not signed in: the sign-in form (an action's address leads there too).
  if (req.page !== '') return redirect(RETURN_PATHS.start(language));
  const ended = check.kind === 'ended';
  const page = htmlResponse(
    200,
    renderSignInPage(config, language, { ended, emailLink: Boolean(deps.linkEmail) }),
  );
  return ended ? { ...page, cookies: [clearReturnSessionCookie(language)] } : page;
};
