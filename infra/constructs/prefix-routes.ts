import { type HttpApi, HttpMethod, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import type { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Construct } from 'constructs';

type MethodName = keyof typeof HttpMethod;

/**
 * The API routes for pages under each prefix (/return/, /cy/return/…): everything under it, and
 * the prefix itself without its slash, as a greedy path variable needs one segment or more.
 */
export const prefixRoutes = (prefixes: readonly string[], methods: readonly MethodName[]) =>
  prefixes.flatMap((prefix) =>
    methods.flatMap((method) => [
      { path: `${prefix}{proxy+}`, method: HttpMethod[method] },
      { path: prefix.replace(/\/$/, ''), method: HttpMethod[method] },
    ]),
  );

/** Adds those routes to the API, each to the one function's integration (ids from method and path). */
export const addPrefixRoutes = (
  scope: Construct,
  api: HttpApi,
  integration: HttpLambdaIntegration,
  routes: ReturnType<typeof prefixRoutes>,
): void => {
  for (const { path, method } of routes) {
    new HttpRoute(scope, `${method}${path.replace(/[^A-Za-z]/g, '')}`, {
      httpApi: api,
      routeKey: HttpRouteKey.with(path, method),
      integration,
    });
  }
};
