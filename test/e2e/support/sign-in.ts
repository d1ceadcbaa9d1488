import type { BrowserContext, Page } from 'playwright-core';
import { LOCAL_STAFF_PASSWORD } from '../../../local/staff-accounts.ts';

/**
 * Signs in to the workspace through the twin's OpenID provider as a local account, as a person
 * does: opens `from` (a workspace page, or the sign-in page), is sent to the provider, types the
 * account and the local password, and waits to land on `landsOn` (the page asked for, by default).
 */
export const signInAs = async (
  siteUrl: string,
  context: BrowserContext,
  username: string,
  from: string,
  landsOn: string = from,
): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(`${siteUrl}${from}`);
  await page.waitForURL(/\/interaction\//);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(LOCAL_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${siteUrl}${landsOn}`);
  return page;
};
