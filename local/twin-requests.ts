import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  API_PREFIX,
  CASE_REVIEW_FIGURES_PATHS,
  PATHS,
  RETURN_PATHS,
  STAFF_PREFIX,
} from '../functions/contract/service-contract.ts';
import { CASE_API } from '../functions/contract/webhooks.ts';
import { PayloadTooLarge, toApiGatewayEvent, writeResult } from './api-gateway-event.ts';

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface TwinRoutes {
  /** The built site: every path outside the API and the workspace. */
  site: (pathname: string, res: ServerResponse) => void;
  /** The forms API (/api/*), as API Gateway calls the submit function. */
  api: Handler;
  /** The staff workspace (/staff/*); undefined while its sign-in provider is starting. */
  staff: () => Handler | undefined;
  /** The way back in (/return/*, /cy/return/*), as CloudFront's behaviours send it to its function. */
  returning?: () => Handler | undefined;
  /** Slice 22-evidence: a file's POST upload, passed to the local S3 as CloudFront passes it to the bucket. */
  upload?: (req: IncomingMessage, res: ServerResponse) => void;
  /** The case API (/api/v1/*), as API Gateway calls its function; undefined while its provider starts. */
  caseApi?: () => Handler | undefined;
  /** Issue 23: the published Case Review figures (/case-review/figures/*), ahead of the form's static pages. */
  figures?: Handler;
}

/** The figures page and CSVs of every language, as CloudFront's behaviours send them to their function. */
const isFiguresPath = (pathname: string): boolean =>
  ['en', 'cy'].some((language) => pathname.startsWith(CASE_REVIEW_FIGURES_PATHS.prefix(language)));

/** The /return/ pages of every language (the function itself refuses a language not offered). */
const isReturnPath = (pathname: string): boolean =>
  ['en', 'cy'].some((language) => {
    const prefix = RETURN_PATHS.prefix(language);
    return pathname.startsWith(prefix) || pathname === prefix.slice(0, -1);
  });

const PLAIN = { 'content-type': 'text/plain; charset=utf-8' };

/** What a request that went wrong gets: the reason in a word, never the error's details. */
const failure = (error: unknown): [number, string] => {
  if (error instanceof PayloadTooLarge) return [413, 'Request too large'];
  // An address that is not one (new URL threw): the request's fault.
  if (error instanceof TypeError && (error as { code?: string }).code === 'ERR_INVALID_URL')
    return [400, 'Bad request'];
  return [500, 'Something went wrong in the local twin; it is still running. Try again.'];
};

const answer = async (routes: TwinRoutes, req: IncomingMessage, res: ServerResponse) => {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (pathname === PATHS.evidenceUpload && req.method === 'POST' && routes.upload)
    return routes.upload(req, res);
  const isStaff = pathname.startsWith(STAFF_PREFIX) || pathname === STAFF_PREFIX.slice(0, -1);
  if (routes.returning && isReturnPath(pathname)) {
    const returning = routes.returning();
    if (!returning) return void res.writeHead(503, PLAIN).end('Starting');
    return writeResult(res, await returning(await toApiGatewayEvent(req)));
  }
  if (routes.figures && isFiguresPath(pathname))
    return writeResult(res, await routes.figures(await toApiGatewayEvent(req)));
  if (!pathname.startsWith(API_PREFIX) && !isStaff) return routes.site(pathname, res);
  const staff = isStaff ? routes.staff() : undefined;
  if (isStaff && !staff) return void res.writeHead(503, PLAIN).end('Starting');
  const isCaseApi = pathname.startsWith(CASE_API.prefix) && routes.caseApi !== undefined;
  const caseApi = isCaseApi ? routes.caseApi?.() : undefined;
  if (isCaseApi && !caseApi) return void res.writeHead(503, PLAIN).end('Starting');
  const event = await toApiGatewayEvent(req);
  writeResult(res, await (staff ?? caseApi ?? routes.api)(event));
};

/**
 * The twin's HTTP listener: every request is answered, whatever it holds and whatever goes wrong
 * in answering it (a handler that throws gets a 500 reply), so nothing a browser or curl sends
 * ends the twin.
 */
export const answerEveryRequest =
  (routes: TwinRoutes) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    // A request whose connection breaks mid-body: its error is the reply's to settle, not the process's.
    req.on('error', () => {});
    answer(routes, req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      const [status, text] = failure(error);
      res.writeHead(status, PLAIN).end(text);
    });
  };
