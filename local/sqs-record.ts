import type { SQSRecord } from 'aws-lambda';
import { LOCAL_REGION } from './local-credentials.ts';

/** A message as the twin's queue stand-ins hold it. */
export interface HeldMessage {
  id: string;
  receiptHandle?: string;
  body: string;
  receiveCount: number;
}

/**
 * The record Lambda's SQS event source would hand the function for a held message: the fields the
 * handlers read (the body, the id for partial batch failures, how many times it was received).
 */
export const sqsRecord = (held: HeldMessage, queueName: string): SQSRecord => ({
  messageId: held.id,
  receiptHandle: held.receiptHandle ?? held.id,
  body: held.body,
  attributes: {
    ApproximateReceiveCount: String(held.receiveCount),
    SentTimestamp: '0',
    SenderId: 'twin',
    ApproximateFirstReceiveTimestamp: '0',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: `arn:aws:sqs:${LOCAL_REGION}:000000000000:${queueName}`,
  awsRegion: LOCAL_REGION,
});
