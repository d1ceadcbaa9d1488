import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { caseDocument } from '../case-api/case-document.ts';
import { openApiDocument } from '../case-api/openapi.ts';
import { NO_STORE, PROBLEMS } from '../case-api/problem.ts';
import { type ApiClient, bearerToken, clientOf, type VerifyToken } from '../case-api/token.ts';
import type { ServiceConfig } from '../config/schema.ts';
import { CASE_API } from '../contract/webhooks.ts';
import { throughCloudFront } from '../http/origin-check.ts';
import { type HttpResult, jsonResponse } from '../http/responses.ts';
import { logger } from '../observability/logger.ts';
import { auditExpiry } from '../staff/audit.ts';
import type { StaffStore } from '../storage/staff-store.ts';
import type { SubmissionStore } from '../storage/submission-store.ts';
import { REFERENCE_PATTERN } from '../submissions/reference.ts';

export interface CaseApiDeps {
  config: ServiceConfig;
  submissions: Pick<SubmissionStore, 'get'>;
  audit: Pick<StaffStore, 'audit'>;
  verify: VerifyToken;
  /** The provider's token endpoint, for the OpenAPI document. */
  tokenUrl: string;
  now: () => Date;
  /**
   * The secret CloudFront sends in x-origin-verify; a request without it is refused (403) before
   * anything else, as by the other functions behind the API. Only the deployed function has one.
   */
  originSecret?: string | undefined;
}

const CASE_PATH = new RegExp(`^${CASE_API.path.replace('{reference}', '([^/]+)')}$`);

/** The client a request's token names, or the problem to answer (401 no or bad token, 403 no team). */
const authorise = async (
  event: APIGatewayProxyEventV2,
  deps: CaseApiDeps,
): Promise<ApiClient | HttpResult> => {
  const token = bearerToken(event.headers.authorization ?? event.headers.Authorization);
  if (!token) return PROBLEMS.noToken();
  let client: ApiClient | undefined;
  try {
    client = clientOf(await deps.verify(token));
  } catch (error) {
    logger.info('case api token refused', { errorName: error instanceof Error ? error.name : typeof error });
    return PROBLEMS.badToken();
  }
  if (!client) return PROBLEMS.badToken();
  return client.teams.length > 0 ? client : PROBLEMS.noTeam();
};

/**
 * GET /api/v1/submissions/{reference} for a case system holding a client-credentials token: the
 * case if its team is one of the token's, audited as the client before it is answered; 404 alike
 * for another team's, an erased one, a suspected one and one that never was. GET
 * /api/v1/openapi.json describes it. Every answer is no-store.
 */
/** The reference in the path; a malformed escape (%E0%A4%A) is no reference, so a 404 like any other. */
const decodedReference = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return '';
  }
};

export const makeCaseApiHandler = (deps: CaseApiDeps) => {
  const fromCloudFront = throughCloudFront(deps.originSecret);
  return async (event: APIGatewayProxyEventV2): Promise<HttpResult> => {
    if (!fromCloudFront(event.headers)) return PROBLEMS.notThroughCloudFront();
    const path = event.rawPath;
    if (event.requestContext.http.method !== 'GET') return PROBLEMS.method();
    if (path === CASE_API.openApiPath) {
      const teams = Object.keys(deps.config.teams);
      return jsonResponse(200, openApiDocument(deps.config.serviceName, teams, deps.tokenUrl), NO_STORE);
    }
    const match = CASE_PATH.exec(path);
    if (!match) return PROBLEMS.noRoute();
    const client = await authorise(event, deps);
    if (!('clientId' in client)) return client;
    const reference = decodedReference(match[1] ?? '');
    const record = REFERENCE_PATTERN.test(reference) ? await deps.submissions.get(reference) : undefined;
    const now = deps.now();
    // Past its retention is gone, as in the workspace: DynamoDB's TTL can take days to delete it.
    const held = record?.kind === 'submission' && record.expiresAt * 1000 > now.getTime();
    if (!held || !client.teams.includes(record.team)) return PROBLEMS.notFound();
    // Audited before it is answered: a read the trail cannot show is never given.
    await deps.audit.audit(
      {
        action: 'fetched-by-api',
        actor: `client:${client.clientId}`,
        actorName: `Case system (client ${client.clientId})`,
        at: now.toISOString(),
        reference,
      },
      auditExpiry(deps.config, now),
    );
    logger.info('case fetched by api', { reference, client: client.clientId });
    return jsonResponse(200, caseDocument(record), NO_STORE);
  };
};
