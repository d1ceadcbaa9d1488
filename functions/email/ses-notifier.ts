import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Runtime } from '../config/runtime.ts';
import type { Notifier, OutgoingEmail } from './outgoing-email.ts';

export const makeSesClient = (runtime: Pick<Runtime, 'AWS_REGION' | 'SES_ENDPOINT'>) =>
  new SESv2Client({
    region: runtime.AWS_REGION,
    ...(runtime.SES_ENDPOINT ? { endpoint: runtime.SES_ENDPOINT } : {}),
    // Fail fast to the retry machinery rather than hang a batch.
    maxAttempts: 2,
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
