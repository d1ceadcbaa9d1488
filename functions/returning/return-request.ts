import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { RETURN_SESSION } from '../contract/service-contract.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { readCookies } from '../staff/auth/cookies.ts';

/** The parts of a /return/ request the router reads, checked for size and shape first. */
export interface ReturnRequest {
  method: 'GET' | 'POST';
  language: Language;
  /** What follows the language's /return/: '' (sign-in or status), 'exit', 'sign-out' or an action. */
  page: string;
  /** A reference named in the address's query, which only the session's own may be. */
  askedReference: string | undefined;
  sessionCookie: string | undefined;
  fields: Record<string, string | string[]>;
  /** The browser's address as CloudFront saw it (the twin: the socket's). */
  address: string;
  fetchSite: string | undefined;
  origin: string | undefined;
}

export type ReturnRequestProblem = 'not-found' | 'method' | 'too-large' | 'wrong-type';

const MAX_BODY = 16 * 1024;

/** /return/x or /cy/return/x: the language and the page; undefined for anything else. */
const pathParts = (path: string): { language: Language; page: string } | undefined => {
  const match = /^(?:\/([a-z]{2}))?\/return\/?(.*)$/.exec(path);
  if (!match) return undefined;
  const [, prefix, rest = ''] = match;
  if (prefix !== undefined && (!isLanguage(prefix) || prefix === 'en')) return undefined;
  const page = rest.replace(/\/$/, '');
  // One segment at most: nothing (a reference, say) may follow an action.
  if (page.includes('/')) return undefined;
  return { language: (prefix as Language | undefined) ?? 'en', page };
};

const formFields = (
  event: APIGatewayProxyEventV2,
): Record<string, string | string[]> | ReturnRequestProblem => {
  // A GET's fields are its query's (an upload's ticket, as storage sends the browser back with it).
  if (event.requestContext.http.method !== 'POST')
    return Object.fromEntries(new URLSearchParams(event.rawQueryString));
  const type = event.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return 'wrong-type';
  const body = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  if (body.length > MAX_BODY) return 'too-large';
  const fields: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of new URLSearchParams(body.toString('utf8'))) {
    const existing = fields[key];
    fields[key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return fields;
};

/** The request as the router reads it, or what is wrong with it. */
export const toReturnRequest = (event: APIGatewayProxyEventV2): ReturnRequest | ReturnRequestProblem => {
  const parts = pathParts(event.rawPath);
  if (!parts || !event.rawPath.startsWith('/') || event.rawQueryString.length > 500) return 'not-found';
  const method = event.requestContext.http.method;
  if (method !== 'GET' && method !== 'POST') return 'method';
  const fields = formFields(event);
  if (typeof fields === 'string') return fields;
  const asked = new URLSearchParams(event.rawQueryString).get('reference') ?? undefined;
  return {
    method,
    ...parts,
    askedReference: asked,
    sessionCookie: readCookies(event.cookies ?? event.headers.cookie).get(RETURN_SESSION.cookie),
    fields,
    address:
      event.headers['cloudfront-viewer-address']?.replace(/:\d+$/, '') ?? event.requestContext.http.sourceIp,
    fetchSite: event.headers['sec-fetch-site'],
    origin: event.headers.origin,
  };
};
