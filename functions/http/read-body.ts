import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RawFields } from '../forms/normalise.ts';
import { ClientError } from './client-error.ts';
import { formFields } from './form-fields.ts';
import type { Route } from './routes.ts';

export { formFields };

export const MAX_BODY_BYTES = 64 * 1024;

export type BodyKind = 'json' | 'form';

export interface ParsedBody {
  kind: BodyKind;
  fields: RawFields;
}

export type EventWithBody = APIGatewayProxyEventV2 & { route?: Route; parsedBody?: ParsedBody };

export const bodyKindOf = (contentType: string | undefined): BodyKind | undefined => {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return undefined;
};

const jsonFields = (text: string): RawFields => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ClientError(400, 'api.notJson');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ClientError(400, 'api.notObject');
  }
  return value as RawFields;
};

const decode = (event: APIGatewayProxyEventV2): Buffer => {
  const body = event.body ?? '';
  return Buffer.from(body, event.isBase64Encoded ? 'base64' : 'utf8');
};

/**
 * Reads a POST body as JSON or a form post into raw fields. Wrong type 415, too large 413,
 * unreadable 400: each a ClientError, before anything is validated or stored.
 */
export const readBody = (): MiddlewareObj<EventWithBody> => ({
  before: (request) => {
    const event = request.event;
    // Route first (404, 405), then the body: a submission's, and an upload's (a ticket to check).
    if (event.route?.name !== 'submit' && event.route?.name !== 'uploads') return;
    const kind = bodyKindOf(event.headers['content-type']);
    if (!kind) {
      throw new ClientError(415, 'api.wrongType');
    }
    const bytes = decode(event);
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ClientError(413, 'api.tooLong', { limit: MAX_BODY_BYTES / 1024 });
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    event.parsedBody = { kind, fields: kind === 'json' ? jsonFields(text) : formFields(text) };
  },
});
