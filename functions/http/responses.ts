import type { APIGatewayProxyStructuredResultV2 as Result } from 'aws-lambda';

export type HttpResult = Result & { statusCode: number; headers: Record<string, string> };

export const jsonResponse = (
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
});

export const htmlResponse = (
  statusCode: number,
  html: string,
  headers: Record<string, string> = {},
): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
  body: html,
});

export const redirect = (location: string): HttpResult => ({
  statusCode: 303,
  headers: { location },
  body: '',
});
