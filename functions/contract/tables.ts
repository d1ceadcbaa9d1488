/** Part of the service contract (service-contract.ts): the tables' shapes. */

/** A global secondary index keyed by two string attributes, all attributes projected. */
const stringIndex = <N extends string, P extends string, S extends string>(
  indexName: N,
  partition: P,
  sort: S,
) =>
  ({
    indexName,
    partitionKey: { name: partition, type: 'S' },
    sortKey: { name: sort, type: 'S' },
  }) as const;

/**
 * The table's shape, defined once: the CDK stack and the local twin both build the table from it,
 * and the storage adapter names attributes through it. Submissions are keyed by their reference;
 * duplicate-guard items share the table (pk GUARD#…) and carry no formId, so the by-form index
 * holds submissions only.
 */
export const TABLE_SHAPE = {
  partitionKey: { name: 'pk', type: 'S' },
  byFormIndex: stringIndex('byFormAndDate', 'formId', 'createdAt'),
  /** The staff inbox: one team's submissions, newest or oldest first. */
  byTeamIndex: stringIndex('byTeamAndDate', 'team', 'createdAt'),
  /**
   * One overloaded, sparse index for the workspace's look-ups (keys in lookup-keys.ts): an open
   * case carries MINE#{assignee} or UNASSIGNED#{team} (none once closed), and each search token item
   * carries FIND#{keyed hash}. One index, not one per look-up: CloudFormation adds one index to a
   * live table per deployment, and every index costs a write per change.
   */
  byLookupIndex: stringIndex('byLookup', 'lookup', 'createdAt'),
  timeToLiveAttribute: 'expiresAt',
  /**
   * What kind of item this is: a submission, a submission suspected of coming from a bot (kept
   * apart: not notified, not in the inbox or reports, until an operator releases it), or a
   * duplicate guard, or a confirmation limit (one confirmation per address a day: pk CONFIRM#{keyed
   * hash of the address}, no formId or team, so in neither index, and never a submission to the stream).
   */
  kindAttribute: 'kind',
  kinds: {
    submission: 'submission',
    suspected: 'suspected',
    guard: 'guard',
    confirmationLimit: 'confirmation-limit',
    /** An anonymous tally of erased and expired submissions for one month (pk TALLY#{YYYY-MM}). */
    erasedTally: 'erased-tally',
    /** A removal already counted (pk TALLIED#{stream event id}), kept a few days against redelivery. */
    tallyMarker: 'tally-marker',
    /**
     * One search token of a submission (pk FIND#{reference}#{n}): the keyed hash of a name, phone,
     * email or postcode in its team, in the look-up index; expires and is erased with the submission.
     */
    findToken: 'find-token',
    // Slice 21-access: a returning person's session (pk RETURN-SESSION#{hash of the cookie}) and a
    // count of wrong return codes (pk RETURN-LIMIT#{reference or keyed hash of the address}); no
    // formId or team, so in neither index, and not submissions to either stream filter.
    returnSession: 'return-session',
    returnLimit: 'return-limit',
    /** Issue 21: a one-time sign-in link's token (pk RETURN-LINK#{keyed hash}), 15 minutes, taken once. */
    returnLink: 'return-link',
    /**
     * Issue 22: an evidence upload claimed by a submission (pk UPLOAD#{upload id}), written in the
     * submission's own transaction so one upload is attached once; names the reference and the
     * file's place in `files`, expires and is erased with the submission. Its INSERT starts processing.
     */
    uploadClaim: 'upload-claim',
  },
  /** The key prefix of upload claims, UPLOAD#{upload id} (issue 22). */
  uploadClaimPrefix: 'UPLOAD#',
  /** The key prefix of search token items, FIND#{reference}#{n}; the record lists its own in findKeys. */
  findTokenPrefix: 'FIND#',
  /** The key prefix of confirmation-limit items, which alone the notifier may create. */
  confirmationLimitPrefix: 'CONFIRM#',
  /** The key prefixes of the erased tally's items (TALLY#{YYYY-MM}) and removal markers, which alone the tally counter may write. */
  erasedTallyPrefix: 'TALLY#',
  tallyMarkerPrefix: 'TALLIED#',
  /** Slice 21-access: the key prefixes of return sessions and attempt limits, which alone the return function writes. */
  returnSessionPrefix: 'RETURN-SESSION#',
  returnLimitPrefix: 'RETURN-LIMIT#',
  /** Issue 21: the key prefix of one-time sign-in links' tokens, which alone the return function writes. */
  returnLinkPrefix: 'RETURN-LINK#',
  /**
   * On a submission: until when (ISO 8601) one sender holds the right to send its emails, so the
   * stream's notifier and the re-send job never both send the same email.
   */
  sendingClaimAttribute: 'sendingClaimedUntil',
  /** On a guard item: the reference of the submission it guards. */
  referenceAttribute: 'reference',
  /**
   * The notifier reads new items from the stream (the new image); the erased-tally counter reads
   * what a removal took away (the old image), so both are kept.
   */
  streamViewType: 'NEW_AND_OLD_IMAGES',
} as const;

export const LOCAL_TABLE_NAME = 'restorative-submissions';

/**
 * The staff table: sessions, sign-ins in progress and the audit trail, apart from the submissions
 * so that audit entries survive a submission's erasure and outlive its retention, and so that the
 * staff function writes nothing where the submissions are. Items are keyed pk + sk:
 * SESSION#{hash} / SESSION, SIGNIN#{state} / SIGNIN, AUDIT#{reference} / {at}#{id} (with actor, at
 * for the by-actor index).
 */
export const STAFF_TABLE_SHAPE = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  byActorIndex: stringIndex('byActor', 'actor', 'at'),
  timeToLiveAttribute: 'expiresAt',
  /** The partition key prefix of audit entries: AUDIT#{reference}, or AUDIT#none#{day} without one. */
  auditPrefix: 'AUDIT#',
  /** The one partition of morning-email choices (sk MEMBER#{sub}), so the job reads them with a Query. */
  morningEmailPartition: 'MORNING-EMAIL',
  /**
   * On AWS the archive (audit-trail.ts) reads new and changed audit entries from the table's
   * stream; the new image is all it keeps. The local twin runs without it.
   */
  streamViewType: 'NEW_IMAGE',
} as const;

export const LOCAL_STAFF_TABLE_NAME = 'restorative-staff';

/**
 * The attributes of a case that a returning person's addition reads or writes (issue 21: one
 * UpdateItem in storage/addition-write.ts; evidence sent later, storage/append-files.ts, also
 * `files`), and so all the return function may touch on a case
 * (infra/constructs/return-pages.ts grants UpdateItem on these alone): never the answers.
 */
export const ADDITION_ATTRIBUTES = [
  TABLE_SHAPE.partitionKey.name,
  TABLE_SHAPE.kindAttribute,
  'additions',
  'additionIds',
  TABLE_SHAPE.timeToLiveAttribute,
  'withdrawnAt',
  'caseReviewNoticeAt',
  'files',
  // A contact change's new details' search token items, listed on the record with it.
  'findKeys',
] as const;
