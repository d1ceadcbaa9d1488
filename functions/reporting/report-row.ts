/**
 * The report's flat shape, in a home of its own: the rows of the summary (report-rows.ts) and of
 * the progress funnel (funnel-rows.ts) are both made of it, so neither imports the other for it.
 */
/** One number in the report, flat: the shape of the CSV and of the email's tables. */
export interface ReportRow {
  section: string;
  measure: string;
  group: string;
  count: number;
  /** How many it is out of; null for plain counts. */
  n: number | null;
  percent: number | null;
  /** What the measure counts, in one line, shown under its table. */
  definition?: string;
  /** Nothing to show yet (a median with nobody contacted): shown as "none yet", empty in the CSV. */
  empty?: boolean;
}

/** A team's name from its id, as the configuration gives it. */
export type TeamName = (teamId: string) => string;
