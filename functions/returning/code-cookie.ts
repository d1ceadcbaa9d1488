import { PATHS, RETURN_SESSION } from '../contract/service-contract.ts';
import { readCookies } from '../staff/auth/cookies.ts';
import { normaliseReturnCode } from './return-code.ts';

/**
 * The return code travels from the submit answer to the confirmation page in a cookie, never in
 * the address (which history, logs and the Referer keep) nor in the JSON a script could keep:
 * httpOnly, Secure, SameSite=Strict, scoped to the form's confirmation page and a few minutes
 * long. The page that shows it clears it, so it is shown once.
 */
const cookieFor = (formId: string, value: string, maxAge: number) =>
  `${RETURN_SESSION.codeCookie}=${value}; Path=${PATHS.confirmation(formId, '').split('?')[0]}; Secure; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`;

/** Set by the submit answer: the reference it belongs to and the code. */
export const codeCookie = (formId: string, reference: string, code: string): string =>
  cookieFor(formId, `${reference}.${code}`, RETURN_SESSION.codeCookieSeconds);

/** Sent with the page that shows the code. */
export const clearCodeCookie = (formId: string): string => cookieFor(formId, '', 0);

/** The code the cookie carries for this reference, if any (a cookie for another reference is ignored). */
export const codeFromCookie = (
  cookies: string[] | string | undefined,
  reference: string,
): string | undefined => {
  const value = readCookies(cookies).get(RETURN_SESSION.codeCookie);
  if (!value) return undefined;
  const at = value.lastIndexOf('.');
  if (value.slice(0, at) !== reference) return undefined;
  const code = value.slice(at + 1);
  return normaliseReturnCode(code) ? code : undefined;
};
