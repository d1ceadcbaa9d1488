/**
 * Where `npm start` listens, each overridable by an environment variable; the operator tools read
 * the same variables, so they find a twin started on other ports.
 */
export const TWIN_PORTS = {
  site: { variable: 'PORT', fallback: 3000 },
  ses: { variable: 'SES_PORT', fallback: 8005 },
  dynamo: { variable: 'DYNAMODB_PORT', fallback: 8000 },
  oidc: { variable: 'OIDC_PORT', fallback: 3001 },
  s3: { variable: 'S3_PORT', fallback: 4569 },
} as const;

export const twinPort = (which: keyof typeof TWIN_PORTS, env: NodeJS.ProcessEnv = process.env): number => {
  const { variable, fallback } = TWIN_PORTS[which];
  return Number(env[variable] || fallback);
};
