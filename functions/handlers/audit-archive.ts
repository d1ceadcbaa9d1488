import { fromEnv } from '@aws-sdk/credential-provider-env';
import { S3AuditArchive } from '../storage/audit-archive-bucket.ts';
import { makeAuditArchiveHandler } from './audit-archive-app.ts';

// Read by hand rather than through functions/config: its error type would bring every form's
// definition into a bundle that needs none of them.
const bucket = process.env.AUDIT_ARCHIVE_BUCKET;
if (!bucket) throw new Error('AUDIT_ARCHIVE_BUCKET is not set: the deployment names the archive bucket');

/**
 * Lambda entry point for the staff table's stream (audit entries only, filtered by the event
 * source): keeps each in the archive bucket, with the role's credentials from the environment.
 */
export const handler = makeAuditArchiveHandler({
  archive: new S3AuditArchive({
    bucket,
    region: process.env.AWS_REGION ?? 'eu-west-2',
    credentials: fromEnv(),
  }),
});
