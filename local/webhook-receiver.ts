import { createServer, type IncomingMessage } from 'node:http';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { WebhookEvent } from '../functions/webhooks/events.ts';

export interface ReceiverOptions {
  port: number;
  /** The endpoint's secrets (whsec_…): a delivery signed with any of them verifies. */
  secrets: readonly string[];
  /** Told each new event, once per webhook-id. */
  onEvent: (event: WebhookEvent) => void | Promise<void>;
  /** Told of each delivery refused (forged, replayed or stale) or seen before. */
  onRefused?: (reason: string) => void;
  onDuplicate?: (id: string) => void;
}

export interface Receiver {
  url: string;
  stop(): Promise<void>;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const verifyWithAny = (
  secrets: readonly string[],
  body: string,
  headers: Record<string, string>,
): WebhookEvent => {
  let last: unknown;
  for (const secret of secrets) {
    try {
      return new Webhook(secret).verify(body, headers) as WebhookEvent;
    } catch (error) {
      last = error;
    }
  }
  throw last;
};

/**
 * A receiving system in miniature, as an integrator would write one: it verifies each delivery
 * with the standardwebhooks library (signature, and a timestamp within five minutes, so a replay
 * later fails), answers 204 at once, and deduplicates by webhook-id, since the service may deliver
 * an event more than once and in any order.
 */
export const startWebhookReceiver = async (options: ReceiverOptions): Promise<Receiver> => {
  const seen = new Set<string>();
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
      const body = await readBody(req);
      let event: WebhookEvent;
      try {
        event = verifyWithAny(options.secrets, body, req.headers as Record<string, string>);
      } catch (error) {
        options.onRefused?.(error instanceof WebhookVerificationError ? error.message : 'not a webhook');
        return void res.writeHead(400).end();
      }
      res.writeHead(204).end();
      const id = String(req.headers['webhook-id']);
      if (seen.has(id)) return options.onDuplicate?.(id);
      seen.add(id);
      await options.onEvent(event);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

/** A client-credentials token from the provider, then the case from the case API. */
export const fetchCase = async (
  reference: string,
  options: { tokenUrl: string; apiUrl: string; clientId: string; clientSecret: string; scope: string },
): Promise<unknown> => {
  const tokenResponse = await fetch(options.tokenUrl, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: options.scope }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token?: string };
  if (!token) throw new Error(`the provider gave no token (${tokenResponse.status})`);
  const response = await fetch(`${options.apiUrl}/api/v1/submissions/${encodeURIComponent(reference)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.json();
};
