import type { ServiceConfig } from '../functions/config/schema.ts';
import { ADMIN_GROUP, LEAD_GROUP_SUFFIX } from '../functions/contract/service-contract.ts';

/** A staff account on the local OpenID provider: one per team, and one admin. */
export interface StaffAccount {
  username: string;
  password: string;
  name: string;
  email: string;
  groups: string[];
}

/**
 * The twin's one password for every seeded account. Local only: the twin's provider never runs on
 * AWS, where Cognito holds real accounts with their own passwords and MFA.
 */
export const LOCAL_STAFF_PASSWORD = 'twin-only-password';

/** One member per configured team (username = the team's id), a team lead, one in no team, and an admin. */
export const localStaffAccounts = (config: ServiceConfig): StaffAccount[] => [
  ...Object.entries(config.teams).map(([teamId, team]) => ({
    username: teamId,
    password: LOCAL_STAFF_PASSWORD,
    name: `${team.name} member`,
    email: `${teamId}@staff.localhost`,
    groups: [teamId],
  })),
  // The first team's lead: the team's work and its progress report.
  ...Object.entries(config.teams)
    .slice(0, 1)
    .map(([teamId, team]) => ({
      username: 'team-lead',
      password: LOCAL_STAFF_PASSWORD,
      name: `${team.name} lead`,
      email: 'team-lead@staff.localhost',
      groups: [`${teamId}${LEAD_GROUP_SUFFIX}`],
    })),
  // Someone whose account exists but is in no team yet: they may sign in, and see nothing.
  {
    username: 'no-team',
    password: LOCAL_STAFF_PASSWORD,
    name: 'New starter',
    email: 'no-team@staff.localhost',
    groups: [],
  },
  {
    username: ADMIN_GROUP,
    password: LOCAL_STAFF_PASSWORD,
    name: 'Service administrator',
    email: `${ADMIN_GROUP}@staff.localhost`,
    groups: [ADMIN_GROUP],
  },
];
