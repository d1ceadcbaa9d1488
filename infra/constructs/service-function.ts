import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, type Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { type PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { LogLevel, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../acknowledge.ts';
import { fromRoot, REPO_ROOT } from '../paths.ts';
import { type TableAccess, tableAccessStatements } from './table-access.ts';

/** ESM bundles have no `require`; some CommonJS dependencies still call it. */
export const ESM_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";
/** Prefer packages' ES module builds: the AWS SDK tree-shakes far better from them. */
export const MAIN_FIELDS = ['module', 'main'];
export const BUNDLE_TARGET = 'node24';
/** Lambda's credentials are always in the environment: see functions/runtime/lambda-credentials.ts. */
export const BUNDLE_ALIASES = {
  '@aws-sdk/credential-provider-node': fromRoot('functions/runtime/lambda-credentials.ts'),
};

/**
 * An asynchronous invocation (a schedule) is retried at most this often, and given up on after
 * this long, both by EventBridge delivering it and by Lambda running it: then it is parked.
 */
export const ASYNC_RETRY_ATTEMPTS = 2;
export const ASYNC_MAX_EVENT_AGE = Duration.hours(1);

interface CommonProps {
  /** The handler module, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly logRetention: RetentionDays;
  readonly environment?: Record<string, string>;
  /**
   * Packages installed beside the bundle instead of bundled (a native part, such as sharp's),
   * for Lambda's arm64 Linux whatever machine synthesizes.
   */
  readonly nodeModules?: string[];
}

export type ServiceFunctionProps = CommonProps &
  (
    | {
        /**
         * Both are synchronous for Lambda, so failures surface to the caller (API Gateway) or to
         * the event source mapping's own failure destination, never to a function dead-letter queue.
         */
        readonly invokedBy: 'api-gateway' | 'event-source-mapping';
      }
    | {
        /**
         * An EventBridge rule invokes it asynchronously on this schedule. Lambda retries a failed
         * run a bounded number of times, then sends the invocation record (event and error) to the
         * function's own encrypted failure queue; EventBridge parks an event it could not deliver
         * in the same queue.
         */
        readonly invokedBy: 'schedule';
        readonly schedule: Schedule;
      }
  );

const NO_FUNCTION_DLQ = {
  'api-gateway':
    'Invoked synchronously by API Gateway: a failure is an HTTP 5xx to the person (who can resend) and an alarm; there is no event to park.',
  'event-source-mapping':
    "Invoked by a DynamoDB stream event source mapping: failed records go to the mapping's on-failure SQS queue (which alarms), not to a function DLQ.",
  schedule:
    "Invoked asynchronously by its schedule: the EventInvokeConfig's on-failure destination (Serverless-LambdaAsyncFailureDestination, satisfied) sends each given-up run, with its error, to the function's encrypted failure queue, which alarms. A function DLQ as well would park every failure twice, without the error.",
} as const;

/**
 * A function of this service: Node 24 on arm64, one minified ESM bundle with the AWS SDK inside
 * (no runtime SDK lookup at cold start), source maps, JSON logs into its own log group with a
 * retention, and X-Ray. Its role starts empty apart from writing to that log group (and X-Ray):
 * every other permission is added as an explicit statement.
 */
export class ServiceFunction extends Construct {
  readonly lambda: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;
  /** Scheduled functions only: where runs that failed every attempt are parked (it alarms). */
  readonly failures: Queue | undefined;
  /** Scheduled functions only: the EventBridge rule that invokes the function. */
  readonly schedule: Rule | undefined;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // No AWSLambdaBasicExecutionRole: it would allow writing to any log group in the account.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${id} function`,
    });
    this.logGroup.grantWrite(this.role);

    this.failures = props.invokedBy === 'schedule' ? this.failureQueue() : undefined;

    this.lambda = new NodejsFunction(this, 'Function', {
      entry: fromRoot(props.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: fromRoot('package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      awsSdkConnectionReuse: false,
      ...(this.failures
        ? {
            retryAttempts: ASYNC_RETRY_ATTEMPTS,
            maxEventAge: ASYNC_MAX_EVENT_AGE,
            onFailure: new SqsDestination(this.failures),
          }
        : {}),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLE_TARGET,
        banner: ESM_BANNER,
        mainFields: MAIN_FIELDS,
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        // Bundle the AWS SDK too: tree-shaken, it loads faster than the runtime's full copy.
        externalModules: [],
        ...(props.nodeModules
          ? {
              nodeModules: props.nodeModules,
              // npm installs the build for the function's platform, not the one synthesizing.
              environment: { npm_config_os: 'linux', npm_config_cpu: 'arm64', npm_config_libc: 'glibc' },
            }
          : {}),
        forceDockerBundling: false,
        logLevel: LogLevel.WARNING,
        esbuildArgs: Object.fromEntries(
          Object.entries(BUNDLE_ALIASES).map(([name, path]) => [`--alias:${name}`, path]),
        ),
      },
    });

    this.schedule =
      props.invokedBy === 'schedule' && this.failures
        ? new Rule(this, 'Schedule', {
            schedule: props.schedule,
            description: `Runs the ${id} function`,
            targets: [
              new LambdaFunction(this.lambda, {
                retryAttempts: ASYNC_RETRY_ATTEMPTS,
                maxEventAge: ASYNC_MAX_EVENT_AGE,
                deadLetterQueue: this.failures,
              }),
            ],
          })
        : undefined;

    acknowledge(this.lambda, 'Serverless-LambdaDLQ', NO_FUNCTION_DLQ[props.invokedBy]);
    acknowledge(
      this.role,
      'AwsSolutions-IAM5[Resource::*]',
      'Only xray:PutTraceSegments and xray:PutTelemetryRecords (added by Tracing.ACTIVE) and ses:GetSuppressedDestination (the notifier, the re-send job, the way back in\'s sign-in link) use "*": neither X-Ray nor the SES account suppression list has resource-level permissions. Table, key, SES sending and queue statements name their ARNs (asserted in test/infra).',
    );
  }

  /** Holds failed runs' event and error (no table data) for 14 days; SQS-managed encryption, TLS only. */
  private failureQueue(): Queue {
    const queue = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      queue,
      ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      "This queue is itself the failure destination of the function's scheduled runs. Nothing consumes it automatically: operations read it after the alarm and rerun the function (docs/deploy.md).",
    );
    return queue;
  }

  /**
   * Passes the table's name (in TABLE_NAME, or the variable given) and grants exactly the given
   * DynamoDB actions on the table (and the use of its key they need) in one call, so a function
   * never gets a table it cannot name or vice versa.
   */
  useTable(table: TableV2, access: TableAccess, variable = 'TABLE_NAME'): void {
    this.lambda.addEnvironment(variable, table.tableName);
    for (const statement of tableAccessStatements(table, access)) this.allow(statement);
  }

  allow(statement: PolicyStatement): void {
    this.role.addToPrincipalPolicy(statement);
  }
}
