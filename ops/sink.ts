import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { OpsError } from './errors.ts';
import { terminalSafe } from './terminal-safe.ts';

export interface OutputSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
  /** After a failure: close and delete a half-written file, so no partial copy of personal data is left. */
  discard(): Promise<void>;
}

const writeTo = async (stream: NodeJS.WritableStream | WriteStream, text: string): Promise<void> => {
  // Respect back-pressure, so a big export to a slow pipe does not pile up in memory.
  if (!stream.write(text)) await once(stream, 'drain');
};

/**
 * Where data goes: standard output, or a new file readable by its owner only (it holds personal
 * data). An existing file is never overwritten, so an export cannot silently replace another.
 */
export const openSink = async (
  out: string | undefined,
  stdout: NodeJS.WritableStream,
): Promise<OutputSink> => {
  if (out === undefined) {
    // On a terminal, answers must not be able to drive it; piped or redirected, data stays as stored.
    const shown = (stdout as { isTTY?: boolean }).isTTY ? terminalSafe : (text: string) => text;
    return { write: (text) => writeTo(stdout, shown(text)), close: async () => {}, discard: async () => {} };
  }
  const file = createWriteStream(out, { flags: 'wx', mode: 0o600 });
  try {
    await once(file, 'open');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new OpsError(
      code === 'EEXIST'
        ? `${out} already exists: choose another name, or delete it first.`
        : `Cannot create ${out} (${code ?? (error as Error).name}).`,
    );
  }
  const close = () =>
    new Promise<void>((resolve, reject) => {
      file.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  return {
    write: (text) => writeTo(file, text),
    close,
    discard: async () => {
      await close().catch(() => {});
      await rm(out, { force: true });
    },
  };
};
