import { createInterface } from 'node:readline/promises';

/** Asks on the terminal (prompt on standard error, so standard output stays data); true for y or yes. */
export const askYes = async (question: string): Promise<boolean> => {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^(y|yes)$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
};
