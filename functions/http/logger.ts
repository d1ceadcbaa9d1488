import { Logger } from '@aws-lambda-powertools/logger';
import type { LogLevel } from '@aws-lambda-powertools/logger/types';

/**
 * Structured JSON logs. Callers log only ids, references, counts and error names: never answers,
 * names, addresses, bodies or headers, because everything here may be special-category data.
 */
export const logger = new Logger({
  serviceName: 'restorative-forms',
  logLevel: (process.env.LOG_LEVEL ?? 'INFO') as LogLevel,
});
