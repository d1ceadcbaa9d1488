import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../local/free-port.ts';
import { startTwin, type Twin } from '../../../local/twin.ts';

/** A GET with the path exactly as written (fetch would tidy it). */
const rawGet = (port: number, path: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

/** A request line no HTTP client would send. */
const rawLine = (port: number, line: string): Promise<string> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${line}\r\nHost: localhost\r\n\r\n`));
    let reply = '';
    socket.on('data', (c) => {
      reply += c;
    });
    socket.on('close', () => resolve(reply));
    socket.on('error', () => resolve(reply));
    setTimeout(() => socket.destroy(), 2_000);
  });

/** True while something answers on the port. */
const answers = (endpoint: string) =>
  fetch(endpoint, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );

describe('the twin and bad requests', () => {
  let twin: Twin;
  let port: number;
  beforeAll(async () => {
    // A built site, and a sibling folder whose name starts the same way.
    const parent = mkdtempSync(join(tmpdir(), 'twin-site-'));
    mkdirSync(join(parent, 'dist'));
    mkdirSync(join(parent, 'dist-old'));
    writeFileSync(join(parent, 'dist', 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(parent, 'dist', '404.html'), '<h1>Page not found</h1>');
    writeFileSync(join(parent, 'dist-old', 'secret.html'), 'SECRET');
    twin = await startTwin({ port: 0, dataDir: null, quiet: true, siteDir: join(parent, 'dist') });
    port = Number(new URL(twin.url).port);
  });
  afterAll(() => twin?.stop());

  it.each([
    ['/%E0%A4%A', 400],
    ['/%ZZ', 400],
    ['/%00', 400],
    ['/..%2Fdist-old/secret.html', 404],
    ['/%2e%2e/dist-old/secret.html', 404],
    ['/%2e%2e%2f%2e%2e%2fetc/passwd', 404],
    [`/${'a/'.repeat(2000)}`, 404],
    ['/api/forms/%E0%A4%A', 404],
    ['/staff/submissions/%E0%A4%A', 404],
  ])('answers %s with %i, and serves nothing outside the site', async (path, status) => {
    const reply = await rawGet(port, path);
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain('SECRET');
  });

  it('keeps serving after requests no browser would send', async () => {
    await rawLine(port, 'GET http://[ HTTP/1.1');
    await rawLine(port, 'NOT-A-METHOD / HTTP/1.1');
    await rawLine(port, `GET /${'%'.repeat(5000)} HTTP/1.1`);
    expect((await rawGet(port, '/')).status).toBe(200);
    expect((await rawGet(port, '/api/forms')).status).toBe(200);
  });
});

describe('the twin stopping', () => {
  /** Runs a script with the project's Node until it prints a line matching `ready`. */
  const run = (args: string[], env: Record<string, string>, ready: RegExp) =>
    new Promise<{ child: ChildProcess; line: string }>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout?.on('data', (chunk) => {
        out += chunk;
        const line = out.split('\n').find((l) => ready.test(l));
        if (line) resolve({ child, line });
      });
      child.on('exit', (code) => reject(new Error(`exited early (${code}): ${out}`)));
    });
  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    });

  it('npm start, stopped by a signal, stops DynamoDB Local with it', async () => {
    const dynamoPort = await freePort();
    const env = {
      PORT: String(await freePort()),
      DYNAMODB_PORT: String(dynamoPort),
      SES_PORT: String(await freePort()),
      OIDC_PORT: String(await freePort()),
      DYNAMODB_DATA_DIR: mkdtempSync(join(tmpdir(), 'twin-data-')),
    };
    const { child } = await run(['scripts/start.ts'], env, /Press Ctrl-C to stop/);
    const endpoint = `http://127.0.0.1:${dynamoPort}`;
    expect(await answers(endpoint)).toBe(true);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(await answers(endpoint)).toBe(false);
  }, 90_000);

  it('a twin that dies of an uncaught error takes DynamoDB Local with it', async () => {
    const { child, line } = await run(['test/integration/twin/crash-after-start.ts'], {}, /^DYNAMODB /);
    const endpoint = line.replace('DYNAMODB ', '').trim();
    expect(await exited(child)).not.toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(await answers(endpoint)).toBe(false);
  }, 90_000);
});
