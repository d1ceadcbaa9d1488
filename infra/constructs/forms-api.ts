import { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_ROUTES } from '../../functions/contract/service-contract.ts';
import { acknowledge } from '../acknowledge.ts';

/** The routes functions/handlers/submit.ts answers (it matches the same API_ROUTES itself). */
export const FORM_ROUTES = API_ROUTES.map((route) => ({
  path: route.path,
  methods: route.methods.map((method) => HttpMethod[method]),
}));

/**
 * Access log fields: ids, the route template, status and timings. No source IP, user agent, path
 * or query string, which could tie a person to a form or a reference.
 */
export const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
});

export interface FormsApiProps {
  readonly handler: IFunction;
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly logRetention: RetentionDays;
}

/** The HTTP API behind CloudFront's /api/*: explicit stage throttling and JSON access logs. */
export class FormsApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: FormsApiProps) {
    super(scope, id);

    this.api = new HttpApi(this, 'Api', {
      description: 'Restorative forms API (reached through CloudFront under /api/*)',
      createDefaultStage: false,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });

    const integration = new HttpLambdaIntegration('Forms', props.handler);
    for (const route of FORM_ROUTES) {
      this.api.addRoutes({ path: route.path, methods: route.methods, integration });
    }
    acknowledge(
      this.api,
      'AwsSolutions-APIG4',
      "Public self-referral and feedback forms: people send them without an account. Abuse is limited by stage throttling, the WAF rate limit on form posts and the handler's spam checks.",
    );
  }
}
