import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { secretsOf, type WebhookSecrets } from './secrets.ts';

/** The secret's name for an endpoint: `{prefix}{endpoint id}` (infra/constructs/webhooks.ts makes them). */
export const secretNameFor = (prefix: string, endpointId: string): string => `${prefix}${endpointId}`;

/** Endpoints' secrets from Secrets Manager, one secret per endpoint (its JSON: secrets.ts). */
export class SecretsManagerWebhookSecrets implements WebhookSecrets {
  private readonly client: SecretsManagerClient;
  private readonly prefix: string;

  constructor(client: SecretsManagerClient, prefix: string) {
    this.client = client;
    this.prefix = prefix;
  }

  async secretsFor(endpointId: string): Promise<string[]> {
    const { SecretString } = await this.client.send(
      new GetSecretValueCommand({ SecretId: secretNameFor(this.prefix, endpointId) }),
    );
    if (!SecretString) throw new Error(`the secret for endpoint ${endpointId} is empty`);
    return secretsOf(SecretString);
  }
}

export const makeSecretsManagerClient = (region: string) => new SecretsManagerClient({ region });
