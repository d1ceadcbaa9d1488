import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider, { errors, type KoaContextWithOIDC } from 'oidc-provider';
import { GROUPS_CLAIM } from '../functions/contract/service-contract.ts';
import { CASE_API } from '../functions/contract/webhooks.ts';
import { EMPTY, type Html, html, trustedConstant } from '../functions/html/html.ts';
import { freePort } from './free-port.ts';
import { memoryAdapter } from './oidc-memory-adapter.ts';
import type { StaffAccount } from './staff-accounts.ts';

/**
 * A real, certified OpenID Connect provider (panva's oidc-provider) for the local twin, standing
 * in for Cognito: authorization code flow with PKCE, signed ID tokens carrying the person's groups
 * in Cognito's claim, and RP-initiated logout. Its sign-in page checks the seeded accounts'
 * passwords; there is no consent step for the workspace, a first-party client (as with Cognito).
 */

export interface LocalClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

/** A case system's client (issue 24): the client-credentials grant, for these scopes only. */
export interface LocalApiClient {
  clientId: string;
  clientSecret: string;
  scope: string;
}

export interface OidcProviderOptions {
  port: number;
  accounts: StaffAccount[];
  client: LocalClient;
  /** Case systems' clients, and every scope the case API knows (one per team). */
  api?: { clients: LocalApiClient[]; scopes: string[] };
  log?: (line: string) => void;
}

export interface LocalOidcProvider {
  issuer: string;
  stop: () => Promise<void>;
}

/** Signing keys made at each start: the twin's tokens mean nothing once it stops. */
const signingKeys = () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { keys: [{ ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }] };
};

const page = (title: string, body: Html): string =>
  String(html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} – local sign-in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
label,input,button{display:block;font-size:1.1rem}input{margin:.25rem 0 1rem;padding:.4rem;width:100%}
button{padding:.5rem 1rem}.error{color:#b10e1e;font-weight:bold}</style></head>
<body><main><p>Local twin: this stands in for your organisation's sign-in (Cognito on AWS).</p>
<h1>${title}</h1>
${body}</main></body></html>`);

const signInPage = (uid: string, error?: string) =>
  page(
    'Sign in to the staff workspace',
    html`${error ? html`<p class="error" role="alert">${error}</p>` : EMPTY}
<form method="post" action="/interaction/${uid}/login">
<label for="username">Username</label><input id="username" name="username" autocomplete="username" spellcheck="false">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in</button>
</form>`,
  );

const readForm = async (req: IncomingMessage): Promise<URLSearchParams> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
};

const sendHtml = (res: ServerResponse, status: number, html: string) =>
  res
    .writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    .end(html);

export const startOidcProvider = async (options: OidcProviderOptions): Promise<LocalOidcProvider> => {
  const port = options.port === 0 ? await freePort() : options.port;
  const issuer = `http://localhost:${port}`;
  const accounts = new Map(options.accounts.map((a) => [a.username, a]));
  const { client } = options;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
      ...(options.api?.clients ?? []).map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        scope: c.scope,
        token_endpoint_auth_method: 'client_secret_basic' as const,
      })),
    ],
    adapter: memoryAdapter(),
    jwks: signingKeys(),
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', ...(options.api?.scopes ?? [])],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', GROUPS_CLAIM] },
    // Like Cognito: the ID token carries the profile and groups itself.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: true,
          name: account.name,
          [GROUPS_CLAIM]: account.groups,
        }),
      };
    },
    // The workspace is the organisation's own client: no consent screen, as with Cognito.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client: rp, session } = ctx.oidc;
      if (!rp || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: rp.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      // The case API's tokens (as Cognito's resource server issues them): JWTs for the API's
      // resource, carrying client_id and the team scopes; the workspace's own tokens are untouched.
      clientCredentials: { enabled: Boolean(options.api) },
      resourceIndicators: {
        enabled: Boolean(options.api),
        defaultResource: (_ctx, rp) =>
          rp.grantTypes?.includes('client_credentials') ? CASE_API.localResource : (undefined as never),
        useGrantedResource: () => false,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== CASE_API.localResource) throw new errors.InvalidTarget();
          return {
            scope: (options.api?.scopes ?? []).join(' '),
            audience: CASE_API.resourceServer,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 60 * 60,
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = page(
            'Sign out of the local sign-in',
            // oidc-provider's own logout form (its hidden fields), written by the library, not a person.
            html`${trustedConstant(form)}<button type="submit" form="op.logoutForm" value="yes" name="logout" autofocus>Sign out</button>`,
          );
        },
      },
    },
    ttl: {
      Session: 10 * 60 * 60,
      Interaction: 10 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      AccessToken: 60 * 60,
      Grant: 10 * 60 * 60,
    },
  });
  const oidc = provider.callback();

  /** The sign-in page and its form; everything else is the provider's own. */
  const interaction = async (req: IncomingMessage, res: ServerResponse, uid: string, login: boolean) => {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) return sendHtml(res, 400, page('Sign-in expired', html`<p>Start again.</p>`));
    if (!login) return sendHtml(res, 200, signInPage(uid));
    const form = await readForm(req);
    const account = accounts.get(form.get('username') ?? '');
    if (!account || account.password !== form.get('password')) {
      options.log?.('oidc: a sign-in was refused (wrong username or password)');
      return sendHtml(res, 200, signInPage(uid, 'The username or password is not right'));
    }
    await provider.interactionFinished(req, res, { login: { accountId: account.username } });
  };

  const server = createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return void oidc(req, res);
    const login = match[2] !== undefined && req.method === 'POST';
    interaction(req, res, match[1] ?? '', login).catch(() => {
      if (!res.headersSent)
        sendHtml(res, 400, page('Sign-in expired', html`<p>Start again from the workspace.</p>`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    issuer,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
