import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../local/free-port.ts';
import { startTwin, type Twin } from '../../../local/twin.ts';
import { PATIENCE_MS, PATIENT_TEST_MS } from '../../support/patience.ts';

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

/** A request line no HTTP client would send (and the start of a body, if any), then the reply. */
const rawLine = (port: number, line: string, body = ''): Promise<string> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`${line}\r\nHost: localhost\r\n\r\n${body}`),
    );
    let reply = '';
    socket.on('data', (c) => {
      reply += c;
    });
    socket.on('close', () => resolve(reply));
    socket.on('error', () => resolve(reply));
    // Cut off after a while: a reply that never came, or a body never finished.
    setTimeout(() => socket.resetAndDestroy(), body ? 300 : 2_000);
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
  let parent = '';
  beforeAll(async () => {
    // A built site, and a sibling folder whose name starts the same way.
    parent = mkdtempSync(join(tmpdir(), 'twin-site-'));
    mkdirSync(join(parent, 'dist'));
    mkdirSync(join(parent, 'dist-old'));
    writeFileSync(join(parent, 'dist', 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(parent, 'dist', '404.html'), '<h1>Page not found</h1>');
    writeFileSync(join(parent, 'dist-old', 'secret.html'), 'SECRET');
    twin = await startTwin({ port: 0, dataDir: null, quiet: true, siteDir: join(parent, 'dist') });
    port = Number(new URL(twin.url).port);
  });
  afterAll(async () => {
    await twin?.stop();
    rmSync(parent, { recursive: true, force: true });
  });

  it.each([
    ['/%E0%A4%A', 400],
    ['/%ZZ', 400],
    ['/%', 400],
    ['/%C0%AF', 400], // An overlong encoding of '/'.
    ['/%00', 400],
    ['/index.html%00.png', 400],
    ['/..%2Fdist-old/secret.html', 404],
    ['/%2e%2e/dist-old/secret.html', 404],
    ['/%2e%2e%2f%2e%2e%2fetc/passwd', 404],
    ['/%2e%2e%5cdist-old%5csecret.html', 404],
    ['/dist/..%2f..%2fdist-old/secret.html', 404],
    [`/${'a/'.repeat(2000)}`, 404],
    [`/${'a'.repeat(1000)}.html`, 404], // Longer than a file name may be.
    [`/${'a'.repeat(20_000)}`, 431], // Longer than Node takes a request line: refused before the twin sees it.
    ['/api/forms/%E0%A4%A', 404],
    ['/staff/submissions/%E0%A4%A', 404],
  ])('answers %s with %i, and serves nothing outside the site', async (path, status) => {
    const reply = await rawGet(port, path);
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain('SECRET');
  });

  it('keeps serving after requests no browser would send', async () => {
    expect(await rawLine(port, 'GET http://[ HTTP/1.1')).toMatch(/^HTTP\/1.1 400/);
    await rawLine(port, 'NOT-A-METHOD / HTTP/1.1');
    expect(await rawLine(port, `GET /${'%'.repeat(5000)} HTTP/1.1`)).toMatch(/^HTTP\/1.1 400/);
    // A post whose connection is cut halfway through its body.
    await rawLine(
      port,
      'POST /api/forms/referral HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: 100000',
      '{"name": "Sa',
    );
    await rawLine(port, 'POST /index.html HTTP/1.1\r\ncontent-length: 100000', 'abc');
    expect((await rawGet(port, '/')).status).toBe(200);
    expect((await rawGet(port, '/api/forms')).status).toBe(200);
  });
});

describe('the twin stopping', () => {
  const dataDirs: string[] = [];
  afterAll(() => {
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });
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

  /** `npm start` as a child process on free ports; its addresses, to see what still answers. */
  const npmStart = async (launcher: string[] = []) => {
    const ports = {
      PORT: await freePort(),
      DYNAMODB_PORT: await freePort(),
      SES_PORT: await freePort(),
      OIDC_PORT: await freePort(),
      S3_PORT: await freePort(),
    };
    const dataDir = mkdtempSync(join(tmpdir(), 'twin-data-'));
    dataDirs.push(dataDir);
    const env = {
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      DYNAMODB_DATA_DIR: dataDir,
    };
    const { child } = await run([...launcher, 'scripts/start.ts'], env, /Press Ctrl-C to stop/);
    const endpoints = Object.values(ports).map((port) => `http://127.0.0.1:${port}`);
    return { child, endpoints };
  };

  /** Whether each endpoint still answers, once the given time has passed for them to close. */
  const stillAnswering = async (endpoints: string[], withinMs = PATIENCE_MS) => {
    const deadline = Date.now() + withinMs;
    let open = endpoints;
    while (open.length > 0 && Date.now() < deadline) {
      const answering = await Promise.all(open.map(answers));
      open = open.filter((_, i) => answering[i]);
      if (open.length > 0) await new Promise((r) => setTimeout(r, 250));
    }
    return open;
  };

  it(
    'npm start, stopped by a signal, stops DynamoDB Local, the SES emulator and the local S3 with it',
    async () => {
      const { child, endpoints } = await npmStart();
      expect(await Promise.all(endpoints.map(answers))).toEqual(endpoints.map(() => true));
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      expect(await stillAnswering(endpoints)).toEqual([]);
    },
    PATIENT_TEST_MS,
  );

  it(
    'npm start, killed outright (SIGKILL, no exit handler runs), still leaves no DynamoDB Local behind',
    async () => {
      const { child, endpoints } = await npmStart();
      child.kill('SIGKILL');
      await exited(child);
      expect(await stillAnswering(endpoints)).toEqual([]);
    },
    PATIENT_TEST_MS,
  );

  it(
    'npm start stops, and stops DynamoDB Local, when the process that started it ends',
    async () => {
      // A parent that starts the twin and is then killed, as npm or a terminal may be.
      const launcher = [
        '-e',
        "require('node:child_process').spawn(process.execPath, process.argv.slice(1), { stdio: 'inherit' })",
      ];
      const { child, endpoints } = await npmStart(launcher);
      child.kill('SIGKILL');
      expect(await stillAnswering(endpoints)).toEqual([]);
    },
    PATIENT_TEST_MS,
  );

  it(
    'a twin that dies of an uncaught error takes DynamoDB Local with it',
    async () => {
      const { child, line } = await run(['test/integration/twin/crash-after-start.ts'], {}, /^DYNAMODB /);
      const endpoint = line.replace('DYNAMODB ', '').trim();
      expect(await exited(child)).not.toBe(0);
      expect(await stillAnswering([endpoint])).toEqual([]);
    },
    PATIENT_TEST_MS,
  );
});
