import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import { CASE_API } from '../contract/webhooks.ts';

/** A system fetching cases: its OAuth client id, and the teams its token's scopes give it. */
export interface ApiClient {
  clientId: string;
  teams: string[];
}

/** Checks an access token's signature, issuer and times; throws when it is not valid. */
export type VerifyToken = (token: string) => Promise<JWTPayload>;

/**
 * Access tokens from the provider (Cognito's user pool on AWS, the twin's oidc-provider locally),
 * checked against its published keys (fetched once, then when a new key id appears): RS256 only,
 * the provider's issuer, not expired, not before its time.
 */
export const jwtVerifier = (issuer: string, jwksUri: string, now: () => Date): VerifyToken => {
  const keys = createRemoteJWKSet(new URL(jwksUri));
  return async (token) =>
    (await jwtVerify(token, keys, { issuer, algorithms: ['RS256'], currentDate: now(), clockTolerance: 5 }))
      .payload;
};

/**
 * The client a verified token names, with the teams its scopes give, or undefined when it is no
 * client-credentials access token (an ID token, or a person's token with no client_id).
 */
export const clientOf = (payload: JWTPayload): ApiClient | undefined => {
  const clientId = payload.client_id;
  if (typeof clientId !== 'string' || clientId === '') return undefined;
  // Cognito marks its tokens' use; an ID token is never an API credential.
  if (payload.token_use !== undefined && payload.token_use !== 'access') return undefined;
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
  const teams = scopes.flatMap((s) => {
    const team = CASE_API.teamOfScope(s);
    return team ? [team] : [];
  });
  return { clientId, teams: [...new Set(teams)] };
};

/** The bearer token of an Authorization header, if it has one. */
export const bearerToken = (header: string | undefined): string | undefined =>
  /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header?.trim() ?? '')?.[1];
