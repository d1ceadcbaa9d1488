import { describe, expect, it } from 'vitest';
import { caseDocument } from '../../../functions/case-api/case-document.ts';
import { bearerToken, clientOf } from '../../../functions/case-api/token.ts';
import type { SubmissionRecord } from '../../../functions/submissions/record.ts';

describe('case API tokens', () => {
  it('a client-credentials token names its client and the teams its scopes give', () => {
    expect(
      clientOf({
        client_id: 'abc123',
        token_use: 'access',
        scope: 'case-api/team.community-safety other/scope case-api/team.quality case-api/team.quality',
      }),
    ).toEqual({ clientId: 'abc123', teams: ['community-safety', 'quality'] });
  });

  it('an ID token, or a token without a client, is no API credential', () => {
    expect(clientOf({ client_id: 'abc', token_use: 'id', scope: 'case-api/team.quality' })).toBeUndefined();
    expect(clientOf({ sub: 'person', scope: 'case-api/team.quality' })).toBeUndefined();
  });

  it('a scope that only looks like a team’s gives none', () => {
    expect(
      clientOf({ client_id: 'a', scope: 'case-api/team.Quality! xcase-api/team.quality' })?.teams,
    ).toEqual([]);
  });

  it('reads a bearer token, and nothing else, from the Authorization header', () => {
    expect(bearerToken('Bearer eyJ.abc.def')).toBe('eyJ.abc.def');
    expect(bearerToken('bearer eyJ.abc.def')).toBe('eyJ.abc.def');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerToken('Bearer two tokens')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe('the case document', () => {
  const record: SubmissionRecord = {
    pk: 'RJ-2345-6789',
    kind: 'submission',
    reference: 'RJ-2345-6789',
    formId: 'referral',
    schemaVersion: 1,
    createdAt: '2026-12-01T10:00:00.000Z',
    team: 'restorative-justice',
    urgent: [],
    answers: { name: 'Sam', safeWays: ['email'], email: 'sam@example.com' },
    expiresAt: 0,
    steps: [
      {
        id: 's1',
        step: 'first-contact',
        on: '2026-12-02',
        note: 'Spoke to Sam about the shed',
        by: 'staff-sub',
        byName: 'Casey Caseworker',
        recordedAt: '2026-12-02T09:00:00.000Z',
      },
    ],
    timeline: [{ id: 't1', kind: 'note', at: '2026-12-02T09:00:00.000Z', text: 'A private note' } as never],
  };

  it('has the answers and the steps, never the team’s notes, timeline or who recorded them', () => {
    const document = caseDocument(record);
    expect(document.answers).toEqual(record.answers);
    expect(document.steps).toEqual([
      expect.objectContaining({ id: 's1', step: 'first-contact', on: '2026-12-02' }),
    ]);
    const text = JSON.stringify(document);
    for (const staffOnly of ['Spoke to Sam', 'staff-sub', 'Casey', 'A private note', 'timeline'])
      expect(text).not.toContain(staffOnly);
  });

  it('gives the safe ways as they stand after a change of contact, not the ones replaced', () => {
    const changed = caseDocument({
      ...record,
      additions: [
        {
          id: 'a1',
          kind: 'contact',
          at: '2026-12-03T08:00:00.000Z',
          answers: { safeWays: ['phone'], phone: '07700 900123' },
          urgent: [],
          language: 'en',
        },
      ],
    });
    expect(changed.answers).toMatchObject({ safeWays: ['phone'], phone: '07700 900123' });
    expect(changed.answers).not.toHaveProperty('email');
    expect(changed.safeContact).toEqual(
      expect.arrayContaining(['Contact only by: phone call.', 'Do not email.']),
    );
  });
});
