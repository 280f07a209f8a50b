const DAY_MS = 86_400_000;

/**
 * The clock the platform's procedure steps read in tests (`RunServiceHooks.clock`): the system
 * time plus an offset the test moves forward, so that days can pass between two steps (a
 * hearing that lasts ten days) without waiting. Tokens and the database keep real time.
 */
export class TestClock {
  private offsetMs = 0;

  /** What the services see as now. */
  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  /** Lets `days` (and `ms`) pass at once. */
  advance(days: number, ms = 0): Date {
    if (days < 0 || ms < 0) throw new RangeError('a test clock only moves forward');
    this.offsetMs += days * DAY_MS + ms;
    return this.now();
  }

  /** Back to the system time (for the next test of the file). */
  reset(): void {
    this.offsetMs = 0;
  }
}
