import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { buildSiteOnce, SITE_DIST } from './support/site-build.ts';

/** The built page's text, tags dropped and spaces folded (no browser needed to read it). */
const textOf = (path: string) =>
  readFileSync(join(SITE_DIST, path, 'index.html'), 'utf8')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(() => buildSiteOnce());

describe("the built privacy notice and accessibility statement carry config/service.json's terms", () => {
  const { privacy, accessibility } = serviceConfig;
  const issue = accessibility.knownIssues[0] ?? {};

  it.each([
    ['privacy', 'data protection officer at', 'Article 6(1)(e) (public task)', 'on servers in the UK'],
    [
      'cy/privacy',
      'swyddog diogelu data drwy',
      'Erthygl 6(1)(e) GDPR y DU (tasg gyhoeddus)',
      'ar weinyddion yn y DU',
    ],
  ])('/%s/', (path, dpo, basis, place) => {
    const text = textOf(path);
    expect(text).toContain(`${dpo} ${privacy.dataProtectionOfficer.email}`);
    expect(text).toContain(basis);
    expect(text).toContain(place);
  });

  it.each([
    ['accessibility', 'prepared on 30 November 2026', issue.en],
    ['cy/accessibility', 'Paratowyd y datganiad hwn ar 30 Tachwedd 2026', issue.cy],
  ])('/%s/', (path, prepared, knownIssue) => {
    const text = textOf(path);
    expect(text).toContain(prepared);
    expect(text).toContain(knownIssue);
  });
});
