import type { StaffMember, StaffStore } from '../storage/staff-store.ts';

/**
 * Who work can be assigned to. The workspace has no copy of the provider's directory and asks it
 * for none (it would need rights to list every user): instead each team member who signs in is
 * noted against their teams, and drops out after this long without signing in. Admins oversee
 * every team and are not listed as a team's members.
 */
export const MEMBER_DAYS = 90;

export const rememberAtSignIn = (store: StaffStore, member: StaffMember, now: Date): Promise<void> =>
  member.admin
    ? Promise.resolve()
    : store.rememberMember(
        { sub: member.sub, name: member.name },
        member.teams,
        Math.floor(now.getTime() / 1000) + MEMBER_DAYS * 86_400,
      );
