import { type HttpApi, HttpMethod, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { STAFF_PREFIX, STAFF_ROUTE } from '../../functions/contract/service-contract.ts';
import { acknowledge } from '../acknowledge.ts';

/**
 * The staff workspace's routes: STAFF_ROUTE's methods on `/staff/{proxy+}`, plus `GET /staff` for
 * the inbox at `/staff/`, which a greedy path variable (one or more segments) may not match.
 */
export const STAFF_ROUTES = [
  ...STAFF_ROUTE.methods.map((method) => ({ path: STAFF_ROUTE.path, method: HttpMethod[method] })),
  { path: STAFF_PREFIX.replace(/\/$/, ''), method: HttpMethod.GET },
];

export interface StaffRoutesProps {
  /** The forms API: the workspace shares its origin (CloudFront's /staff/* behaviour). */
  readonly api: HttpApi;
  readonly handler: IFunction;
}

/** Sends every /staff/ request to the staff function, through its own Lambda integration. */
export class StaffRoutes extends Construct {
  readonly routes: HttpRoute[];

  constructor(scope: Construct, id: string, props: StaffRoutesProps) {
    super(scope, id);
    const integration = new HttpLambdaIntegration('Staff', props.handler);
    this.routes = STAFF_ROUTES.map(
      ({ path, method }) =>
        new HttpRoute(this, `${method}${path.replace(/[^A-Za-z]/g, '')}`, {
          httpApi: props.api,
          routeKey: HttpRouteKey.with(path, method),
          integration,
        }),
    );
    acknowledge(
      this,
      'AwsSolutions-APIG4',
      'The staff function authenticates every /staff/ request itself: OpenID Connect sign-in with the Cognito user pool (authorization code, PKCE, MFA), then a server-side session named by an httpOnly SameSite=Strict cookie. An API Gateway JWT authorizer needs a bearer token, which these server-rendered pages never send; the sign-in pages themselves must be reachable signed out.',
    );
  }
}
