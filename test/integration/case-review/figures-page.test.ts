import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import type { StepEntry } from '../../../functions/progress/types.ts';
import { counterNames, erasedEntry } from '../../../functions/reporting/erased-tally.ts';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { countRemoval } from '../../../functions/storage/erased-tallies.ts';
import { startTwin, type Twin } from '../../../local/twin.ts';
import { PATIENT_TEST_MS } from '../../support/patience.ts';
import { seed } from '../ops/ops-support.ts';

/**
 * The published figures on the twin, as the public reach them through the site's address: the
 * page and a year's CSV count the applications held and those erased (from their tally), and
 * carry nothing from any case (no reference, name or note).
 */
const NOW = new Date('2027-05-10T10:00:00.000Z');
let n = 0;
const step = (s: string, on: string, detail?: string): StepEntry => ({
  id: `e${++n}`,
  step: s,
  on,
  by: 'staff-sub',
  recordedAt: `${on}T12:00:00.000Z`,
  note: 'Spoke to Robin Quayle',
  ...(detail ? { detail } : {}),
});
const application = (reference: string, createdAt: string, steps: StepEntry[]) => ({
  pk: reference,
  kind: 'submission',
  reference,
  formId: 'case-review',
  schemaVersion: 1,
  createdAt,
  team: 'community-safety',
  urgent: [],
  answers: { name: 'Robin Quayle', applicantType: 'victim' },
  expiresAt: 2_000_000_000,
  steps,
});
const DATA = [
  application('CR-AAAA-0001', '2026-05-01T10:00:00.000Z', [
    step('decided', '2026-05-10', 'met'),
    step('review-held', '2026-06-01', 'online'),
    step('recommendations', '2026-06-01', 'yes'),
  ]),
  application('CR-BBBB-0002', '2026-06-10T10:00:00.000Z', [step('decided', '2026-06-20', 'not-met')]),
  application('CR-CCCC-0003', '2026-09-01T10:00:00.000Z', []),
];
// Erased before the page was read: counted from its month's anonymous tally alone.
const ERASED = application('CR-DDDD-0004', '2026-07-01T10:00:00.000Z', [
  step('decided', '2026-07-10', 'not-met'),
  step('closed', '2026-07-11', 'threshold-not-met'),
]);

let twin: Twin;
let site: string;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'figures-site-'));
  mkdirSync(join(site, 'case-review'));
  writeFileSync(join(site, 'case-review', 'index.html'), '<h1>Apply</h1>');
  twin = await startTwin({ port: 0, dataDir: null, quiet: true, siteDir: site, clock: () => NOW });
  const documents = makeDocumentClient({ AWS_REGION: twin.region, DYNAMODB_ENDPOINT: twin.dynamoEndpoint });
  await seed(documents, twin.tableName, DATA);
  const entry = erasedEntry(ERASED, serviceConfig);
  await countRemoval(
    documents,
    twin.tableName,
    { id: 'stream-event-1', month: entry.month, counters: counterNames(entry) },
    NOW,
  );
  documents.destroy();
}, PATIENT_TEST_MS);

afterAll(async () => {
  await twin?.stop();
  rmSync(site, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, twin.url));

/** What nothing published may carry: the cases' references, the applicant's name, staff notes. */
const expectNothingPersonal = (body: string) => {
  expect(body).not.toMatch(/CR-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  expect(body).not.toContain('Robin');
  expect(body).not.toContain('Quayle');
  expect(body).not.toContain('victim');
};

const countsOn = (body: string) => {
  const $ = cheerio.load(body);
  return $('main table')
    .toArray()
    .map((table) => ({
      caption: $(table).find('caption').text().trim(),
      counts: $(table)
        .find('tbody td')
        .toArray()
        .map((td) => Number($(td).text())),
    }));
};

describe('the published Case Review figures on the twin', () => {
  it('the page counts the year’s applications, erased ones too, and nothing else of them', async () => {
    const res = await get('/case-review/figures/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = await res.text();
    expectNothingPersonal(body);
    // This year (none yet), then last year: 3 held + 1 erased; 2 not met (1 erased); 1 review, 1 with recommendations.
    // The years before the first application are not shown.
    expect(countsOn(body)).toEqual([
      { caption: 'Figures for April 2027 to March 2028', counts: [0, 0, 0, 0] },
      { caption: 'Figures for April 2026 to March 2027', counts: [4, 2, 1, 1] },
    ]);
  });

  it('in Welsh at /cy/case-review/figures/', async () => {
    const res = await get('/cy/case-review/figures/');
    expect(res.status).toBe(200);
    const body = await res.text();
    expectNothingPersonal(body);
    expect(cheerio.load(body)('html').attr('lang')).toBe('cy');
    expect(countsOn(body)[1]).toEqual({
      caption: 'Ffigurau ar gyfer Ebrill 2026 i Mawrth 2027',
      counts: [4, 2, 1, 1],
    });
  });

  it('a year’s CSV is a download of the same four counts', async () => {
    const res = await get('/case-review/figures/2026.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="case-review-figures-2026.csv"',
    );
    const body = await res.text();
    expectNothingPersonal(body);
    expect(body.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Year (applications received),Applications,Threshold not met,Reviews held,Reviews with recommendations',
      'April 2026 to March 2027,4,2,1,1',
      '',
    ]);
  });

  it('a year not yet begun, or an address that is no year, is not found', async () => {
    for (const path of [
      '/case-review/figures/2028.csv',
      '/case-review/figures/2013.csv',
      '/case-review/figures/x',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('the form itself is still the site’s page', async () => {
    const res = await get('/case-review/');
    expect(await res.text()).toContain('<h1>Apply</h1>');
  });
});
