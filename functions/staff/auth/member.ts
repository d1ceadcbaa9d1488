import type { ServiceConfig } from '../../config/schema.ts';
import { ADMIN_GROUP, GROUPS_CLAIM, LEAD_GROUP_SUFFIX } from '../../contract/service-contract.ts';
import type { StaffMember } from '../../storage/staff-store.ts';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Who signed in, from the ID token's claims: their teams are the groups that name a configured
 * team, and the admins group sees every team. Undefined when they are in neither: such a person
 * has nothing to see, and is refused with a page that says why.
 */
export const memberFrom = (
  claims: Record<string, unknown>,
  config: ServiceConfig,
): StaffMember | undefined => {
  const raw = claims[GROUPS_CLAIM];
  const groups = Array.isArray(raw) ? raw.filter((g): g is string => typeof g === 'string') : [];
  const admin = groups.includes(ADMIN_GROUP);
  const leads = groups
    .filter((g) => g.endsWith(LEAD_GROUP_SUFFIX))
    .map((g) => g.slice(0, -LEAD_GROUP_SUFFIX.length))
    .filter((t) => Object.hasOwn(config.teams, t));
  // A lead is a member of the team they lead, even without the team's own group.
  const teams = admin
    ? Object.keys(config.teams)
    : [...new Set([...groups.filter((g) => Object.hasOwn(config.teams, g)), ...leads])];
  const sub = text(claims.sub);
  if (!sub || teams.length === 0) return undefined;
  return {
    sub,
    name: text(claims.name) || text(claims.email) || 'Member of staff',
    email: text(claims.email),
    teams,
    admin,
    ...(leads.length > 0 ? { leads } : {}),
  };
};

/** The teams whose progress report a member sees: every team for admins, the teams they lead otherwise. */
export const reportTeams = (member: StaffMember, config: ServiceConfig): string[] =>
  member.admin
    ? Object.keys(config.teams)
    : (member.leads ?? []).filter((t) => Object.hasOwn(config.teams, t));

/** Whether a member may see a submission routed to this team. */
export const canSee = (member: StaffMember, team: string): boolean =>
  member.admin || member.teams.includes(team);

/**
 * Whether a member's exports carry answers: admins' and team leads' do; a team's members only
 * where the deployer allows it (teams.<id>.membersExportAnswers). A member of several teams gets
 * answers only when every one of their teams allows it, so one file never mixes the two.
 */
export const exportsAnswers = (member: StaffMember, config: ServiceConfig): boolean =>
  member.admin ||
  member.teams.every(
    (t) =>
      (member.leads ?? []).includes(t) ||
      (Object.hasOwn(config.teams, t) && config.teams[t]?.membersExportAnswers === true),
  );
