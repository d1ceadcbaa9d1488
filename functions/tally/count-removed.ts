import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { passesTallyFilter } from '../contract/service-contract.ts';
import type { StepEntry } from '../progress/types.ts';
import { counterNames, erasedEntry, type TallyConfig } from '../reporting/erased-tally.ts';
import type { TallyWriter } from '../storage/dynamodb-erased-tallies.ts';

export interface TallyDeps {
  /** Working days and first-contact targets, as the report counts them. */
  config: TallyConfig;
  tallies: TallyWriter;
  now: () => Date;
}

export type Counted = 'counted' | 'already' | 'not a submission';

const text = (value: AttributeValue | undefined): string | undefined => value?.S || undefined;

/** The steps as the funnel reads them (which stand, on which day, with what reason); never their notes. */
const stepsOf = (value: AttributeValue | undefined): StepEntry[] =>
  (value?.L ?? []).flatMap(({ M: entry }) => {
    const [id, step, on] = [text(entry?.id), text(entry?.step), text(entry?.on)];
    if (!id || !step || !on) return [];
    const detail = text(entry?.detail);
    const corrects = text(entry?.corrects);
    return [
      {
        id,
        step,
        on,
        by: '',
        recordedAt: '',
        ...(detail ? { detail } : {}),
        ...(corrects ? { corrects } : {}),
      },
    ];
  });

/**
 * Counts one removed submission (erased, or deleted at the end of its retention) into its received
 * month's anonymous tally, from the stream record's old image. Only what the report counts is read
 * of it (form, team, month received, steps and their days, closure reason); nothing of it is kept
 * but counters. The record's event id makes a redelivered record count once.
 */
export const countRemoved = async (record: DynamoDBRecord, deps: TallyDeps): Promise<Counted> => {
  if (!passesTallyFilter(record) || !record.eventID) return 'not a submission';
  const image = record.dynamodb?.OldImage ?? {};
  const formId = text(image.formId);
  const team = text(image.team);
  const createdAt = text(image.createdAt);
  if (!formId || !team || !createdAt) return 'not a submission';
  const urgent = (image.urgent?.L ?? []).flatMap((v) => (v.S ? [v.S] : []));
  const entry = erasedEntry({ formId, team, createdAt, urgent, steps: stepsOf(image.steps) }, deps.config);
  return deps.tallies.count(
    { id: record.eventID, month: entry.month, counters: counterNames(entry) },
    deps.now(),
  );
};
