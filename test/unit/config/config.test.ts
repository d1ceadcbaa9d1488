import { describe, expect, it } from 'vitest';
import sample from '../../../config/service.json' with { type: 'json' };
import { ConfigError, parseConfig } from '../../../functions/config/parse-config.ts';
import { readRuntime } from '../../../functions/config/runtime.ts';

const clone = () => structuredClone(sample) as Record<string, unknown> & typeof sample;

describe('service configuration', () => {
  it('accepts the sample that ships with the project', () => {
    expect(parseConfig(sample).serviceName).toBe(sample.serviceName);
  });

  it('names the key of a bad value', () => {
    const config = clone();
    config.teams['restorative-justice'].email = 'not-an-email';
    expect(() => parseConfig(config)).toThrow(/"teams\.restorative-justice\.email" must be an email address/);
  });

  it('names a missing key', () => {
    const { phoneNumbers: _, ...config } = clone();
    expect(() => parseConfig(config)).toThrow(ConfigError);
    expect(() => parseConfig(config)).toThrow(/"phoneNumbers"/);
  });

  it('rejects a route to a team that does not exist', () => {
    const config = clone();
    config.forms.nuisance.routes = [{ question: 'landlord', equals: ['council'], team: 'nobody' }];
    expect(() => parseConfig(config)).toThrow(/"forms\.nuisance\.routes\.0\.team" names team "nobody"/);
  });

  it('needs settings for every form the service offers', () => {
    const config = clone();
    delete (config.forms as Record<string, unknown>).feedback;
    expect(() => parseConfig(config)).toThrow(/"forms\.feedback" is missing/);
  });

  it('rejects a retention period of zero days', () => {
    const config = clone();
    config.forms.referral.retentionDays = 0;
    expect(() => parseConfig(config)).toThrow(/"forms\.referral\.retentionDays"/);
  });
});

describe('runtime environment', () => {
  it('needs a table name', () => {
    expect(() => readRuntime({})).toThrow(/TABLE_NAME/);
  });

  it('reads optional local endpoints', () => {
    expect(readRuntime({ TABLE_NAME: 't', DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' })).toMatchObject({
      TABLE_NAME: 't',
      AWS_REGION: 'eu-west-2',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
    });
  });

  it('reads the origin-verify secret when the deployment sets one, and needs none otherwise', () => {
    expect(readRuntime({ TABLE_NAME: 't' }).ORIGIN_VERIFY_SECRET).toBeUndefined();
    const secret = 'a'.repeat(48);
    expect(readRuntime({ TABLE_NAME: 't', ORIGIN_VERIFY_SECRET: secret }).ORIGIN_VERIFY_SECRET).toBe(secret);
  });

  it('refuses a short origin-verify secret without repeating it', () => {
    const attempt = () => readRuntime({ TABLE_NAME: 't', ORIGIN_VERIFY_SECRET: 'short-secret-value' });
    expect(attempt).toThrow(/ORIGIN_VERIFY_SECRET/);
    expect(attempt).not.toThrow(/short-secret-value/);
  });
});
