import type { ServiceConfig } from '../functions/config/schema.ts';
import { ADMIN_GROUP } from '../functions/contract/service-contract.ts';

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

/** One member per configured team (username = the team's id), one in no team, and an admin. */
export const localStaffAccounts = (config: ServiceConfig): StaffAccount[] => [
  ...Object.entries(config.teams).map(([teamId, team]) => ({
    username: teamId,
    password: LOCAL_STAFF_PASSWORD,
    name: `${team.name} member`,
    email: `${teamId}@staff.localhost`,
    groups: [teamId],
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
