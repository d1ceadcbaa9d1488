import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { GROUPS_CLAIM } from '../../../functions/contract/service-contract.ts';
import { memberFrom, reportTeams } from '../../../functions/staff/auth/member.ts';

const claims = (groups: string[]) => ({ sub: 'abc', name: 'Sam', [GROUPS_CLAIM]: groups });

describe('team leads', () => {
  it('leads the team named by "<team>-lead" and is a member of it', () => {
    const lead = memberFrom(claims(['restorative-justice-lead']), serviceConfig);
    expect(lead).toMatchObject({
      teams: ['restorative-justice'],
      leads: ['restorative-justice'],
      admin: false,
    });
    expect(reportTeams(lead as NonNullable<typeof lead>, serviceConfig)).toEqual(['restorative-justice']);
  });

  it('gives a plain member no report, ignores a lead group for a team not configured, and an admin every team', () => {
    const member = memberFrom(claims(['restorative-justice', 'nowhere-lead']), serviceConfig);
    expect(member?.leads).toBeUndefined();
    expect(reportTeams(member as NonNullable<typeof member>, serviceConfig)).toEqual([]);
    expect(memberFrom(claims(['nowhere-lead']), serviceConfig)).toBeUndefined();
    const admin = memberFrom(claims(['admins']), serviceConfig);
    expect(reportTeams(admin as NonNullable<typeof admin>, serviceConfig)).toEqual(
      Object.keys(serviceConfig.teams),
    );
  });
});
