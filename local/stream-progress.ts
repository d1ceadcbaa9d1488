import type { CatchUp } from './stream-poller.ts';

const count = (n: number, what: string) => `${n.toLocaleString('en-GB')} ${what}${n === 1 ? '' : 's'}`;

/**
 * What the twin says once its stream poller has caught up at start, if there was anything to catch
 * up on: after a restart, the submissions made while it was stopped; on a first start over older
 * data (no saved position), how many earlier submissions it read and how many it skipped as emailed.
 */
export const caughtUpLine = ({
  resumedShards,
  fromOldestShards,
  skipped,
  handed,
}: CatchUp): string | undefined => {
  if (skipped + handed === 0) return undefined;
  if (fromOldestShards === 0)
    return `stream: resumed where it stopped; caught up on ${count(handed, 'submission')} made meanwhile, to email now`;
  const sending = `${handed.toLocaleString('en-GB')} to email now`;
  const how = resumedShards > 0 ? 'some shards had no saved position' : 'no saved position';
  return `stream: caught up on ${count(skipped + handed, 'earlier submission')} (${how}, so read from the oldest record): ${skipped.toLocaleString('en-GB')} already emailed, skipped; ${sending}`;
};
