/**
 * Part of the service contract (service-contract.ts): the values of the look-up index's key
 * (TABLE_SHAPE.byLookupIndex), built here only, so writers and readers cannot disagree.
 */

/** An open case assigned to this member (their `sub`): My work's "my open cases". */
export const mineKey = (sub: string): string => `MINE#${sub}`;

/** An open case in this team that nobody has been assigned: My work's "new, not yet assigned". */
export const unassignedKey = (team: string): string => `UNASSIGNED#${team}`;

/** A search token: the keyed hash of one normalised name, phone, email or postcode within a team. */
export const findKey = (token: string): string => `FIND#${token}`;

/** The look-up key an open case carries: its assignee's, else its team's; none once closed. */
export const caseLookup = (c: { team: string; assignee?: string | undefined; closed: boolean }) =>
  c.closed ? undefined : c.assignee ? mineKey(c.assignee) : unassignedKey(c.team);
