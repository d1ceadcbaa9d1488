import { STAFF_PATHS, STAFF_SESSION } from '../../../functions/contract/service-contract.ts';
import { LOCAL_STAFF_PASSWORD } from '../../../local/staff-accounts.ts';
import type { Twin } from '../../../local/twin.ts';

/** The name=value part of each Set-Cookie header. */
const cookiePairs = (response: Response): string[] =>
  response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');

const cookieValue = (response: Response, name: string): string | undefined =>
  cookiePairs(response)
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);

const location = (response: Response): string => {
  const to = response.headers.get('location');
  if (!to) throw new Error(`Expected a redirect, got ${response.status}`);
  return to;
};

/** What signing in leaves: the session cookie, and the steps' responses for tests that look closer. */
export interface SignedIn {
  session: string;
  callbackUrl: string;
  signInCookie: string;
}

/**
 * Signs in as a seeded account the way a browser does: the workspace sends it to the twin's real
 * OpenID provider, the provider's sign-in form is filled, and the provider sends it back.
 */
export const signInAs = async (
  twin: Twin,
  username: string,
  password = LOCAL_STAFF_PASSWORD,
  /** A session cookie this browser already holds, sent with the callback as a browser would. */
  existingSession?: string,
) => {
  const start = await fetch(`${twin.url}${STAFF_PATHS.signIn}`, { redirect: 'manual' });
  const signInCookie = cookieValue(start, STAFF_SESSION.loginCookie) ?? '';
  const authorize = await fetch(location(start), { redirect: 'manual' });
  const providerCookies = cookiePairs(authorize);
  const interaction = new URL(location(authorize), twin.oidcIssuer);
  const login = await fetch(`${interaction.href}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: providerCookies.join('; '), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }).toString(),
  });
  if (login.status !== 303) return { login, signInCookie };
  const resume = await fetch(location(login), {
    redirect: 'manual',
    headers: { cookie: [...providerCookies, ...cookiePairs(login)].join('; ') },
  });
  const callbackUrl = location(resume);
  const cookies = [
    `${STAFF_SESSION.loginCookie}=${signInCookie}`,
    ...(existingSession ? [`${STAFF_SESSION.cookie}=${existingSession}`] : []),
  ];
  const callback = await fetch(callbackUrl, { redirect: 'manual', headers: { cookie: cookies.join('; ') } });
  return { login, callback, callbackUrl, signInCookie, session: cookieValue(callback, STAFF_SESSION.cookie) };
};

/** Signs in and returns the session cookie, failing loudly if it did not work. */
export const sessionFor = async (twin: Twin, username: string): Promise<string> => {
  const { session, callback } = await signInAs(twin, username);
  if (!session) throw new Error(`Sign-in as ${username} failed: ${callback?.status}`);
  return session;
};

/** A request to the workspace with a session cookie, as a same-site page of the workspace would send it. */
export const staffFetch = (
  twin: Twin,
  path: string,
  session: string | undefined,
  init: RequestInit & { headers?: Record<string, string> } = {},
) =>
  fetch(`${twin.url}${path}`, {
    redirect: 'manual',
    ...init,
    headers: {
      ...(session ? { cookie: `${STAFF_SESSION.cookie}=${session}` } : {}),
      ...init.headers,
    },
  });

/** The anti-forgery token written into a workspace page's forms. */
export const csrfFrom = (html: string): string => html.match(/name="csrf" value="([^"]+)"/)?.[1] ?? '';

/** References linked from a page (the inbox's rows). */
export const referencesIn = (html: string): string[] =>
  [...html.matchAll(/href="\/staff\/submissions\/([A-Z0-9-]+)"/g)].map((m) => m[1] ?? '');
