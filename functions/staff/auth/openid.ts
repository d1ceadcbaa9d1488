import * as client from 'openid-client';
import type { StaffRuntime } from '../../config/staff-runtime.ts';
import type { PendingSignIn } from '../../storage/staff-store.ts';

/** What a finished sign-in gives: the ID token's claims, and the token itself for signing out. */
export interface SignedIn {
  claims: Record<string, unknown>;
  idToken: string;
}

/** The sign-in conversation with the OpenID provider (Cognito on AWS, the twin's own locally). */
export interface OpenId {
  /** Where to send the browser, and what the callback will need (kept server-side under `state`). */
  start(returnTo: string): Promise<{ url: string; state: string; pending: PendingSignIn }>;
  /** Exchanges the code (PKCE, state and nonce checked) and validates the ID token. */
  finish(callbackUrl: URL, state: string, pending: PendingSignIn): Promise<SignedIn>;
  /** The provider's sign-out address, which returns to the workspace's signed-out page. */
  signOutUrl(idToken: string | undefined, returnTo: string): Promise<string>;
}

/** Plain HTTP only to a provider on this machine (the twin's); anything else must be HTTPS. */
const isLoopback = (issuer: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname);

/**
 * openid-client as a confidential client (backend for frontend): the authorization code flow with
 * PKCE (S256), state and nonce; tokens stay on the server. The provider's discovery document is
 * read once per Lambda instance, on first use.
 */
export const makeOpenId = (
  runtime: Pick<StaffRuntime, 'OIDC_ISSUER' | 'OIDC_CLIENT_ID' | 'OIDC_CLIENT_SECRET' | 'OIDC_LOGOUT_URL'>,
  redirectUri: string,
): OpenId => {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    const issuer = new URL(runtime.OIDC_ISSUER);
    discovered ??= client
      .discovery(
        issuer,
        runtime.OIDC_CLIENT_ID,
        runtime.OIDC_CLIENT_SECRET,
        undefined,
        isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined; // Try again on the next sign-in rather than failing for the instance's life.
        throw error;
      });
    return discovered;
  };

  return {
    async start(returnTo) {
      const config = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { url: url.href, state, pending: { codeVerifier, nonce, returnTo } };
    },

    async finish(callbackUrl, state, pending) {
      const tokens = await client.authorizationCodeGrant(await configuration(), callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims || !tokens.id_token) throw new Error('No ID token');
      return { claims: { ...claims }, idToken: tokens.id_token };
    },

    async signOutUrl(idToken, returnTo) {
      const config = await configuration();
      if (config.serverMetadata().end_session_endpoint) {
        return client.buildEndSessionUrl(config, {
          post_logout_redirect_uri: returnTo,
          ...(idToken ? { id_token_hint: idToken } : {}),
        }).href;
      }
      // Cognito has no end_session_endpoint in its discovery document: its /logout takes these.
      const url = new URL(runtime.OIDC_LOGOUT_URL ?? returnTo);
      if (runtime.OIDC_LOGOUT_URL) {
        url.searchParams.set('client_id', runtime.OIDC_CLIENT_ID);
        url.searchParams.set('logout_uri', returnTo);
      }
      return url.href;
    },
  };
};
