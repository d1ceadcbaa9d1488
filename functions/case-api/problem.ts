import type { HttpResult } from '../http/responses.ts';

/** Every answer of the case API carries these: nothing it says may be kept by a cache. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

/**
 * A problem as RFC 9457 describes it (application/problem+json): a status, a short title, and a
 * sentence a person understands. Never a record's contents, and the same words whether a case is
 * another team's, erased or never existed.
 */
export const problem = (
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): HttpResult => ({
  statusCode: status,
  headers: { 'content-type': 'application/problem+json', ...NO_STORE, ...headers },
  body: JSON.stringify({ type: 'about:blank', title, status, detail }),
});

export const PROBLEMS = {
  noToken: () =>
    problem(
      401,
      'Unauthorized',
      'Send an OAuth 2.0 access token from the client-credentials grant as "Authorization: Bearer …".',
      {
        'www-authenticate': 'Bearer',
      },
    ),
  badToken: () =>
    problem(401, 'Unauthorized', 'The access token is not valid: it may have expired. Ask for a new one.', {
      'www-authenticate': 'Bearer error="invalid_token"',
    }),
  noTeam: () =>
    problem(
      403,
      'Forbidden',
      'The token gives no team’s cases: ask for a scope such as case-api/team.<team id>.',
      {
        'www-authenticate': 'Bearer error="insufficient_scope"',
      },
    ),
  notFound: () =>
    problem(404, 'Not Found', 'There is no case with this reference that this client may read.'),
  noRoute: () => problem(404, 'Not Found', 'There is nothing at this address.'),
  /** A call to the API Gateway origin itself, which would skip the WAF (functions/http/origin-check.ts). */
  notThroughCloudFront: () =>
    problem(
      403,
      'Forbidden',
      'Call the case API at the service’s own address, <siteUrl>/api/v1/, not its origin.',
    ),
  method: () => problem(405, 'Method Not Allowed', 'Only GET is answered here.', { allow: 'GET' }),
};
