/**
 * The table's shape, defined once: the CDK stack and the local twin both build the table from it.
 * Submissions are keyed by their reference; duplicate-guard items share the table (pk GUARD#…)
 * and carry no formId, so the by-form index holds submissions only.
 */
export const TABLE_SHAPE = {
  partitionKey: { name: 'pk', type: 'S' },
  byFormIndex: {
    indexName: 'byFormAndDate',
    partitionKey: { name: 'formId', type: 'S' },
    sortKey: { name: 'createdAt', type: 'S' },
  },
  timeToLiveAttribute: 'expiresAt',
  /** The notifier reads new items from the stream; only the new image is needed. */
  streamViewType: 'NEW_IMAGE',
  /** The item attribute and value the stream filter lets through to the notifier. */
  notifyFilter: { attribute: 'kind', value: 'submission' },
} as const;

export const LOCAL_TABLE_NAME = 'restorative-submissions';
