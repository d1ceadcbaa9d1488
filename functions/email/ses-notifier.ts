import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Runtime } from '../config/runtime.ts';
import type { Notifier, OutgoingEmail } from './outgoing-email.ts';

/**
 * How the SES client rides out a short outage. Each call gives up after requestTimeoutMs (with
 * throwOnRequestTimeout: without it the SDK only logs a warning and waits on), and is tried
 * maxAttempts times with the standard mode's jittered exponential backoff. Worst case about
 * 4 × 5 s + under 1 s of backoff per email, so a record's two emails fit the notify function's
 * 60 s; what still fails is retried by the stream, then by the re-send job every few minutes.
 */
export const SES_CLIENT_POLICY = {
  maxAttempts: 4,
  retryMode: 'standard',
  connectionTimeoutMs: 2_000,
  requestTimeoutMs: 5_000,
} as const;

export const makeSesClient = (runtime: Pick<Runtime, 'AWS_REGION' | 'SES_ENDPOINT'>) =>
  new SESv2Client({
    region: runtime.AWS_REGION,
    ...(runtime.SES_ENDPOINT ? { endpoint: runtime.SES_ENDPOINT } : {}),
    maxAttempts: SES_CLIENT_POLICY.maxAttempts,
    retryMode: SES_CLIENT_POLICY.retryMode,
    requestHandler: {
      connectionTimeout: SES_CLIENT_POLICY.connectionTimeoutMs,
      requestTimeout: SES_CLIENT_POLICY.requestTimeoutMs,
      throwOnRequestTimeout: true,
    },
  });

/** Sends through SES v2 (AWS or the local emulator). Errors propagate so the record is retried. */
export class SesNotifier implements Notifier {
  private readonly client: SESv2Client;
  private readonly from: string;
  private readonly configurationSet: string | undefined;

  constructor(client: SESv2Client, from: string, configurationSet?: string) {
    this.client = client;
    this.from = from;
    this.configurationSet = configurationSet;
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        // A display name is plain ASCII words here, so it needs no encoding or quoting beyond this.
        FromEmailAddress: email.fromName ? `"${email.fromName}" <${this.from}>` : this.from,
        Destination: { ToAddresses: email.to },
        ...(this.configurationSet ? { ConfigurationSetName: this.configurationSet } : {}),
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: {
              Text: { Data: email.text, Charset: 'UTF-8' },
              Html: { Data: email.html, Charset: 'UTF-8' },
            },
          },
        },
      }),
    );
  }
}
