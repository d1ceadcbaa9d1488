import { RETURN_PATHS } from '../contract/service-contract.ts';
import { type HttpResult, htmlResponse, redirect } from '../http/responses.ts';
import { t } from '../i18n/ui.ts';
import type { ReturnAccessDeps } from './access-deps.ts';
import { requestSignInLink, useSignInLink } from './email-link.ts';
import {
  renderContinuePage,
  renderEmailLinkPage,
  renderLinkAnsweredPage,
  renderLinkRefusedPage,
} from './pages/link-pages.ts';
import { returnSessionCookie } from './return-cookies.ts';
import type { ReturnRequest } from './return-request.ts';

/** The pages of the one-time sign-in link (issue 21), under each language's /return/. */
export const LINK_PAGES: readonly string[] = ['email-link', 'link'];

const text = (value: string | string[] | undefined): string => (typeof value === 'string' ? value : '');

/** Asking for a link: the form, or (posted) the one answer, whatever matched. */
const emailLinkPage = async (req: ReturnRequest, deps: ReturnAccessDeps): Promise<HttpResult> => {
  const { language, config } = { language: req.language, config: deps.config };
  if (req.method === 'GET') return htmlResponse(200, renderEmailLinkPage(config, language));
  const reference = text(req.fields.reference).slice(0, 40);
  const email = text(req.fields.email).slice(0, 320);
  const errors = [
    ...(reference.trim()
      ? []
      : [{ field: 'reference', message: t(language, 'return.signIn.missingReference') }]),
    ...(email.trim() ? [] : [{ field: 'email', message: t(language, 'return.emailLink.missingEmail') }]),
  ];
  if (errors.length > 0)
    return htmlResponse(422, renderEmailLinkPage(config, language, { reference, email, errors }));
  const outcome = await requestSignInLink(deps, { reference, email, address: req.address, language });
  if (outcome === 'locked')
    return htmlResponse(
      429,
      renderEmailLinkPage(config, language, {
        reference,
        email,
        errors: [{ field: 'reference', message: t(language, 'return.signIn.locked') }],
      }),
    );
  return htmlResponse(200, renderLinkAnsweredPage(config, language));
};

/** The emailed link: GET shows Continue (nothing is looked up), POST takes the token once. */
const linkPage = async (req: ReturnRequest, deps: ReturnAccessDeps): Promise<HttpResult> => {
  const { language, config } = { language: req.language, config: deps.config };
  const token = text(req.fields.token).slice(0, 100);
  const refused = (status: number, key: 'return.link.wrong' | 'return.signIn.locked') =>
    htmlResponse(status, renderLinkRefusedPage(config, language, t(language, key)));
  if (req.method === 'GET')
    return token
      ? htmlResponse(200, renderContinuePage(config, language, token))
      : refused(404, 'return.link.wrong');
  const outcome = await useSignInLink(deps, { token, address: req.address, language });
  if (outcome.kind === 'signed-in')
    return {
      ...redirect(RETURN_PATHS.start(language)),
      cookies: [returnSessionCookie(language, outcome.cookieId)],
    };
  return outcome.kind === 'locked' ? refused(429, 'return.signIn.locked') : refused(422, 'return.link.wrong');
};

/** A link page; the router calls this only where the service can send email (deps.linkEmail). */
export const routeLinkPage = (req: ReturnRequest, deps: ReturnAccessDeps): Promise<HttpResult> =>
  req.page === 'link' ? linkPage(req, deps) : emailLinkPage(req, deps);
