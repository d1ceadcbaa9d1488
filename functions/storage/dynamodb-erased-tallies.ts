import { countRemoval } from './erased-tallies.ts';
import { TableAdapter } from './table-adapter.ts';

/** One removal to count: its stream event id, the month it was received and the counters it adds to. */
export interface Removal {
  id: string;
  month: string;
  counters: readonly string[];
}

/** Where the tally counter writes: tally items and removal markers only (TALLY#, TALLIED#). */
export interface TallyWriter {
  count(removal: Removal, now: Date): Promise<'counted' | 'already'>;
}

export class DynamoErasedTallies extends TableAdapter implements TallyWriter {
  count(removal: Removal, now: Date): Promise<'counted' | 'already'> {
    return countRemoval(this.client, this.tableName, removal, now);
  }
}
