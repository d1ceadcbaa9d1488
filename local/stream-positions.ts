import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

interface Saved {
  streamArn: string;
  /** The last sequence number handled in each shard, or "done" for a shard read to its end. */
  shards: Record<string, string>;
}

export const SHARD_DONE = 'done';

/**
 * Where the twin's stream poller has got to in each shard, kept in a file beside DynamoDB Local's
 * data, so a restart resumes where it stopped, as Lambda's event source mapping does. Written
 * whole to a temporary file and renamed, so a crash never leaves half a file.
 */
export class StreamPositions {
  private readonly file: string;
  private shards: Record<string, string> = {};
  private streamArn = '';
  private dirty = false;

  constructor(file: string) {
    this.file = file;
  }

  /** The positions saved for this stream; none when the file is missing, unreadable or for another stream. */
  load(streamArn: string): ReadonlyMap<string, string> {
    this.streamArn = streamArn;
    try {
      const saved = existsSync(this.file)
        ? (JSON.parse(readFileSync(this.file, 'utf8')) as Saved)
        : undefined;
      this.shards = saved?.streamArn === streamArn && saved.shards ? { ...saved.shards } : {};
    } catch {
      this.shards = {};
    }
    return new Map(Object.entries(this.shards));
  }

  set(shardId: string, position: string): void {
    if (this.shards[shardId] === position) return;
    this.shards[shardId] = position;
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    const temporary = `${this.file}.tmp`;
    writeFileSync(
      temporary,
      JSON.stringify({ streamArn: this.streamArn, shards: this.shards } satisfies Saved),
    );
    renameSync(temporary, this.file);
    this.dirty = false;
  }
}
