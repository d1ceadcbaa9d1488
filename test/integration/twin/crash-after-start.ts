/**
 * Starts the twin, says where DynamoDB Local is, then fails with an error nothing catches: the
 * process ends, and must take DynamoDB Local (a separate Java process) with it.
 */
import { startTwin } from '../../../local/twin.ts';

const twin = await startTwin({ port: 0, dataDir: null, quiet: true, siteDir: 'site/dist' });
console.log(`DYNAMODB ${twin.dynamoEndpoint}`);
setTimeout(() => {
  throw new Error('An error nothing catches');
}, 100);
