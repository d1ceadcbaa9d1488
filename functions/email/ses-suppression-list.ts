import { GetSuppressedDestinationCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { SuppressionList } from './suppression-list.ts';

/**
 * The account's suppression list (SESv2 GetSuppressedDestination). NotFound means the address is
 * not on it; any other error is rethrown, so the record is retried rather than emailed blind. The
 * error's message may name the address, so callers pass on only its name.
 */
export class SesSuppressionList implements SuppressionList {
  private readonly client: SESv2Client;

  constructor(client: SESv2Client) {
    this.client = client;
  }

  async isSuppressed(address: string): Promise<boolean> {
    try {
      const { SuppressedDestination } = await this.client.send(
        new GetSuppressedDestinationCommand({ EmailAddress: address }),
      );
      return SuppressedDestination !== undefined;
    } catch (error) {
      if ((error as Error | undefined)?.name === 'NotFoundException') return false;
      throw error;
    }
  }
}
