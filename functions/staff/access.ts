import type { ServiceConfig } from '../config/schema.ts';
import type { StaffMember } from '../storage/staff-store.ts';
import { reportTeams } from './auth/member.ts';

/**
 * Who may use a workspace page: anyone (the sign-in pages), any signed-in member, a team lead (or
 * an admin), or an admin. The route table gives each row one of these; the guards and the
 * navigation both read them through `mayUse`, so a link is shown exactly where the page answers.
 */
export type Access = 'signed-out' | 'member' | 'lead' | 'admin';

/**
 * Who may do the things a page links to (as well as the rows that do them): the route table's rows
 * and the pages that show a link both take these, so a link is never shown to someone refused.
 */
export const ACCESS_TO = {
  erase: 'admin',
  report: 'lead',
  audit: 'admin',
  // Slice 24-hand-off.
  deliveries: 'admin',
} as const satisfies Record<string, Access>;

export const mayUse = (member: StaffMember | undefined, access: Access, config: ServiceConfig): boolean => {
  if (access === 'signed-out') return true;
  if (!member) return false;
  if (access === 'member') return true;
  if (access === 'lead') return member.admin || reportTeams(member, config).length > 0;
  return member.admin;
};
