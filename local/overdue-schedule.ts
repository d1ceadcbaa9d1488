import { type Clock, systemClock } from '../functions/time/clock.ts';
import { londonDay } from '../functions/time/london.ts';
import { isWorkingDay, type WorkingCalendar } from '../functions/time/working-days.ts';

export interface OverdueScheduleOptions {
  /** The job itself (the Lambda handler, as the twin wires it). */
  run: (at: Date) => Promise<unknown>;
  now?: Clock;
  /** The deployment's working days (config.workingDays), as the job itself counts them. */
  calendar: WorkingCalendar;
  /** How often to look at the clock. */
  intervalMs?: number;
  onError?: (error: Error) => void;
}

const TEN_MINUTES = 10 * 60_000;
const LONDON_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  hourCycle: 'h23',
});

/**
 * Plays the weekday-morning EventBridge rule for the twin: once each working day, at the first look
 * after 08:00 London time (07:00 UTC in summer, as deployed), it runs the overdue job. A twin started
 * later in the day runs it then, like a Lambda retry would; one left running runs it each morning.
 */
export class OverdueSchedule {
  private readonly options: OverdueScheduleOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private lastDay: string | undefined;

  constructor(options: OverdueScheduleOptions) {
    this.options = options;
  }

  start(): void {
    this.tick();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    const now = (this.options.now ?? systemClock)();
    const day = londonDay(now);
    if (
      day !== this.lastDay &&
      Number(LONDON_HOUR.format(now)) >= 8 &&
      isWorkingDay(day, this.options.calendar)
    ) {
      this.lastDay = day;
      this.running = this.options.run(now).catch((error: Error) => this.options.onError?.(error));
    }
    this.timer = setTimeout(() => this.tick(), this.options.intervalMs ?? TEN_MINUTES);
    this.timer.unref();
  }
}
