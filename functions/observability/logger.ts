import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';
import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';

/**
 * Reads a dotted path such as "requestContext.requestId" from the event: all the correlation id
 * needs, without the JMESPath engine Powertools would otherwise bundle.
 */
const dottedPath = (path: string, data: unknown): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      data,
    );

/**
 * Structured JSON logs, shared by every function. Callers log only ids, references, counts and
 * error names: never answers, names, addresses, bodies or headers, because everything here may be
 * special-category data.
 */
export const logger = new Logger({
  serviceName: 'restorative-forms',
  logLevel: (process.env.LOG_LEVEL ?? 'INFO') as LogLevel,
  correlationIdSearchFn: dottedPath,
});

/**
 * Adds the Lambda context to every log line of an invocation (function name, request id, cold
 * start) and a correlation id: the API Gateway request id for HTTP calls (the one in the access
 * logs), otherwise the Lambda request id. Keys appended during one invocation end with it.
 */
export const logContext = <TEvent>(
  correlationIdPath?: string,
): MiddlewareObj<TEvent, unknown, Error, Context> => {
  const inject = injectLambdaContext(logger, {
    resetKeys: true,
    ...(correlationIdPath ? { correlationIdPath } : {}),
  });
  return {
    ...inject,
    before: async (request) => {
      await inject.before?.(request as never);
      if (!logger.getCorrelationId()) logger.setCorrelationId(request.context.awsRequestId);
    },
  } as MiddlewareObj<TEvent, unknown, Error, Context>;
};

/**
 * The same log context for a handler that needs no other middleware (the stream and schedule
 * functions): Powertools' injectLambdaContext run around it without middy, which those bundles
 * then do without.
 */
export const withLogContext =
  <TEvent, TResult>(handler: (event: TEvent, context: Context) => Promise<TResult>) =>
  async (event: TEvent, context: Context): Promise<TResult> => {
    const middleware = logContext<TEvent>();
    const request = { event, context, response: undefined, error: undefined, internal: {} };
    await middleware.before?.(request as never);
    try {
      return await handler(event, context);
    } finally {
      await middleware.after?.(request as never);
    }
  };

/**
 * A Lambda context for code run outside Lambda (the local twin, tests), so each call still gets
 * its own request id in the logs.
 */
export const localContext = (functionName: string): Context =>
  ({
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '128',
    awsRequestId: crypto.randomUUID(),
    getRemainingTimeInMillis: () => 30_000,
  }) as Context;
