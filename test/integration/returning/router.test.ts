import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { htmlResponse } from '../../../functions/http/responses.ts';
import { RETURN_ACTIONS } from '../../../functions/returning/action-registry.ts';
import type { ReturnActionRequest } from '../../../functions/returning/actions.ts';
import { inProcessReturn, START } from './return-access.ts';

let app: Awaited<ReturnType<typeof inProcessReturn>>;

beforeAll(async () => {
  app = await inProcessReturn();
}, 120_000);

afterAll(() => app?.destroy());

// The real actions, put back after each test stands in for one or takes one away.
const built = { ...RETURN_ACTIONS };
afterEach(() => {
  for (const name of ['add', 'contact', 'withdraw'] as const) {
    const action = built[name];
    if (action) RETURN_ACTIONS[name] = action;
    else delete RETURN_ACTIONS[name];
  }
});

/** Stands in for slice 21-actions' action: records what the router handed it. */
const recording = () => {
  const seen: ReturnActionRequest[] = [];
  RETURN_ACTIONS.add = async (request, store) => {
    seen.push(request);
    const view = await store.caseForReturn(request.session.reference);
    return htmlResponse(200, `added to ${view?.reference}`);
  };
  return seen;
};

describe('the /return/ router hands a signed-in person to the actions (RETURN_ACTIONS)', () => {
  it('hands GET and POST /return/add to the add action with the session, its case and the posted fields', async () => {
    app.setTime(START);
    const seen = recording();
    const { reference, code } = await app.send();
    const { id } = await app.signIn(reference, code);
    const status = await app.get('/return/', id);
    expect(status.body).toContain('href="/return/add"');
    expect(status.body).toContain('Tell us about something that has happened since');

    expect((await app.get('/return/add', id)).body).toBe(`added to ${reference}`);
    const posted = await app.post('/return/add', { what: 'More noise' }, { cookie: `return-session=${id}` });
    expect(posted.body).toBe(`added to ${reference}`);
    expect(posted.headers['cache-control']).toBe('no-store');
    expect(seen.map((r) => [r.method, r.session.reference, r.form.id])).toEqual([
      ['GET', reference, 'nuisance'],
      ['POST', reference, 'nuisance'],
    ]);
    expect(seen[1]?.fields).toEqual({ what: 'More noise' });
  });

  it('is a 404 for what the form does not offer, even when the action exists', async () => {
    app.setTime(START);
    RETURN_ACTIONS.withdraw = async () => htmlResponse(200, 'withdrawn');
    const { reference, code } = await app.send();
    const { id } = await app.signIn(reference, code);
    expect((await app.get('/return/withdraw', id)).statusCode).toBe(404);
    expect((await app.get('/return/', id)).body).not.toContain('/return/withdraw');
    // And what the service does not have (an action not built) is neither linked nor reached.
    delete RETURN_ACTIONS.contact;
    expect((await app.get('/return/', id)).body).not.toContain('/return/contact');
    expect((await app.get('/return/contact', id)).statusCode).toBe(404);
  });

  it('sends an action asked for without a session to the sign-in page, never to the action', async () => {
    const seen = recording();
    const answer = await app.get('/return/add');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/return/');
    expect(seen).toEqual([]);
  });
});
