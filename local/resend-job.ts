import type { ResendRunLog } from '../functions/handlers/resend-waiting-app.ts';

export interface ResendJobOptions {
  /** The re-send handler, the one the Lambda runs (functions/handlers/resend-waiting-app.ts). */
  run: () => Promise<ResendRunLog>;
  /** How often; the first run is one interval after start, as EventBridge's first would be. */
  intervalMs: number;
  /** Told what each run that found something did (counts and references' outcomes are logged by the handler). */
  onRun?: (run: ResendRunLog) => void;
  onError?: (error: Error) => void;
}

/**
 * Plays the re-send job's EventBridge schedule for the local twin: runs the same handler every
 * interval, one run at a time (a slow run delays the next rather than overlapping it; on AWS they
 * may overlap, which the sending claim makes harmless).
 */
export class ResendJob {
  private readonly options: ResendJobOptions;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private current: Promise<unknown> | undefined;

  constructor(options: ResendJobOptions) {
    this.options = options;
  }

  start(): void {
    this.running = true;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.current;
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  private tick(): void {
    this.current = this.options
      .run()
      .then((run) => this.options.onRun?.(run))
      .catch((error: Error) => this.options.onError?.(error))
      .finally(() => this.schedule());
  }
}
