import type { Html } from '../html/html.ts';
import { type HttpResult, htmlResponse } from '../http/responses.ts';

/** A workspace page as the response's body. */
export const pageResponse = (statusCode: number, page: Html, headers?: Record<string, string>): HttpResult =>
  htmlResponse(statusCode, page.toString(), headers);
