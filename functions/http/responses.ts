import type { APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';

export type HttpResult = Result & { statusCode: number; headers: Record<string, string> };

/** A reply with a body of one content type; headers given win over the type. */
const withBody =
  (contentType: string) =>
  (statusCode: number, body: string, headers: Record<string, string> = {}): HttpResult => ({
    statusCode,
    headers: { 'content-type': contentType, ...headers },
    body,
  });

const json = withBody('application/json; charset=utf-8');

export const jsonResponse = (statusCode: number, body: unknown, headers: Record<string, string> = {}) =>
  json(statusCode, JSON.stringify(body), headers);

export const htmlResponse = withBody('text/html; charset=utf-8');

export const csvResponse = withBody('text/csv; charset=utf-8');

export const redirect = (location: string): HttpResult => ({
  statusCode: 303,
  headers: { location },
  body: '',
});
