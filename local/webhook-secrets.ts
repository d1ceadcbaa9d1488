import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newSecret, type WebhookSecrets } from '../functions/webhooks/secrets.ts';

/**
 * The twin's stand-in for the endpoints' Secrets Manager secrets: one new secret per endpoint on
 * first use, kept in a file beside the twin's data (`npm run webhook-receiver` reads the same file,
 * as a receiving system would be given its secret), or in memory for a test's twin.
 */
export class LocalWebhookSecrets implements WebhookSecrets {
  private readonly file: string | undefined;
  private readonly held: Record<string, string[]>;

  constructor(file?: string) {
    this.file = file;
    this.held =
      file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>) : {};
  }

  async secretsFor(endpointId: string): Promise<string[]> {
    const known = this.held[endpointId];
    if (known) return known;
    const made = [newSecret()];
    this.held[endpointId] = made;
    this.save();
    return made;
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(this.held, null, 2)}\n`, { mode: 0o600 });
  }
}

/** Where the twin keeps the endpoints' secrets, beside DynamoDB Local's data. */
export const localSecretsFile = (dataDir: string): string => join(dataDir, 'webhook-secrets.json');
