import type { TestProject } from 'vitest/node';
import { startDynamoLocal } from '../../local/dynamo-local.ts';
import { useLocalCredentials } from '../../local/local-credentials.ts';
import { startSesLocal } from '../../local/ses-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    sesEndpoint: string;
  }
}

/**
 * One DynamoDB Local (in memory) and one SES emulator for the whole integration run. Each test
 * file makes its own table, so files do not see each other's records.
 */
export default async function setup(project: TestProject) {
  useLocalCredentials();
  const dynamo = await startDynamoLocal({ dataDir: null });
  const ses = await startSesLocal();
  project.provide('dynamoEndpoint', dynamo.endpoint);
  project.provide('sesEndpoint', ses.endpoint);
  return async () => {
    await ses.stop();
    await dynamo.stop();
  };
}
