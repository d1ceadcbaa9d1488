import { describe, expect, it } from 'vitest';
import { makeSesClient } from '../../../functions/email/ses-notifier.ts';

// The resolved configuration, as the SDK will use it (not the options object we passed).
const resolved = async () => {
  const client = makeSesClient({ AWS_REGION: 'eu-west-2' });
  const config = client.config as unknown as {
    maxAttempts: () => Promise<number>;
    retryStrategy: () => Promise<{ mode: string }>;
    requestHandler: { configProvider?: Promise<Record<string, unknown>> };
  };
  const handler = (await config.requestHandler.configProvider) ?? {};
  const result = {
    maxAttempts: await config.maxAttempts(),
    retryMode: (await config.retryStrategy()).mode,
    handler,
  };
  client.destroy();
  return result;
};

describe('the SES client rides out a short outage without hanging a batch', () => {
  it('tries each email several times with backoff', async () => {
    const { maxAttempts, retryMode } = await resolved();
    expect(maxAttempts).toBeGreaterThanOrEqual(4);
    expect(['standard', 'adaptive']).toContain(retryMode);
  });

  it('gives up on a call that hangs, and says so with an error the retry can act on', async () => {
    const { handler } = await resolved();
    expect(handler.connectionTimeout).toBeGreaterThan(0);
    expect(handler.requestTimeout).toBeGreaterThan(0);
    // Without it the SDK only logs a warning when the timeout passes and keeps waiting.
    expect(handler.throwOnRequestTimeout).toBe(true);
    // Every attempt timing out must still fit the notify function's 60 s with both emails.
    const { maxAttempts } = await resolved();
    expect(2 * maxAttempts * Number(handler.requestTimeout)).toBeLessThan(50_000);
  });
});
