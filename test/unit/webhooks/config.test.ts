import { describe, expect, it } from 'vitest';
import sample from '../../../config/service.json' with { type: 'json' };
import { parseConfig } from '../../../functions/config/parse-config.ts';
import { endpointsFor } from '../../../functions/webhooks/config-schema.ts';

const withEndpoints = (endpoints: Record<string, unknown>) => ({
  ...structuredClone(sample),
  webhooks: { endpoints },
});

const good = {
  team: 'community-safety',
  url: 'https://ecins.example.org/hooks/northfield',
  events: ['submission.received', 'submission.updated'],
};

describe('webhook endpoints in the service configuration', () => {
  it('has none unless configured', () => {
    expect(parseConfig(sample).webhooks.endpoints).toEqual({});
  });

  it('accepts an https endpoint for a team, and sends it only its team and events', () => {
    const config = parseConfig(withEndpoints({ 'asb-ecins': good }));
    expect(endpointsFor(config.webhooks, 'community-safety', 'submission.received').map((e) => e.id)).toEqual(
      ['asb-ecins'],
    );
    expect(endpointsFor(config.webhooks, 'community-safety', 'submission.erased')).toEqual([]);
    expect(endpointsFor(config.webhooks, 'restorative-justice', 'submission.received')).toEqual([]);
  });

  it('refuses plain http except to this machine (the twin)', () => {
    expect(() => parseConfig(withEndpoints({ e: { ...good, url: 'http://ecins.example.org/h' } }))).toThrow(
      /"webhooks\.endpoints\.e\.url" must be an https:\/\/ address/,
    );
    expect(
      parseConfig(withEndpoints({ e: { ...good, url: 'http://localhost:4000/' } })).webhooks,
    ).toBeTruthy();
  });

  it('refuses a user name or password in the address', () => {
    expect(() =>
      parseConfig(withEndpoints({ e: { ...good, url: 'https://u:p@ecins.example.org/' } })),
    ).toThrow(/must not hold a user name or password/);
  });

  it('refuses an unknown team, an unknown event, no events and a repeated one', () => {
    expect(() => parseConfig(withEndpoints({ e: { ...good, team: 'nobody' } }))).toThrow(
      /"webhooks\.endpoints\.e\.team" names team "nobody"/,
    );
    expect(() => parseConfig(withEndpoints({ e: { ...good, events: ['submission.read'] } }))).toThrow(
      /webhooks\.endpoints\.e\.events/,
    );
    expect(() => parseConfig(withEndpoints({ e: { ...good, events: [] } }))).toThrow(/at least one event/);
    expect(() =>
      parseConfig(withEndpoints({ e: { ...good, events: ['submission.erased', 'submission.erased'] } })),
    ).toThrow(/each event once/);
  });

  it('refuses an endpoint id that cannot name a secret', () => {
    expect(() => parseConfig(withEndpoints({ 'Bad Id!': good }))).toThrow(/webhooks\.endpoints/);
  });
});
