import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { PATIENCE_MS } from '../../support/patience.ts';

/** Chromium flags that work in containers and keep it from calling home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_GET_ONE = `No Chromium found for the browser tests. Any one of these works:
  - set CHROMIUM_PATH to a Chromium or Chrome binary
  - install Debian's: apt-get update && apt-get install -y chromium   (gives /usr/bin/chromium)
  - npm install (the devDependency @sparticuz/chromium ships one; it needs libnss3, libnspr4, libexpat)
Never run "npx playwright install": it downloads a browser from outside.`;

/**
 * Finds a Chromium: $CHROMIUM_PATH, then /usr/bin/chromium, then the one inside
 * @sparticuz/chromium (unpacked to /tmp on first use). Throws, never skips, when there is none.
 */
export const findChromium = async (): Promise<string> => {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist.\n${HOW_TO_GET_ONE}`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    const path = await sparticuz.executablePath();
    if (path && existsSync(path)) return path;
  } catch (error) {
    throw new Error(`${HOW_TO_GET_ONE}\n(@sparticuz/chromium failed: ${(error as Error).message})`);
  }
  throw new Error(HOW_TO_GET_ONE);
};

/**
 * Chromium, whose every context waits as patiently as the rest of the suite (test/support/patience.ts)
 * instead of Playwright's 30 s: on a busy build server a click can wait for the page longer than
 * that, and how quickly pages answer is npm run bench's business, not a test's.
 */
export const launchBrowser = async (): Promise<Browser> => {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(PATIENCE_MS);
    context.setDefaultNavigationTimeout(PATIENCE_MS);
    return context;
  };
  return browser;
};
