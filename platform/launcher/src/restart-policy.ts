/** Defaults of {@link RestartPolicy}. */
export const RESTART_DEFAULTS = {
  /** The wait before the first restart; doubled for each further crash within the window. */
  firstDelayMs: 500,
  /** The longest wait between a crash and the next start. */
  maxDelayMs: 8_000,
  /** Restarts allowed within `windowMs`; the next crash leaves the part stopped. */
  maxRestarts: 5,
  windowMs: 120_000,
} as const;

export type RestartOptions = { -readonly [K in keyof typeof RESTART_DEFAULTS]: number };

export type RestartDecision =
  { restart: true; delayMs: number; crashes: number } | { restart: false; crashes: number; windowMs: number };

/**
 * When to start a crashed part again: after 0.5 s, 1 s, 2 s, 4 s, 8 s for the crashes of the
 * last two minutes, and not at all after the sixth, so a part that cannot run stops trying.
 * Crashes older than the window are forgotten: a part that ran a while starts fast again.
 */
export class RestartPolicy {
  private crashes: number[] = [];
  private readonly options: RestartOptions;

  constructor(options: Partial<RestartOptions> = {}) {
    this.options = { ...RESTART_DEFAULTS, ...options };
  }

  /** Records a crash (or a failed restart) at `now` (ms) and says whether and when to start again. */
  crashed(now: number): RestartDecision {
    const { firstDelayMs, maxDelayMs, maxRestarts, windowMs } = this.options;
    this.crashes = [...this.crashes.filter((at) => now - at < windowMs), now];
    const crashes = this.crashes.length;
    if (crashes > maxRestarts) return { restart: false, crashes, windowMs };
    return { restart: true, crashes, delayMs: Math.min(firstDelayMs * 2 ** (crashes - 1), maxDelayMs) };
  }
}
