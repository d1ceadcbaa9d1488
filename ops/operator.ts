import { userInfo } from 'node:os';
import { UsageError } from './errors.ts';

/** Control and invisible format characters (bidi overrides, zero-width): a name must show as it is. */
const HIDDEN = /[\p{Cc}\p{Cf}]/u;

/**
 * Who is running the tools, as the audit trail will name them: what `--by` says, checked so that
 * the workspace's audit page shows it as typed.
 */
export const operatorName = (given: string): string => {
  const name = given.trim();
  if (name === '') throw new UsageError('--by needs a name, for example --by "Sam Okafor".');
  if (name.length > 100) throw new UsageError('--by takes a name of at most 100 characters.');
  if (HIDDEN.test(name)) {
    throw new UsageError('--by must be a plain name, without line breaks or hidden characters.');
  }
  return name;
};

/**
 * Without `--by`, the account signed in to this computer (the OS user, not an environment variable
 * anyone can set per command): on a shared or service account, say who you are with --by.
 */
export const thisComputersUser = (env: NodeJS.ProcessEnv): string => {
  let name: string | undefined;
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (some containers): the login shell's name is the best there is.
    name = env.USER || env.LOGNAME || env.USERNAME;
  }
  if (!name) throw new UsageError('Cannot tell who you are for the audit trail: add --by "Your Name".');
  return operatorName(name);
};
