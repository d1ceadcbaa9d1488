import { CASE_API } from '../contract/webhooks.ts';
import { publishedSchema } from '../forms/json-schema.ts';
import { FORMS } from '../forms/registry.ts';
import { REFERENCE_PATTERN } from '../submissions/reference.ts';

const problemSchema = {
  type: 'object',
  required: ['title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
  },
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The case API described in OpenAPI 3.1, served beside it: the answers of each form are the
 * form's published JSON Schema (the same as GET /api/forms/{formId} gives), and the token's
 * scopes name the teams whose cases a client may read.
 */
export const openApiDocument = (serviceName: string, teams: readonly string[], tokenUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: `${serviceName}: case API`,
    version: '1',
    description:
      'Fetch one case by its reference, after a webhook (no personal data) said it arrived or changed. Every read is audited as the client. Answers are never cached: each response is no-store.',
  },
  paths: {
    [CASE_API.path]: {
      get: {
        operationId: 'getSubmission',
        summary: 'One case: its answers, what the person added, how to contact them safely, and its steps',
        security: [{ clientCredentials: teams.map((t) => CASE_API.scopeFor(t)) }],
        parameters: [
          {
            name: 'reference',
            in: 'path',
            required: true,
            schema: { type: 'string', pattern: REFERENCE_PATTERN.source },
          },
        ],
        responses: {
          200: {
            description: 'The case',
            headers: { 'Cache-Control': { schema: { const: 'no-store' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Case' } } },
          },
          401: problemResponse('No token, or one that is not valid (expired, another issuer, altered)'),
          403: problemResponse('The token gives no team’s cases'),
          404: problemResponse(
            'No case with this reference that this client may read (another team’s, erased, or none)',
          ),
          429: problemResponse('Too many requests: wait and try again'),
        },
      },
    },
  },
  components: {
    securitySchemes: {
      clientCredentials: {
        type: 'oauth2',
        flows: {
          clientCredentials: {
            tokenUrl,
            scopes: Object.fromEntries(
              teams.map((t) => [CASE_API.scopeFor(t), `Read the cases of team ${t}`]),
            ),
          },
        },
      },
    },
    schemas: {
      Problem: problemSchema,
      Case: {
        type: 'object',
        required: ['reference', 'form', 'team', 'receivedAt', 'answers', 'additions', 'safeContact', 'steps'],
        properties: {
          reference: { type: 'string' },
          form: { enum: FORMS.map((f) => f.id) },
          schemaVersion: { type: 'integer' },
          team: { type: 'string' },
          receivedAt: { type: 'string', format: 'date-time' },
          language: { type: 'string' },
          urgent: { type: 'array', items: { type: 'string' } },
          markers: { type: 'array', items: { type: 'string' } },
          status: { type: 'object', properties: { id: { type: 'string' }, label: { type: 'string' } } },
          withdrawnAt: { type: 'string', format: 'date-time' },
          answers: { oneOf: FORMS.map((f) => ({ $ref: `#/components/schemas/answers-${f.id}` })) },
          additions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                kind: { enum: ['incident', 'update', 'contact', 'withdrawal', 'evidence'] },
                at: { type: 'string', format: 'date-time' },
                answers: { type: 'object' },
                urgent: { type: 'array', items: { type: 'string' } },
                language: { type: 'string' },
              },
            },
          },
          safeContact: {
            type: 'array',
            items: { type: 'string' },
            description: 'How to contact them safely, in words',
          },
          steps: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                step: { type: 'string' },
                label: { type: 'string' },
                on: { type: 'string', format: 'date' },
                detail: { type: 'string' },
                reviewOn: { type: 'string', format: 'date' },
              },
            },
          },
        },
      },
      ...Object.fromEntries(FORMS.map((f) => [`answers-${f.id}`, publishedSchema(f)])),
    },
  },
});
