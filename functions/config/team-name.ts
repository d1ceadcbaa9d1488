import type { ServiceConfig } from './schema.ts';

/** A team's name as configured; its id when it is no longer configured (an old record's team). */
export const teamName = (config: ServiceConfig, team: string): string => config.teams[team]?.name ?? team;
