import { describe, expect, it } from 'vitest';
import sample from '../../../config/service.json' with { type: 'json' };
import { editDistance, nearestKey } from '../../../functions/config/nearest-key.ts';
import { ConfigError, parseConfig } from '../../../functions/config/parse-config.ts';
import { serviceConfigSchema } from '../../../functions/config/schema.ts';
import { lenientObjects } from '../../../functions/config/schema-walk.ts';
import { deploySettingsSchema, parseDeploySettings } from '../../../infra/deploy-settings.ts';

type Json = Record<string, unknown>;

/** The sample configuration with `value` set at `path` (a copy). */
const withKey = (path: string[], value: unknown): Json => {
  const config = structuredClone(sample) as Json;
  const parent = path.slice(0, -1).reduce<Json>((at, key) => {
    at[key] ??= {};
    return at[key] as Json;
  }, config);
  parent[path.at(-1) as string] = value;
  return config;
};

describe('unknown keys in config/service.json', () => {
  it.each([
    [
      'forms.referral.includeAnswersInEmails',
      true,
      'Unknown key "includeAnswersInEmails" in forms.referral: did you mean "includeAnswersInEmail"?',
    ],
    [
      'workingdays',
      { closedOn: ['2026-12-29'] },
      'Unknown key "workingdays" at the top level: did you mean "workingDays"?',
    ],
    [
      'spam.suspectedRetentionDay',
      20,
      'Unknown key "suspectedRetentionDay" in spam: did you mean "suspectedRetentionDays"?',
    ],
    ['staff.auditExtraDyas', 400, 'Unknown key "auditExtraDyas" in staff: did you mean "auditExtraDays"?'],
    ['teams.quality.emial', 'q@example.org', 'Unknown key "emial" in teams.quality: did you mean "email"?'],
    [
      'inLanguages.cy.serviceNmae',
      'x',
      'Unknown key "serviceNmae" in inLanguages.cy: did you mean "serviceName"?',
    ],
    [
      'forms.nuisance.routes.0.startWith',
      ['M1'],
      'Unknown key "startWith" in forms.nuisance.routes.0: did you mean "startsWith"?',
    ],
  ])('refuses %s with the key meant', (path, value, message) => {
    const attempt = () => parseConfig(withKey(path.split('.'), value));
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });

  it('lists the keys there when none is near', () => {
    expect(() => parseConfig(withKey(['phoneNumbers', 'police'], '101'))).toThrow(
      'Unknown key "police" in phoneNumbers: the keys there are "emergency", "nonEmergency"',
    );
  });

  it('leaves no object in the schema that lets an unknown key through', () => {
    expect(lenientObjects(serviceConfigSchema)).toEqual([]);
    expect(lenientObjects(deploySettingsSchema)).toEqual([]);
  });
});

describe('unknown keys in the deploy settings', () => {
  it.each([
    [{ waf: { enable: false } }, 'Unknown key "enable" in waf: did you mean "enabled"?'],
    [{ stackPrefx: 'Rj' }, 'Unknown key "stackPrefx" at the top level: did you mean "stackPrefix"?'],
    [
      { staff: { threatProtecton: 'OFF' } },
      'Unknown key "threatProtecton" in staff: did you mean "threatProtection"?',
    ],
    [
      { accessLogs: { cloudfront: true } },
      'Unknown key "cloudfront" in accessLogs: did you mean "cloudFront"?',
    ],
  ])('refuses %j with the key meant', (settings, message) => {
    expect(() => parseDeploySettings(settings)).toThrow(message);
  });
});

describe('nearest key', () => {
  it('counts a swap of neighbours as one edit and ignores case', () => {
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('workingdays', 'workingDays')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests nothing far from every known key', () => {
    expect(nearestKey('colour', ['brandColour', 'siteUrl'])).toBeUndefined();
    expect(nearestKey('siteURL', ['brandColour', 'siteUrl'])).toBe('siteUrl');
  });
});
