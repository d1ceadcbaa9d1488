import type { ServiceConfig } from '../config/schema.ts';
import type { StaffMember } from '../storage/staff-store.ts';

/** A link in the workspace's navigation, from the route table (functions/staff/routes.ts). */
export interface NavLink {
  href: string;
  text: string;
  current: boolean;
}

/** Who is signed in, their anti-forgery token and their links: built once a row's guards pass. */
export interface StaffFrame {
  config: ServiceConfig;
  member: StaffMember;
  csrfToken: string;
  links: readonly NavLink[];
}
