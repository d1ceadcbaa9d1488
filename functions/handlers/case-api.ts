import * as z from 'zod/mini';
import { jwtVerifier } from '../case-api/token.ts';
import { readEnvironment } from '../config/environment.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { makeCaseApiHandler } from './case-api-app.ts';

const runtime = readEnvironment(
  z.object({
    AWS_REGION: z._default(z.string(), 'eu-west-2'),
    TABLE_NAME: z.string().check(z.minLength(1)),
    STAFF_TABLE_NAME: z.string().check(z.minLength(1)),
    /** The staff user pool's issuer: its keys sign the case systems' access tokens. */
    OIDC_ISSUER: z.url(),
    /** The pool's token endpoint, for the OpenAPI document. */
    CASE_API_TOKEN_URL: z.url(),
    /** The secret CloudFront sends as x-origin-verify (functions/http/origin-check.ts). */
    ORIGIN_VERIFY_SECRET: z.optional(z.string().check(z.minLength(32))),
  }),
  process.env,
);
const documents = makeDocumentClient({ AWS_REGION: runtime.AWS_REGION });
const now = () => new Date();

/** Lambda entry point for /api/v1/* (the case API). */
export const handler = makeCaseApiHandler({
  config: serviceConfig,
  submissions: new DynamoSubmissionStore(documents, runtime.TABLE_NAME),
  audit: new DynamoStaffStore(documents, runtime.STAFF_TABLE_NAME, now),
  verify: jwtVerifier(runtime.OIDC_ISSUER, `${runtime.OIDC_ISSUER}/.well-known/jwks.json`, now),
  tokenUrl: runtime.CASE_API_TOKEN_URL,
  now,
  originSecret: runtime.ORIGIN_VERIFY_SECRET,
});
