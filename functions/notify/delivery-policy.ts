/**
 * How stream records reach the notifier, shared by the CDK event source mapping and the local
 * twin's stream poller so both retry the same way. Stream records live 24 hours; a record still
 * failing after these retries is parked (SQS on AWS) and shows in `ops pending`. Ten retries
 * ride out a short SES outage; the six-hour age bounds how long one record can hold up its shard.
 */
export const NOTIFY_DELIVERY = {
  batchSize: 10,
  retryAttempts: 10,
  maxRecordAgeSeconds: 6 * 60 * 60,
  bisectBatchOnError: true,
} as const;
