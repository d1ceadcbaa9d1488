import { STAFF_SESSION } from '../../contract/service-contract.ts';

/** The request's cookies by name (the first of each name wins, as browsers send the most specific first). */
export const readCookies = (header: string | string[] | undefined): Map<string, string> => {
  const cookies = new Map<string, string>();
  const lines = Array.isArray(header) ? header : header ? [header] : [];
  for (const part of lines.flatMap((line) => line.split(';'))) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(at + 1).trim());
  }
  return cookies;
};

/**
 * A __Host- cookie: Secure, whole site, no Domain, httpOnly so no script can read it. The session
 * is SameSite=Strict; the sign-in binding is Lax, because the provider sends the browser back
 * from another site. Max-Age 0 removes it.
 */
export const setCookie = (name: string, value: string, maxAgeSeconds: number, sameSite: 'Strict' | 'Lax') =>
  `${name}=${value}; Path=/; Secure; HttpOnly; SameSite=${sameSite}; Max-Age=${maxAgeSeconds}`;

export const sessionCookie = (id: string) =>
  setCookie(STAFF_SESSION.cookie, id, STAFF_SESSION.absoluteSeconds, 'Strict');

export const clearSessionCookie = () => setCookie(STAFF_SESSION.cookie, '', 0, 'Strict');

export const signInCookie = (state: string) =>
  setCookie(STAFF_SESSION.loginCookie, state, STAFF_SESSION.signInSeconds, 'Lax');

export const clearSignInCookie = () => setCookie(STAFF_SESSION.loginCookie, '', 0, 'Lax');
