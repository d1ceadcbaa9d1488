import type { FieldError } from '../forms/validate.ts';

/**
 * A problem with what the client sent: always a 4xx with a message a person understands.
 * Anything that is not a ClientError becomes a generic 500.
 */
export class ClientError extends Error {
  override name = 'ClientError';
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly errors: FieldError[];

  constructor(
    statusCode: number,
    message: string,
    headers: Record<string, string> = {},
    errors?: FieldError[],
  ) {
    super(message);
    this.statusCode = statusCode;
    this.headers = headers;
    this.errors = errors ?? [{ field: '', message }];
  }
}
