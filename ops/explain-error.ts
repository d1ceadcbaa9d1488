import { type Connection, describeTable } from './connection.ts';
import { OpsError } from './errors.ts';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
]);

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  errors?: ErrorLike[];
  cause?: ErrorLike;
}

/** True when nothing answered: refused, unknown host, timed out (also inside an AggregateError). */
export const isUnreachable = (error: unknown): boolean => {
  const e = error as ErrorLike | undefined;
  if (!e || typeof e !== 'object') return false;
  if ((e.code && NETWORK_CODES.has(e.code)) || e.name === 'TimeoutError') return true;
  return (e.errors ?? []).some(isUnreachable) || isUnreachable(e.cause);
};

const firstLine = (text: string | undefined): string => (text ?? '').split('\n')[0]?.trim() ?? '';

/**
 * Turns anything a command throws into one plain sentence for the operator (no stack trace).
 * Only names and AWS's own messages are shown; these never hold answers.
 */
export const explainError = (error: unknown, connection: Connection | undefined): string => {
  if (error instanceof OpsError) return error.message;
  const e = (error ?? {}) as ErrorLike;
  const table = connection ? describeTable(connection) : 'the service';
  if (isUnreachable(error)) {
    return connection?.local
      ? `Cannot reach the table ${table}: is the local twin running? (npm start)`
      : `Cannot reach the table ${table}: check the network, the region and any --endpoint.`;
  }
  switch (e.name) {
    case 'ResourceNotFoundException':
      return connection?.local
        ? `There is no table ${table}: start the local twin (npm start), which creates it.`
        : `There is no table ${table}: check --table and --region.`;
    case 'CredentialsProviderError':
      return 'No AWS credentials were found: sign in (for example with aws sso login) or set AWS_PROFILE, then try again.';
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'ExpiredTokenException':
    case 'ExpiredToken':
      return `AWS did not accept your credentials (${e.name}): sign in again and retry.`;
    case 'AccessDeniedException':
      return `Your AWS role is not allowed to do this on the table ${table} (AccessDeniedException).`;
    default:
      return `Something went wrong: ${e.name ?? 'Error'}: ${firstLine(e.message)} (set OPS_DEBUG=1 to see the details).`;
  }
};

/** The same for the email service, used by resend. */
export const explainEmailError = (error: unknown, connection: Connection): OpsError => {
  const where = connection.sesEndpoint
    ? `the email service at ${connection.sesEndpoint}`
    : `SES in ${connection.region}`;
  if (isUnreachable(error)) {
    return new OpsError(
      connection.local
        ? `Cannot reach ${where}: is the local twin running? (npm start)`
        : `Cannot reach ${where}: check the network and the region.`,
    );
  }
  const e = error as ErrorLike;
  return new OpsError(`${where} did not send the email (${e.name ?? 'Error'}: ${firstLine(e.message)}).`);
};
