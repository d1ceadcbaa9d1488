import type { RequestListener, Server } from 'node:http';
import sesLocal from 'aws-ses-v2-local';
import { withSuppressionList } from './ses-suppression.ts';

export interface SesLocal {
  endpoint: string;
  port: number;
  /** Stops answering (to rehearse an SES outage); the inbox is kept. */
  stop(): Promise<void>;
  /** Starts answering again on the same port. */
  start(): Promise<void>;
}

export interface InboxEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc?: string[]; bcc?: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    // The SDK keeps connections alive; drop them so close() does not wait for their timeout.
    server.closeAllConnections();
  });

/**
 * Starts the SES v2 emulator in this process; its web inbox is at the endpoint's root. The
 * suppression list, which the emulator lacks, is answered in front of it (ses-suppression.ts).
 */
export const startSesLocal = async (options: { port?: number; host?: string } = {}): Promise<SesLocal> => {
  const host = options.host ?? '127.0.0.1';
  // The package is CommonJS: its function is the default export or sits under `default`.
  const serve = ((sesLocal as unknown as { default?: unknown }).default ?? sesLocal) as unknown as (config: {
    host: string;
    port: number;
  }) => Promise<Server>;
  // Kept across stop and start, as SES keeps it across an outage.
  const suppressed = new Map<string, { reason: string; at: number }>();
  const start = async (port: number) => {
    const server = await serve({ host, port });
    const [emulator] = server.listeners('request') as RequestListener[];
    if (!emulator) throw new Error('The SES emulator has no request handler');
    server.removeAllListeners('request');
    server.on('request', withSuppressionList(emulator, suppressed));
    return server;
  };
  const first = await start(options.port ?? 0);
  let server: Server | undefined = first;
  const address = first.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://${host}:${port}`,
    port,
    stop: async () => {
      if (server) await closeServer(server);
      server = undefined;
    },
    start: async () => {
      server ??= await start(port);
    },
  };
};

/** The emulator's stored emails, newest last. */
export const readInbox = async (endpoint: string): Promise<InboxEmail[]> => {
  const response = await fetch(`${endpoint}/store`);
  if (!response.ok) throw new Error(`The SES emulator answered ${response.status}`);
  const { emails } = (await response.json()) as { emails: InboxEmail[] };
  return emails;
};
