import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_API, WEBHOOK_ATTEMPTS, WEBHOOK_DELIVERY } from '../../functions/contract/webhooks.ts';
import { CASE_API_THROTTLE } from '../../infra/constructs/case-api.ts';
import { logicalId, PRODUCTION, policyStatementsOf, type Synthesized, synth } from './support/synth.ts';

/** A production deployment with one team's case system connected. */
const WITH_ENDPOINT = {
  ...PRODUCTION,
  config: {
    ...PRODUCTION.config,
    webhooks: {
      endpoints: {
        'asb-ecins': {
          team: 'community-safety',
          url: 'https://ecins.example.org/hooks/northfield',
          events: ['submission.received', 'submission.updated', 'submission.erased'],
        },
      },
    },
  },
};

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(WITH_ENDPOINT);
  template = s.template;
});

const resource = (element: { node: { defaultChild?: unknown } }) =>
  template.toJSON().Resources[logicalId(s.service, element)];

describe('webhooks on AWS', () => {
  it('the queue parks a message in its failure queue after every attempt of the schedule (over three days)', () => {
    const { queue, failures } = s.service.webhooks;
    expect(resource(queue).Properties).toMatchObject({
      MessageRetentionPeriod: WEBHOOK_DELIVERY.retentionDays * 86_400,
      VisibilityTimeout: WEBHOOK_DELIVERY.visibilityTimeoutSeconds,
      SqsManagedSseEnabled: true,
      RedrivePolicy: {
        maxReceiveCount: WEBHOOK_ATTEMPTS,
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(s.service, failures), 'Arn'] },
      },
    });
    expect(WEBHOOK_DELIVERY.retryAfterSeconds.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * 86_400);
    // SQS's longest visibility is 12 hours: each wait must fit.
    expect(Math.max(...WEBHOOK_DELIVERY.retryAfterSeconds)).toBeLessThanOrEqual(12 * 3600);
    expect(resource(failures).Properties).toMatchObject({ MessageRetentionPeriod: 14 * 86_400 });
  });

  it('the delivery function reads the queue, reporting each failed message apart', () => {
    const mappings = template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { FunctionName: { Ref: logicalId(s.service, s.service.webhooks.delivery.lambda) } },
    });
    expect(Object.values(mappings).map((m) => m.Properties)).toMatchObject([
      {
        EventSourceArn: { 'Fn::GetAtt': [logicalId(s.service, s.service.webhooks.queue), 'Arn'] },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      },
    ]);
  });

  it('the events function takes changes to submissions from the stream, parking what it cannot queue', () => {
    const mappings = template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { FunctionName: { Ref: logicalId(s.service, s.service.webhooks.events.lambda) } },
    });
    const [mapping] = Object.values(mappings).map((m) => m.Properties);
    expect(mapping).toMatchObject({
      StartingPosition: 'TRIM_HORIZON',
      MaximumRetryAttempts: WEBHOOK_DELIVERY.streamRetryAttempts,
      FilterCriteria: {
        Filters: [
          { Pattern: JSON.stringify({ dynamodb: { NewImage: { kind: { S: ['submission'] } } } }) },
          { Pattern: JSON.stringify({ dynamodb: { OldImage: { kind: { S: ['submission'] } } } }) },
        ],
      },
      DestinationConfig: {
        OnFailure: {
          Destination: { 'Fn::GetAtt': [logicalId(s.service, s.service.webhooks.streamFailures), 'Arn'] },
        },
      },
    });
  });

  it('one secret per endpoint, which only the delivery function may read', () => {
    const secret = s.service.webhooks.secrets['asb-ecins'];
    if (!secret) throw new Error('no secret for the endpoint');
    expect(resource(secret).Properties).toMatchObject({
      Name: `${s.service.stackName}/webhooks/asb-ecins`,
      GenerateSecretString: { GenerateStringKey: 'current', SecretStringTemplate: '{}' },
    });
    const reads = (role: { node: { defaultChild?: unknown } }) =>
      policyStatementsOf(template, logicalId(s.service, role)).filter((st) =>
        [st.Action].flat().includes('secretsmanager:GetSecretValue'),
      );
    expect(reads(s.service.webhooks.delivery.role)).toHaveLength(1);
    expect(reads(s.service.webhooks.delivery.role)[0]?.Resource).toEqual({
      Ref: logicalId(s.service, secret),
    });
    for (const other of [s.service.webhooks.events, s.service.submit, s.service.staff, s.service.notify]) {
      expect(reads(other.role)).toEqual([]);
    }
  });

  it('the delivery function writes only the staff table’s WEBHOOK# items; the events function sends only to its queues', () => {
    const delivery = policyStatementsOf(
      template,
      logicalId(s.service, s.service.webhooks.delivery.role),
    ).filter((st) => [st.Action].flat().some((a) => a.startsWith('dynamodb:')));
    expect(delivery).toEqual([
      expect.objectContaining({
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['WEBHOOK#*'] } },
      }),
    ]);
    const events = policyStatementsOf(template, logicalId(s.service, s.service.webhooks.events.role));
    expect(events.filter((st) => [st.Action].flat().some((a) => a.startsWith('sqs:')))).toEqual([
      expect.objectContaining({
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': [logicalId(s.service, s.service.webhooks.queue), 'Arn'] },
      }),
      // Lambda's stream mapping sends the records it gives up on to the failure queue as the function.
      expect.objectContaining({
        Action: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'],
        Resource: { 'Fn::GetAtt': [logicalId(s.service, s.service.webhooks.streamFailures), 'Arn'] },
      }),
    ]);
  });

  it('alarms on a parked event, on stream records not queued, and on an endpoint switched off', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
      (a) => a.Properties.AlarmDescription as string,
    );
    expect(alarms.filter((d) => /webhook/i.test(d))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/could not be delivered after three days of retries/),
        expect.stringMatching(/could not be queued as webhook events/),
        expect.stringMatching(/answered 410 Gone and was switched off/),
      ]),
    );
    const filters = Object.values(template.findResources('AWS::Logs::MetricFilter')).map(
      (f) => f.Properties.FilterPattern as string,
    );
    expect(filters).toContain(`{ $.message = "${WEBHOOK_DELIVERY.switchedOffMessage}" }`);
  });
});

describe('the case API on AWS', () => {
  it('a Cognito resource server with a scope per team, and per endpoint an app client allowed its team’s alone', () => {
    expect(resource(s.service.caseApi.resourceServer).Properties).toMatchObject({
      Identifier: CASE_API.resourceServer,
      Scopes: expect.arrayContaining([
        { ScopeName: 'team.community-safety', ScopeDescription: expect.any(String) },
        { ScopeName: 'team.restorative-justice', ScopeDescription: expect.any(String) },
      ]),
    });
    const client = s.service.caseApi.clients['asb-ecins'];
    if (!client) throw new Error('no app client for the endpoint');
    expect(resource(client).Properties).toMatchObject({
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: [
        {
          'Fn::Join': [
            '',
            [{ Ref: logicalId(s.service, s.service.caseApi.resourceServer) }, '/team.community-safety'],
          ],
        },
      ],
    });
  });

  it('GET routes for the case and the OpenAPI document go to its own function, throttled per route', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey as string,
    );
    expect(routes).toEqual(expect.arrayContaining([`GET ${CASE_API.path}`, `GET ${CASE_API.openApiPath}`]));
    const stages = Object.values(template.findResources('AWS::ApiGatewayV2::Stage')).map(
      (st) => st.Properties,
    );
    expect(stages).toEqual([
      expect.objectContaining({
        RouteSettings: {
          [`GET ${CASE_API.path}`]: {
            ThrottlingRateLimit: CASE_API_THROTTLE.rateLimit,
            ThrottlingBurstLimit: CASE_API_THROTTLE.burstLimit,
          },
        },
      }),
    ]);
  });

  it('its function checks tokens against the staff user pool, reads one submission and writes audit entries only', () => {
    const fn = s.service.caseApi.fn;
    expect(resource(fn.lambda).Properties.Environment.Variables).toMatchObject({
      OIDC_ISSUER: expect.anything(),
      CASE_API_TOKEN_URL: expect.anything(),
      TABLE_NAME: { Ref: expect.stringMatching(/^SubmissionsTable/) },
      STAFF_TABLE_NAME: expect.anything(),
    });
    const dynamo = policyStatementsOf(template, logicalId(s.service, fn.role)).filter((st) =>
      [st.Action].flat().some((a) => a.startsWith('dynamodb:')),
    );
    expect(dynamo.map((st) => [st.Action, st.Condition])).toEqual([
      ['dynamodb:GetItem', undefined],
      ['dynamodb:PutItem', { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } }],
    ]);
  });
});
