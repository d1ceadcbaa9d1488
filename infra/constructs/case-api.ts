import { Duration } from 'aws-cdk-lib';
import {
  type CfnStage,
  type HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  type HttpStage,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  OAuthScope,
  ResourceServerScope,
  type UserPool,
  type UserPoolClient,
  type UserPoolDomain,
  type UserPoolResourceServer,
} from 'aws-cdk-lib/aws-cognito';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import { STAFF_TABLE_SHAPE } from '../../functions/contract/tables.ts';
import { CASE_API } from '../../functions/contract/webhooks.ts';
import { acknowledge } from '../acknowledge.ts';
import type { OperationsAlarms } from './operations-alarms.ts';
import type { OriginVerify } from './origin-verify.ts';
import { ServiceFunction } from './service-function.ts';

export interface CaseApiProps {
  readonly config: ServiceConfig;
  readonly submissions: TableV2;
  readonly staffTable: TableV2;
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly issuer: string;
  readonly logRetention: RetentionDays;
  readonly alarms: OperationsAlarms;
  /** CloudFront's secret: the function refuses calls to the API origin that skip CloudFront (and its WAF). */
  readonly originVerify: OriginVerify;
}

/** Per route, on top of the stage's own throttle: a case system fetching after each event needs little. */
export const CASE_API_THROTTLE = { rateLimit: 5, burstLimit: 20 } as const;

/**
 * The case API (issue 24): `GET /api/v1/submissions/{reference}` and its OpenAPI document, answered
 * by a function of its own that reads one submission and writes one audit entry. Case systems sign
 * in with OAuth 2.0 client credentials: the staff user pool's resource server `case-api` has a
 * scope per team, and each webhook endpoint an app client allowed its team's scope alone. The
 * function checks each token itself against the pool's keys, so a refusal is a JSON problem body
 * (an API Gateway JWT authorizer answers its own 401 text).
 */
export class CaseApi extends Construct {
  readonly fn: ServiceFunction;
  readonly resourceServer: UserPoolResourceServer;
  readonly clients: Record<string, UserPoolClient>;
  readonly routes: HttpRoute[];

  constructor(scope: Construct, id: string, props: CaseApiProps) {
    super(scope, id);
    const teams = Object.keys(props.config.teams);
    const scopes = Object.fromEntries(
      teams.map((team) => [
        team,
        new ResourceServerScope({
          scopeName: CASE_API.scopeFor(team).slice(`${CASE_API.resourceServer}/`.length),
          scopeDescription: `Read the cases of ${team}`,
        }),
      ]),
    );
    this.resourceServer = props.userPool.addResourceServer('CaseApiServer', {
      identifier: CASE_API.resourceServer,
      userPoolResourceServerName: 'Case API',
      scopes: Object.values(scopes),
    });
    this.clients = Object.fromEntries(
      Object.entries(props.config.webhooks.endpoints).map(([endpoint, settings]) => {
        const scope = scopes[settings.team];
        if (!scope) throw new Error(`webhook endpoint ${endpoint} names no team`);
        const client = props.userPool.addClient(`CaseApiClient-${endpoint}`, {
          userPoolClientName: `case-api-${endpoint}`,
          generateSecret: true,
          authFlows: {},
          accessTokenValidity: Duration.hours(1),
          oAuth: {
            flows: { clientCredentials: true },
            scopes: [OAuthScope.resourceServer(this.resourceServer, scope)],
          },
        });
        return [endpoint, client];
      }),
    );

    this.fn = new ServiceFunction(this, 'Function', {
      entry: 'functions/handlers/case-api.ts',
      invokedBy: 'api-gateway',
      description: 'Answers case systems fetching one case with a client-credentials token (audited)',
      memorySize: 256,
      timeout: Duration.seconds(10),
      logRetention: props.logRetention,
      environment: {
        OIDC_ISSUER: props.issuer,
        CASE_API_TOKEN_URL: `${props.domain.baseUrl()}/oauth2/token`,
      },
    });
    this.fn.useTable(props.submissions, { grants: [{ actions: ['dynamodb:GetItem'] }] });
    // Audit entries only: it can add one and nothing else of the staff table.
    this.fn.useTable(
      props.staffTable,
      {
        grants: [
          {
            actions: ['dynamodb:PutItem'],
            conditions: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${STAFF_TABLE_SHAPE.auditPrefix}*`] },
            },
          },
        ],
      },
      'STAFF_TABLE_NAME',
    );

    props.originVerify.checkedBy(this.fn);

    const integration = new HttpLambdaIntegration('CaseApi', this.fn.lambda);
    this.routes = [CASE_API.path, CASE_API.openApiPath].map(
      (path) =>
        new HttpRoute(this, `Get${path.replace(/[^A-Za-z]/g, '')}`, {
          httpApi: props.api,
          routeKey: HttpRouteKey.with(path, HttpMethod.GET),
          integration,
        }),
    );
    const stage = props.stage.node.defaultChild as CfnStage;
    // RouteSettings is a free-form map in CloudFormation: its keys are written as the template wants them.
    stage.routeSettings = {
      [`GET ${CASE_API.path}`]: {
        ThrottlingRateLimit: CASE_API_THROTTLE.rateLimit,
        ThrottlingBurstLimit: CASE_API_THROTTLE.burstLimit,
      },
    };
    acknowledge(
      this,
      'AwsSolutions-APIG4',
      'The case API checks every request’s OAuth 2.0 access token itself (the user pool’s keys, issuer, expiry, team scopes) so that a refusal is a JSON problem body; the OpenAPI document is public by design.',
    );
    props.alarms.watchFunction('CaseApi', this.fn.lambda);
  }
}
