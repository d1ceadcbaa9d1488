import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { STAFF_SESSION } from '../contract/service-contract.ts';
import { readCookies } from './auth/cookies.ts';
import { badRequest, tooLarge } from './errors.ts';

/** The parts of a request the workspace reads, checked for size and shape first. */
export interface StaffRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** The address as the browser saw it (for the sign-in callback's checks). */
  url: URL;
  sessionCookie: string | undefined;
  signInCookie: string | undefined;
  /** A form post's fields (the only body the workspace takes). */
  form: URLSearchParams;
  origin: string | undefined;
  fetchSite: string | undefined;
}

const MAX_QUERY = 2_000;
const MAX_BODY = 8 * 1024;

const bodyOf = (event: APIGatewayProxyEventV2): URLSearchParams => {
  if (event.requestContext.http.method !== 'POST') return new URLSearchParams();
  const type = event.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw badRequest('Send this form from the workspace.');
  const body = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  if (body.length > MAX_BODY) throw tooLarge();
  return new URLSearchParams(body.toString('utf8'));
};

export const toStaffRequest = (event: APIGatewayProxyEventV2, siteUrl: string): StaffRequest => {
  if (event.rawQueryString.length > MAX_QUERY) throw badRequest('The address is too long.');
  let url: URL;
  try {
    url = new URL(`${event.rawPath}${event.rawQueryString ? `?${event.rawQueryString}` : ''}`, siteUrl);
  } catch {
    throw badRequest('The address is not valid.');
  }
  const cookies = readCookies(event.cookies ?? event.headers.cookie);
  return {
    method: event.requestContext.http.method,
    path: event.rawPath,
    query: url.searchParams,
    url,
    sessionCookie: cookies.get(STAFF_SESSION.cookie),
    signInCookie: cookies.get(STAFF_SESSION.loginCookie),
    form: bodyOf(event),
    origin: event.headers.origin,
    fetchSite: event.headers['sec-fetch-site'],
  };
};
