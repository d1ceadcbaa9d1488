import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETURN_LIMITS } from '../../../functions/contract/service-contract.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { inProcessReturn, START } from './return-access.ts';

let app: Awaited<ReturnType<typeof inProcessReturn>>;

beforeAll(async () => {
  app = await inProcessReturn();
}, 120_000);

afterAll(() => app?.destroy());

/** The message on a refused sign-in (the error summary's first entry). */
const problemOf = (body: string | undefined) =>
  /<div class="govuk-error-summary__body">[\s\S]*?<a href="#reference">([^<]*)<\/a>/.exec(body ?? '')?.[1];

const auditOf = async (reference: string) => app.staff.auditFor(reference);

describe('coming back with a reference and return code (DynamoDB Local)', () => {
  it('signs in with the code the confirmation gave, into a session on the server, and shows where it stands without answers', async () => {
    app.setTime(START);
    const { reference, code } = await app.send();
    const { response, cookie, id } = await app.signIn(reference, code.toLowerCase().replaceAll('-', ' '));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/return/');
    expect(cookie).toMatch(/; Path=\/return\/; Secure; HttpOnly; SameSite=Strict$/);
    const page = await app.get('/return/', id);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('We have received it.');
    expect(page.body).toContain(reference);
    expect(page.body).not.toContain('Loud music');
    expect(page.body).not.toContain('Alex');
    expect(page.body).toContain('href="/return/exit"');
    // Only the keyed hash is kept, never the code.
    expect(JSON.stringify(await app.table.allItems())).not.toContain(code);
    const audit = await auditOf(reference);
    expect(audit.map((e) => e.action)).toEqual(['return-signed-in']);
    expect(audit[0]?.actorName).toBe('the person, coming back');
  });

  it('locks a reference for an hour after 5 wrong codes, each audited without the code, and answers a refusal later', async () => {
    app.setTime(START);
    const { reference, code } = await app.send();
    app.pauses.length = 0;
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < RETURN_LIMITS.perReference; i++) {
      const { response } = await app.signIn(reference, 'AAAA-BBBB-CCCC', `198.51.100.${i}`);
      expect(response.statusCode).toBe(422);
      answers.push(problemOf(response.body));
    }
    expect(new Set(answers)).toEqual(
      new Set(['The reference number or return code is not right. Check them and try again.']),
    );
    // The right code now waits its hour, from yet another address.
    const locked = await app.signIn(reference, code, '192.0.2.77');
    expect(locked.response.statusCode).toBe(429);
    expect(locked.cookie).toBeUndefined();
    expect(problemOf(locked.response.body)).toBe(
      'There have been too many tries. Wait an hour, then try again.',
    );
    expect(app.pauses).toEqual(Array(6).fill(RETURN_LIMITS.failureDelayMs));
    const audit = await auditOf(reference);
    expect(audit.map((e) => e.action).sort()).toEqual(
      [...Array(5).fill('return-wrong-code'), 'return-locked-out'].sort(),
    );
    expect(JSON.stringify(audit)).not.toContain('AAAA');
    expect(JSON.stringify(audit)).not.toContain(code);
    // An hour after the fifth, the right code works again.
    app.later(RETURN_LIMITS.waitSeconds + 1);
    expect((await app.signIn(reference, code, '192.0.2.77')).response.statusCode).toBe(303);
  });

  it('lets through only 5 of many wrong codes sent at the same moment: the count is one conditional write', async () => {
    app.setTime(START);
    const { reference, code } = await app.send();
    const tries = 12;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, i) =>
        app.signIn(reference, 'AAAA-BBBB-CCCC', `198.51.100.${150 + i}`),
      ),
    );
    const statuses = answers.map((a) => a.response.statusCode);
    expect(statuses.filter((s) => s === 422)).toHaveLength(RETURN_LIMITS.perReference);
    expect(statuses.filter((s) => s === 429)).toHaveLength(tries - RETURN_LIMITS.perReference);
    const audit = await auditOf(reference);
    expect(audit.filter((e) => e.action === 'return-wrong-code')).toHaveLength(RETURN_LIMITS.perReference);
    expect(audit.filter((e) => e.action === 'return-locked-out')).toHaveLength(
      tries - RETURN_LIMITS.perReference,
    );
    // The right code waits its hour too.
    expect((await app.signIn(reference, code, '192.0.2.78')).response.statusCode).toBe(429);
  });

  it('does not count a right code against the address it came from', async () => {
    app.setTime(START);
    const { reference, code } = await app.send();
    for (let i = 0; i < RETURN_LIMITS.perAddress + 1; i++)
      expect((await app.signIn(reference, code, '203.0.113.220')).response.statusCode).toBe(303);
  });

  it('answers a reference that does not exist exactly as a wrong code, and locks it the same way', async () => {
    app.setTime(START);
    const { reference } = await app.send();
    const known = await app.signIn(reference, 'AAAA-BBBB-CCCC', '198.51.100.50');
    const unknown = await app.signIn('NR-2345-6789', 'AAAA-BBBB-CCCC', '198.51.100.51');
    expect(unknown.response.statusCode).toBe(known.response.statusCode);
    expect(problemOf(unknown.response.body)).toBe(problemOf(known.response.body));
    for (let i = 0; i < 4; i++) await app.signIn('NR-2345-6789', 'AAAA-BBBB-CCCC', `198.51.100.${60 + i}`);
    const sixth = await app.signIn('NR-2345-6789', 'AAAA-BBBB-CCCC', '198.51.100.70');
    expect(sixth.response.statusCode).toBe(429);
    expect((await auditOf('NR-2345-6789')).filter((e) => e.action === 'return-wrong-code')).toHaveLength(5);
  });

  it('limits one address trying many references', async () => {
    app.setTime(START);
    const { reference, code } = await app.send();
    for (let i = 0; i < RETURN_LIMITS.perAddress; i++) {
      const guess = `NR-${String(2222 + i)
        .replaceAll('0', '2')
        .replaceAll('1', '3')}-XXXX`;
      await app.signIn(guess, 'AAAA-BBBB-CCCC', '203.0.113.200');
    }
    const mine = await app.signIn(reference, code, '203.0.113.200');
    expect(mine.response.statusCode).toBe(429);
    expect((await app.signIn(reference, code, '203.0.113.201')).response.statusCode).toBe(303);
  });

  it('reaches only its own case: any other reference is a 404', async () => {
    app.setTime(START);
    const mine = await app.send();
    const theirs = await app.send({ ...VALID_ANSWERS.nuisance, name: 'Someone else' });
    const { id } = await app.signIn(mine.reference, mine.code);
    expect((await app.get('/return/', id, { reference: mine.reference })).statusCode).toBe(200);
    expect((await app.get('/return/', id, { reference: theirs.reference })).statusCode).toBe(404);
    expect((await app.get(`/return/${theirs.reference}`, id)).statusCode).toBe(404);
    expect((await app.get(`/return/add/${theirs.reference}`, id)).statusCode).toBe(404);
    const other = await app.get('/return/', id, { reference: theirs.reference });
    expect(other.body).not.toContain(theirs.reference);
  });

  it('treats the code of an erased or expired case as just wrong, and ends a session whose case has gone', async () => {
    app.setTime(START);
    const erased = await app.send();
    const { id } = await app.signIn(erased.reference, erased.code);
    await app.table.documents.send(
      new DeleteCommand({ TableName: app.table.tableName, Key: { pk: erased.reference } }),
    );
    const again = await app.signIn(erased.reference, erased.code, '198.51.100.90');
    expect(again.response.statusCode).toBe(422);
    expect(problemOf(again.response.body)).toBe(
      'The reference number or return code is not right. Check them and try again.',
    );
    const gone = await app.get('/return/', id);
    expect(gone.body).toContain('Come back to what you sent');
    expect(gone.cookies?.[0]).toMatch(/Max-Age=0/);

    const expiring = await app.send();
    const record = await app.table.store.get(expiring.reference);
    app.setTime(new Date(((record?.expiresAt ?? 0) + 1) * 1000));
    expect((await app.signIn(expiring.reference, expiring.code, '198.51.100.91')).response.statusCode).toBe(
      422,
    );
  });

  it('ends a session after 15 minutes unused, and keeps one in use', async () => {
    app.setTime(START);
    const { reference, code } = await app.send();
    const { id } = await app.signIn(reference, code);
    app.later(14 * 60);
    expect((await app.get('/return/', id)).body).toContain('Where it stands');
    app.later(14 * 60);
    expect((await app.get('/return/', id)).body).toContain('Where it stands');
    app.later(15 * 60 + 1);
    const ended = await app.get('/return/', id);
    expect(ended.body).toContain('You have been away for more than 15 minutes');
    expect(ended.body).not.toContain('Where it stands');
  });

  it('ends the session on Exit this page, on to the exit site, audited', async () => {
    app.setTime(START);
    const { reference, code } = await app.send();
    const { id } = await app.signIn(reference, code);
    const exit = await app.get('/return/exit', id);
    expect(exit.statusCode).toBe(303);
    expect(exit.headers.location).toBe(app.config.exitPageUrl);
    expect(exit.cookies?.[0]).toMatch(/^return-session=; Path=\/return\/;.*Max-Age=0$/);
    expect((await app.get('/return/', id)).body).toContain('Come back to what you sent');
    expect((await auditOf(reference)).map((e) => e.action)).toContain('return-signed-out');
  });

  it('signs in in Welsh at /cy/return/, with the session kept to the Welsh pages', async () => {
    app.setTime(START);
    const { reference, code } = await app.send();
    const { response, cookie, id } = await app.signIn(reference, code, '203.0.113.10', '/cy/return/');
    expect(response.headers.location).toBe('/cy/return/');
    expect(cookie).toContain('Path=/cy/return/');
    const page = await app.get('/cy/return/', id);
    expect(page.body).toContain('lang="cy"');
    expect(page.body).toContain('Rydym wedi’i gael.');
  });

  it('refuses a sign-in posted from another site, and an empty one with what is missing', async () => {
    const cross = await app.post(
      '/return/',
      { reference: 'NR-3456-7892', code: 'x' },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(cross.statusCode).toBe(403);
    const empty = await app.post('/return/', { reference: '', code: '' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Enter your reference number');
    expect(empty.body).toContain('Enter your return code');
  });

  it('gives a repeated submission (a retry after a lost answer) a fresh code that works, and the first none', async () => {
    app.setTime(START);
    const answers = { ...VALID_ANSWERS.nuisance, name: 'Repeat' };
    const first = await app.send(answers, 'the same browser');
    const repeat = await app.send(answers, 'the same browser');
    expect(repeat.reference).toBe(first.reference);
    expect(repeat.code).not.toBe(first.code);
    expect((await app.signIn(first.reference, first.code, '198.51.100.120')).response.statusCode).toBe(422);
    expect((await app.signIn(first.reference, repeat.code, '198.51.100.121')).response.statusCode).toBe(303);
  });
});
