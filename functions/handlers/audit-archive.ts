import { fromEnv } from '@aws-sdk/credential-provider-env';
import * as z from 'zod/mini';
import { readEnvironment } from '../config/environment.ts';
import { S3AuditArchive } from '../storage/audit-archive-bucket.ts';
import { makeAuditArchiveHandler } from './audit-archive-app.ts';

const text = () => z.string().check(z.minLength(1));
const runtime = readEnvironment(
  z.object({ AUDIT_ARCHIVE_BUCKET: text(), AWS_REGION: z._default(text(), 'eu-west-2') }),
  process.env,
);

/**
 * Lambda entry point for the staff table's stream (audit entries only, filtered by the event
 * source): keeps each in the archive bucket, with the role's credentials from the environment.
 */
export const handler = makeAuditArchiveHandler({
  archive: new S3AuditArchive({
    bucket: runtime.AUDIT_ARCHIVE_BUCKET,
    region: runtime.AWS_REGION,
    credentials: fromEnv(),
  }),
});
