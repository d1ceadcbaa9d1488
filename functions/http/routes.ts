import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { API_ROUTES, type ApiRoute } from '../contract/service-contract.ts';
import { findForm } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import { ClientError } from './client-error.ts';

export type Route =
  | { name: 'list-forms' }
  | { name: 'describe-form'; form: FormDefinition }
  | { name: 'submit'; form: FormDefinition }
  | { name: 'confirmation'; form: FormDefinition }
  | { name: 'uploads'; form: FormDefinition };

const notFound = () => new ClientError(404, 'api.noForm');

const allow = (method: string, allowed: readonly string[]) => {
  if (!allowed.includes(method)) {
    throw new ClientError(
      405,
      'api.onlyMethods',
      { methods: allowed.join(', ') },
      { allow: allowed.join(', ') },
    );
  }
};

const decoded = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined; // A malformed escape such as %ZZ names no form.
  }
};

const segments = (path: string): string[] => path.replace(/\/+$/, '').split('/').filter(Boolean);

/** The route whose template matches the path, and the values of its `{name}` segments. */
const templateMatch = (path: string): { route: ApiRoute; params: Record<string, string> } | undefined => {
  const parts = segments(path);
  for (const route of API_ROUTES) {
    const template = segments(route.path);
    if (template.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((segment, i) => {
      const part = parts[i] ?? '';
      if (!segment.startsWith('{')) return segment === part;
      params[segment.slice(1, -1)] = part;
      return true;
    });
    if (matches) return { route, params };
  }
  return undefined;
};

const formAt = (id: string | undefined): FormDefinition => {
  const name = id === undefined ? undefined : decoded(id);
  const form = name === undefined ? undefined : findForm(name);
  if (!form) throw notFound();
  return form;
};

/** Matches the contract's API_ROUTES; 404 for any other path and 405 for a method not listed. */
export const matchRoute = (method: string, path: string): Route => {
  const found = templateMatch(path);
  if (!found) throw notFound();
  const { route, params } = found;
  if (route.name === 'list-forms') {
    allow(method, route.methods);
    return { name: 'list-forms' };
  }
  const form = formAt(params.formId);
  allow(method, route.methods);
  if (route.name === 'confirmation') return { name: 'confirmation', form };
  if (route.name === 'uploads') return { name: 'uploads', form };
  return method === 'POST' ? { name: 'submit', form } : { name: 'describe-form', form };
};

/** Resolves the route before anything else reads the request. */
export const resolveRoute = (): MiddlewareObj<APIGatewayProxyEventV2 & { route?: Route }> => ({
  before: (request) => {
    request.event.route = matchRoute(request.event.requestContext.http.method, request.event.rawPath);
  },
});
