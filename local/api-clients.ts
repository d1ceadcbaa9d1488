import type { ServiceConfig } from '../functions/config/schema.ts';
import { CASE_API } from '../functions/contract/webhooks.ts';
import type { LocalApiClient } from './oidc-provider.ts';
import { LOCAL_STAFF_PASSWORD } from './staff-accounts.ts';

/**
 * The twin's case-system clients: one per team (`case-api-<team>`), each given that team's scope
 * alone, with the twin's one local password as its secret. On AWS each endpoint's Cognito app client
 * has its own generated secret.
 */
export const localApiClients = (config: Pick<ServiceConfig, 'teams'>): LocalApiClient[] =>
  Object.keys(config.teams).map((team) => ({
    clientId: `case-api-${team}`,
    clientSecret: LOCAL_STAFF_PASSWORD,
    scope: CASE_API.scopeFor(team),
  }));

/** Every scope the case API knows: one per team. */
export const caseApiScopes = (config: Pick<ServiceConfig, 'teams'>): string[] =>
  Object.keys(config.teams).map((team) => CASE_API.scopeFor(team));
