import type { LetterEntry } from '../case-review/letter-entry.ts';
import type { ServiceConfig } from '../config/schema.ts';
import { unassignedKey } from '../contract/lookup-keys.ts';
import type { StoredFile } from '../files/types.ts';
import { CONTACT_LANGUAGE_QUESTION } from '../forms/common-questions.ts';
import type { Answers, FormDefinition } from '../forms/types.ts';
import { labelsFor } from '../forms/urgency.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import type { FollowUp, StepEntry } from '../progress/types.ts';
import type { Addition } from '../returning/types.ts';
import type { TimelineEntry } from '../timeline/types.ts';
import { teamFor } from './routing.ts';
import type { SuspectedBecause } from './spam.ts';

/** The language to contact the person in (see SubmissionRecord.language). */
export const contactLanguageOf = (form: FormDefinition, answers: Answers): Language => {
  const chosen = answers[CONTACT_LANGUAGE_QUESTION];
  return isLanguage(chosen) ? chosen : (form.language ?? 'en');
};

/** A submission as stored: everything the team email, the operator tools and reporting need. */
export interface SubmissionRecord {
  pk: string;
  /** A submission, or one suspected of coming from a bot and kept apart until released. */
  kind: 'submission' | 'suspected';
  /** Why it is suspected (kind 'suspected' only). */
  suspectedBecause?: SuspectedBecause;
  reference: string;
  formId: string;
  schemaVersion: number;
  /** ISO 8601, UTC; also the sort key of the by-form index. */
  createdAt: string;
  team: string;
  /** Labels meaning act today (the form's `urgency`); before issue 20, every marker (forms/urgency.ts). */
  urgent: string[];
  /** Labels to see at a glance, not urgent (the form's `markers`); absent before issue 20. */
  markers?: string[];
  answers: Answers;
  /** Epoch seconds; DynamoDB's TTL deletes the record after the form's retention period. */
  expiresAt: number;
  /** When the team email was sent; absent until then, so unsent ones can be found. */
  teamNotifiedAt?: string;
  /** When the submitter's confirmation was sent, if they asked for one by a safe channel. */
  confirmationSentAt?: string;
  /**
   * When a due confirmation was not sent after all: the address was on SES's suppression list, or
   * had a confirmation from another submission within a day. It no longer counts as waiting.
   */
  confirmationWithheldAt?: string;
  /**
   * Whether the submitter is owed a confirmation (the form's rule gave an address), so operators
   * can find an unsent one without reading answers. Records from before it existed lack it and
   * count as not due.
   */
  confirmationDue?: boolean;
  /**
   * The language the person wants us to use: their answer to the language question, or else the
   * language the form was filled in. Records from before it existed lack it and mean English.
   */
  language?: Language;
  /** Case progress recorded by the team (see functions/progress/types.ts); absent means "received". */
  steps?: StepEntry[];
  /** The furthest standing step (statusOf), kept beside the steps so lists and reports need not work it out. */
  status?: string;
  /** The `sub` of the team member the submission is assigned to. */
  assignee?: string;
  /** Key of the duplicate-guard item written with this record, so erasure can remove it directly. */
  guardPk?: string;
  /** Contact attempts and notes (functions/timeline/types.ts), appended, never edited; erased with the record. */
  timeline?: TimelineEntry[];
  /** When someone means to come back to the case, and what for (personal data: never in emails or logs). */
  followUp?: FollowUp;
  /**
   * The look-up index's key while the case is open (lookup-keys.ts caseLookup): MINE#{assignee} or
   * UNASSIGNED#{team}; removed when it closes. Kept in step with status and assignee in one write.
   */
  lookup?: string;
  /**
   * Slice 23: an ASB Case Review application made by a person signed back in to their case, which
   * it was pre-filled from: that case's reference (signed, so never one merely typed).
   */
  fromCase?: string;
  /** The keys (pk) of this submission's search token items, so erasure removes them directly. */
  findKeys?: string[];
  /**
   * The keyed hash of the return code the confirmation page gave (issue 21): with the reference it
   * lets the person back in. Absent for older submissions and for forms with no way back.
   */
  returnCodeHash?: string;
  /** What the person added after sending, in order (functions/returning/types.ts); erased with the record. */
  additions?: Addition[];
  /** The ids of `additions`, so the same page sent twice is appended once (storage/addition-write.ts). */
  additionIds?: string[];
  /** When the person said they no longer want to take part (their latest withdrawal addition). */
  withdrawnAt?: string;
  /** When the person was told about the ASB Case Review on a second report within six months. */
  caseReviewNoticeAt?: string;
  // Slice 21-team: what the notifier has sent about additions (functions/notify/notify-updates.ts).
  /** How many of the additions the team has been emailed about ("An update to …"); absent: none. */
  additionsNotified?: number;
  /** When the team was last emailed about an addition: the inbox and My work mark the case updated. */
  updateNotifiedAt?: string;
  /** When the Case Review notice email went to the person's safe address. */
  caseReviewNoticeSentAt?: string;
  /** When a due Case Review notice email was decided against (no address marked safe, suppressed). */
  caseReviewNoticeWithheldAt?: string;
  /**
   * Entered by staff for the person (an application taken by phone, on paper or in person: slice
   * 23-case-review), with the channel and who entered it. Absent when the person sent it themselves.
   */
  entered?: { channel: string; by: string; byName?: string };
  /** When every partner body was told of a Case Review application (slice 23-case-review). */
  partnersNotifiedAt?: string;
  /** Letters sent to a Case Review applicant, in order, exactly as sent (slice 23-case-review). */
  letters?: LetterEntry[];
  /** How many of `letters` the notifier has dealt with (emailed those kept for email). */
  lettersEmailed?: number;
  /** Evidence files sent with it (issue 22), in the order attached; processing fills in each outcome. */
  files?: StoredFile[];
}

/** An email the notifier owes a submission, in the order it sends them. */
export type WaitingEmail = 'team email' | 'confirmation';

/**
 * What has not gone out yet. A confirmation counts only where the record says one is due: records
 * from before confirmationDue existed lack it, and are treated as owing none.
 */
export const waitingFor = (
  record: Pick<
    SubmissionRecord,
    'teamNotifiedAt' | 'confirmationDue' | 'confirmationSentAt' | 'confirmationWithheldAt'
  > & {
    kind?: string;
  },
): WaitingEmail[] =>
  record.kind === 'suspected'
    ? [] // Nothing goes out until an operator releases it.
    : [
        ...(record.teamNotifiedAt ? [] : (['team email'] as const)),
        ...(record.confirmationDue === true && !record.confirmationSentAt && !record.confirmationWithheldAt
          ? (['confirmation'] as const)
          : []),
      ];

const DAY_SECONDS = 86_400;

export const buildRecord = (
  form: FormDefinition,
  config: ServiceConfig,
  answers: Answers,
  reference: string,
  now: Date,
  suspectedBecause?: SuspectedBecause,
): SubmissionRecord => {
  const settings = config.forms[form.id];
  if (!settings) throw new Error(`No configuration for form ${form.id}`);
  // A suspected submission is kept only for a short time, unless an operator releases it.
  const retentionDays = suspectedBecause ? config.spam.suspectedRetentionDays : settings.retentionDays;
  const team = teamFor(settings, answers);
  return {
    pk: reference,
    kind: suspectedBecause ? 'suspected' : 'submission',
    // A suspected one is kept apart: it reaches My work's "new, not yet assigned" only once released.
    ...(suspectedBecause ? { suspectedBecause } : { lookup: unassignedKey(team) }),
    reference,
    formId: form.id,
    schemaVersion: form.schemaVersion,
    createdAt: now.toISOString(),
    team,
    urgent: labelsFor(form.urgency, answers),
    markers: labelsFor(form.markers, answers),
    answers,
    // The notifier's own test (they asked, and gave an address marked safe); only yes or no is kept,
    // never the address again.
    confirmationDue: Boolean(form.contact?.confirmationEmail(answers)),
    language: contactLanguageOf(form, answers),
    expiresAt: Math.floor(now.getTime() / 1000) + retentionDays * DAY_SECONDS,
  };
};
