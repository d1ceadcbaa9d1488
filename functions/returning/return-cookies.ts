import { RETURN_PATHS, RETURN_SESSION } from '../contract/service-contract.ts';
import type { Language } from '../i18n/languages.ts';

/**
 * The session cookie: httpOnly, Secure, SameSite=Strict, scoped to its language's /return/ pages
 * (so it reaches nothing else), and no Max-Age: it goes when the browser closes, and the server
 * ends the session after 15 minutes unused in any case. Max-Age 0 removes it.
 */
export const returnSessionCookie = (language: Language, id: string): string =>
  `${RETURN_SESSION.cookie}=${id}; Path=${RETURN_PATHS.prefix(language)}; Secure; HttpOnly; SameSite=Strict`;

export const clearReturnSessionCookie = (language: Language): string =>
  `${RETURN_SESSION.cookie}=; Path=${RETURN_PATHS.prefix(language)}; Secure; HttpOnly; SameSite=Strict; Max-Age=0`;
