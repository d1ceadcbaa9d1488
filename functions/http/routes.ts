import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { findForm } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import { ClientError } from './client-error.ts';

export type Route =
  | { name: 'list-forms' }
  | { name: 'describe-form'; form: FormDefinition }
  | { name: 'submit'; form: FormDefinition }
  | { name: 'confirmation'; form: FormDefinition };

const notFound = () => new ClientError(404, 'There is no form at this address');

const allow = (method: string, allowed: string[]) => {
  if (!allowed.includes(method)) {
    throw new ClientError(405, `Use ${allowed.join(' or ')} here`, { allow: allowed.join(', ') });
  }
};

const decoded = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined; // A malformed escape such as %ZZ names no form.
  }
};

const formAt = (id: string | undefined): FormDefinition => {
  const name = id === undefined ? undefined : decoded(id);
  const form = name === undefined ? undefined : findForm(name);
  if (!form) throw notFound();
  return form;
};

/** Matches /api/forms, /api/forms/{formId} and /api/forms/{formId}/confirmation; 404 and 405 otherwise. */
export const matchRoute = (method: string, path: string): Route => {
  const parts = path.replace(/\/+$/, '').split('/').filter(Boolean);
  if (parts[0] !== 'api' || parts[1] !== 'forms' || parts.length > 4) throw notFound();
  if (parts.length === 2) {
    allow(method, ['GET']);
    return { name: 'list-forms' };
  }
  const form = formAt(parts[2]);
  if (parts.length === 4) {
    if (parts[3] !== 'confirmation') throw notFound();
    allow(method, ['GET']);
    return { name: 'confirmation', form };
  }
  allow(method, ['GET', 'POST']);
  return method === 'POST' ? { name: 'submit', form } : { name: 'describe-form', form };
};

/** Resolves the route before anything else reads the request. */
export const resolveRoute = (): MiddlewareObj<APIGatewayProxyEventV2 & { route?: Route }> => ({
  before: (request) => {
    request.event.route = matchRoute(request.event.requestContext.http.method, request.event.rawPath);
  },
});
