import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PATHS, STAFF_SESSION } from '../../functions/contract/service-contract.ts';
import { inProcessStaff, type TestMember } from '../integration/staff/in-process-staff.ts';
import { expectPrototypesClean, PROTOTYPE_KEYS } from './in-process.ts';

/**
 * Every staff route, with hostile query parameters, form fields and cookies, straight into the
 * staff handler: whatever arrives, the answer is a redirect or a 4xx with a reason, never a 500,
 * and nothing reaches an object's prototype.
 */

let ws: Awaited<ReturnType<typeof inProcessStaff>>;
let member: TestMember;
let admin: TestMember;
let reference = '';
let otherTeams = '';

beforeAll(async () => {
  ws = await inProcessStaff();
  reference = await ws.submit('referral');
  otherTeams = await ws.submit('nuisance');
  [member, admin] = await Promise.all([ws.signIn(['restorative-justice']), ws.signIn(['admins'])]);
});

afterAll(() => ws?.destroy());

/** Every parameter name a staff page reads, and the names that would reach a prototype. */
const NAMES: string[] = [
  ...PROTOTYPE_KEYS,
  'done',
  'corrects',
  'reference',
  'actor',
  'form',
  'from-day',
  'from-month',
  'from-year',
  'to-day',
  'to-month',
  'to-year',
  'download',
  'month',
  'team',
  'status',
  'urgent',
  'progress',
  'reached',
  'assignee',
  'order',
  'after',
  'before',
  'assigned',
  'to',
  'returnTo',
  'state',
  'error',
  'code',
  'csrf',
  'confirm',
  'step',
  'on-day',
  'on-month',
  'on-year',
  'note',
  'version',
  'was',
  'detail-first-contact',
  'assign-to',
  'back',
];

const hostileText = fc.oneof(
  fc.constantFrom(
    ...PROTOTYPE_KEYS,
    '',
    ' ',
    'csv',
    'me',
    'none',
    'recorded',
    '0',
    '-1',
    '1e309',
    'RJ-ZZZZ-ZZZZ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 200, max: 3_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('%', '%E0%A4%A', '\u202e\u0000', '😀'.repeat(50), '../../etc/passwd'),
);

/** A name the route reads (most often), any name a staff page reads, or anything at all. */
const hostileName = (reads: readonly string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...reads, ...reads, ...PROTOTYPE_KEYS), weight: 8 },
    fc.constantFrom(...NAMES),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );

/**
 * Parameters as a list of pairs: first each name the route reads, with a hostile value or none,
 * then anything else; a name may come several times (as an array would).
 */
const hostileParams = (reads: readonly string[]): fc.Arbitrary<[string, string | string[]][]> =>
  fc
    .tuple(
      fc.tuple(...reads.map((_name) => fc.option(hostileText, { nil: undefined, freq: 3 }))),
      fc.array(
        fc.tuple(
          hostileName(reads),
          fc.oneof(hostileText, fc.array(hostileText, { minLength: 2, maxLength: 3 })),
        ),
        { maxLength: 6 },
      ),
    )
    .map(([values, extra]) => [
      ...reads.flatMap((name, i): [string, string][] => {
        const value = values[i];
        return value === undefined ? [] : [[name, value]];
      }),
      ...extra,
    ]);

const encode = (pairs: [string, string | string[]][]) => {
  const params = new URLSearchParams();
  for (const [name, value] of pairs) for (const v of [value].flat()) params.append(name, v);
  return params;
};

type Who = 'member' | 'admin' | 'nobody';

/** Cookies as a browser or an attacker might send them. */
const hostileCookie = (who: Who): fc.Arbitrary<string | undefined> => {
  const session = who === 'member' ? member.cookie : who === 'admin' ? admin.cookie : undefined;
  const real = session ? [`${STAFF_SESSION.cookie}=${session}`] : [];
  return fc.oneof(
    { arbitrary: fc.constant(real[0]), weight: 8 },
    fc
      .tuple(fc.constantFrom(...PROTOTYPE_KEYS, STAFF_SESSION.cookie, STAFF_SESSION.loginCookie), hostileText)
      .map(([name, value]) => [`${name}=${value}`, ...real].join('; ')),
    hostileText.map((value) => `${STAFF_SESSION.cookie}=${value}`),
    fc.constant(`${STAFF_SESSION.cookie}=${'a'.repeat(4_000)}`),
    fc.constant('=; ;;=='),
  );
};

/** Each route (sign-out aside: it would end the session the others use) and the parameters it reads. */
const ROUTES: { method: 'GET' | 'POST'; path: () => string; reads: string[] }[] = [
  {
    method: 'GET',
    path: () => STAFF_PATHS.inbox,
    reads: [
      'form',
      'team',
      'status',
      'urgent',
      'progress',
      'reached',
      'assignee',
      'order',
      'after',
      'before',
      'assigned',
      'to',
    ],
  },
  { method: 'GET', path: () => STAFF_PATHS.signIn, reads: ['returnTo'] },
  { method: 'GET', path: () => STAFF_PATHS.callback, reads: ['state', 'error', 'code'] },
  { method: 'GET', path: () => STAFF_PATHS.signedOut, reads: [] },
  { method: 'GET', path: () => STAFF_PATHS.audit, reads: ['reference', 'actor'] },
  {
    method: 'GET',
    path: () => STAFF_PATHS.export,
    reads: ['form', 'download', 'from-day', 'from-month', 'from-year', 'to-day', 'to-month', 'to-year'],
  },
  { method: 'GET', path: () => STAFF_PATHS.report, reads: ['month', 'download'] },
  { method: 'GET', path: () => STAFF_PATHS.submission(reference), reads: ['done'] },
  { method: 'GET', path: () => STAFF_PATHS.submission(otherTeams), reads: ['done'] },
  { method: 'GET', path: () => STAFF_PATHS.steps(reference), reads: ['corrects'] },
  { method: 'GET', path: () => STAFF_PATHS.erase(reference), reads: [] },
  {
    method: 'POST',
    path: () => STAFF_PATHS.steps(reference),
    reads: [
      'step',
      'on-day',
      'on-month',
      'on-year',
      'note',
      'assignee',
      'corrects',
      'version',
      'detail-first-contact',
    ],
  },
  { method: 'POST', path: () => STAFF_PATHS.steps(otherTeams), reads: ['step', 'corrects'] },
  { method: 'POST', path: () => STAFF_PATHS.assignee(reference), reads: ['assignee', 'was'] },
  { method: 'POST', path: () => STAFF_PATHS.erase(reference), reads: ['confirm'] },
  { method: 'POST', path: () => STAFF_PATHS.bulkAssign, reads: ['reference', 'assign-to', 'back'] },
  { method: 'GET', path: () => STAFF_PATHS.myWork, reads: ['done'] },
  { method: 'POST', path: () => STAFF_PATHS.myWork, reads: ['morningEmail'] },
  { method: 'GET', path: () => STAFF_PATHS.followUp(reference), reads: [] },
  {
    method: 'POST',
    path: () => STAFF_PATHS.followUp(reference),
    reads: ['on-day', 'on-month', 'on-year', 'what', 'clear'],
  },
  { method: 'POST', path: () => STAFF_PATHS.followUp(otherTeams), reads: ['what', 'clear'] },
];

describe('every staff route with hostile parameters and cookies', () => {
  it.each(
    ROUTES.map(
      (route) => [`${route.method} ${route.path.toString().replace(/^.*STAFF_PATHS\./, '')}`, route] as const,
    ),
  )('%s answers 2xx, 3xx or 4xx, never 5xx', async (_name, route) => {
    await fc.assert(
      fc.asyncProperty(
        hostileParams(route.reads),
        hostileParams(route.reads),
        fc
          .oneof(
            { arbitrary: fc.constantFrom<Who>('member', 'admin'), weight: 6 },
            fc.constant<Who>('nobody'),
          )
          .chain((who) => fc.tuple(fc.constant(who), hostileCookie(who))),
        fc.boolean(),
        async (query, fields, [who, cookie], withToken) => {
          const form = encode(fields);
          if (withToken) form.set('csrf', who === 'admin' ? admin.csrf : member.csrf);
          const params = encode(query);
          const result = await ws.request(route.method, route.path(), {
            query: params.toString(),
            ...(route.method === 'POST' ? { form } : {}),
            ...(cookie ? { cookie } : {}),
          });
          expect(result.statusCode, `${route.method} ${route.path()}?${params} ${form}`).toBeLessThan(500);
          expectPrototypesClean();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves the submissions as they were: no hostile post erased or changed them', async () => {
    expect(await ws.table.store.get(reference)).toBeDefined();
  });
});
