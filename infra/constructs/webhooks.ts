import { CfnOutput, Duration, Stack } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import {
  WEBHOOK_ATTEMPTS,
  WEBHOOK_DELIVERY,
  WEBHOOK_STREAM_DELIVERY,
  WEBHOOK_STREAM_KIND,
} from '../../functions/contract/webhooks.ts';
import { WEBHOOK_PREFIX } from '../../functions/storage/dynamodb-webhook-log.ts';
import { acknowledge } from '../acknowledge.ts';
import type { OperationsAlarms } from './operations-alarms.ts';
import { ServiceFunction } from './service-function.ts';
import { streamSource } from './stream-source.ts';

export interface WebhooksProps {
  readonly config: ServiceConfig;
  readonly submissions: TableV2;
  readonly staffTable: TableV2;
  readonly logRetention: RetentionDays;
  readonly alarms: OperationsAlarms;
}

/** Any change to a submission (events.ts decides which mean an event): the same as passesWebhookFilter. */
export const WEBHOOK_FILTERS = [
  FilterCriteria.filter({ dynamodb: { NewImage: { kind: { S: FilterRule.isEqual(WEBHOOK_STREAM_KIND) } } } }),
  FilterCriteria.filter({ dynamodb: { OldImage: { kind: { S: FilterRule.isEqual(WEBHOOK_STREAM_KIND) } } } }),
];

/** A parked message's queue: nothing reads it but operations, after its alarm. */
const parkingQueue = (scope: Construct, id: string, why: string): Queue => {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(WEBHOOK_DELIVERY.retentionDays),
  });
  acknowledge(queue, ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'], why);
  return queue;
};

/**
 * Signed events to the teams' case systems (issue 24). The table's stream feeds the events
 * function, which queues each event once per endpoint that takes it; the delivery function
 * signs and posts each (Standard Webhooks), retrying on WEBHOOK_DELIVERY's schedule by setting the
 * message's visibility, until the queue parks it after WEBHOOK_ATTEMPTS in the failure queue
 * (alarm; operations re-drive it). Each endpoint has its own secret; only the delivery function
 * reads them. It writes only the staff table's WEBHOOK# items (deliveries, switched-off endpoints).
 */
export class Webhooks extends Construct {
  readonly queue: Queue;
  readonly failures: Queue;
  readonly streamFailures: Queue;
  readonly events: ServiceFunction;
  readonly delivery: ServiceFunction;
  readonly secrets: Record<string, Secret>;
  readonly secretPrefix: string;

  constructor(scope: Construct, id: string, props: WebhooksProps) {
    super(scope, id);
    const { logRetention } = props;

    this.failures = parkingQueue(
      this,
      'Failures',
      'The delivery queue’s dead-letter queue: events given up on after three days of retries wait here for operations to re-drive them (docs/operations.md, "Re-driving failed deliveries").',
    );
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(WEBHOOK_DELIVERY.retentionDays),
      visibilityTimeout: Duration.seconds(WEBHOOK_DELIVERY.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.failures, maxReceiveCount: WEBHOOK_ATTEMPTS },
    });
    new CfnOutput(Stack.of(this), 'WebhookQueue', {
      description:
        'Where parked webhook events are re-driven to (docs/operations.md, "Re-driving failed deliveries")',
      value: this.queue.queueUrl,
    });
    this.streamFailures = parkingQueue(
      this,
      'StreamFailures',
      'The events stream mapping’s failure destination: records that could not be queued for 24 hours (their shard and sequence numbers only).',
    );

    this.events = new ServiceFunction(this, 'Events', {
      entry: 'functions/handlers/webhook-events.ts',
      invokedBy: 'event-source-mapping',
      description: 'Queues a signed-webhook event for each change to a submission a team system is told of',
      memorySize: 256,
      timeout: Duration.seconds(30),
      logRetention,
      environment: { WEBHOOK_QUEUE_URL: this.queue.queueUrl },
    });
    this.events.allow(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }),
    );
    this.events.lambda.addEventSource(
      streamSource(props.submissions, WEBHOOK_STREAM_DELIVERY, WEBHOOK_FILTERS, this.streamFailures),
    );

    this.secretPrefix = `${Stack.of(this).stackName}/webhooks/`;
    this.delivery = new ServiceFunction(this, 'Delivery', {
      entry: 'functions/handlers/webhook-delivery.ts',
      invokedBy: 'event-source-mapping',
      description: 'Signs and posts each queued event to its endpoint (https only, no private addresses)',
      memorySize: 256,
      timeout: Duration.seconds(30),
      logRetention,
      environment: { WEBHOOK_QUEUE_URL: this.queue.queueUrl, WEBHOOK_SECRET_PREFIX: this.secretPrefix },
    });
    this.delivery.useTable(
      props.staffTable,
      {
        grants: [
          {
            actions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
            conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${WEBHOOK_PREFIX}*`] } },
          },
        ],
      },
      'STAFF_TABLE_NAME',
    );
    this.delivery.lambda.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true, maxConcurrency: 5 }),
    );
    acknowledge(
      this.delivery.lambda,
      'Serverless-LambdaEventSourceMappingDestination',
      'An SQS event source mapping has no on-failure destination: the queue’s own redrive policy parks a message in the failure queue after WEBHOOK_ATTEMPTS receives (which alarms).',
    );

    this.secrets = Object.fromEntries(
      Object.keys(props.config.webhooks.endpoints).map((endpoint) => {
        const secret = new Secret(this, `Secret-${endpoint}`, {
          secretName: `${this.secretPrefix}${endpoint}`,
          description: `Signs the webhooks to endpoint ${endpoint} (JSON: current, and previous while rotating)`,
          generateSecretString: {
            secretStringTemplate: '{}',
            generateStringKey: 'current',
            excludePunctuation: true,
            passwordLength: 44,
          },
        });
        acknowledge(
          secret,
          'AwsSolutions-SMG4',
          'Rotated by operations with the receiving system (docs/deploy.md, "Rotating a webhook secret"): both secrets sign while the receiver moves to the new one, which an automatic rotation could not coordinate.',
        );
        secret.grantRead(this.delivery.role);
        return [endpoint, secret];
      }),
    );

    const { alarms } = props;
    alarms.watchFunction('WebhookEvents', this.events.lambda);
    alarms.watchFunction('WebhookDelivery', this.delivery.lambda);
    alarms.watchFailureQueue(
      'WebhookFailures',
      this.failures,
      'A webhook event could not be delivered after three days of retries and is parked: see docs/operations.md, "Re-driving failed deliveries".',
    );
    alarms.watchFailureQueue(
      'WebhookStreamFailures',
      this.streamFailures,
      'Changes to submissions could not be queued as webhook events for 24 hours: see docs/operations.md, "Re-driving failed deliveries".',
    );
    alarms.watchLogMessage('WebhookEndpointSwitchedOff', {
      logGroup: this.delivery.logGroup,
      message: WEBHOOK_DELIVERY.switchedOffMessage,
      namespace: `${Stack.of(this).stackName}/Webhooks`,
      threshold: 1,
      description:
        'A webhook endpoint answered 410 Gone and was switched off: nothing more is sent to it until operations turn it on (docs/operations.md, "Re-driving failed deliveries").',
    });
  }
}
