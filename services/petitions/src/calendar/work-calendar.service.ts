import { LIBRARY_CALENDAR, WorkCalendar, type PublishedSchedule } from '@tjxf/calendar';
import { ServiceTokenSigner } from '@tjxf/tokens';
import { RevalidatingCopy } from '@tjxf/subgraph-kit';

/** Where the procedure gets the work calendar it counts days on (R-T1). */
export interface CalendarLookup {
  current(): Promise<WorkCalendar>;
}

/** The calendar with nothing published (the library's years, then the statutory days): for the demo seed. */
export const LIBRARY_CALENDAR_LOOKUP: CalendarLookup = { current: async () => LIBRARY_CALENDAR };

/** Defaults of {@link CalendarCopy}: revalidated as often as the unit directory. */
export const CALENDAR_COPY_DEFAULTS = { maxAgeMs: 1_000, timeoutMs: 5_000 } as const;

/**
 * The work calendar of the units subgraph, which keeps the arrangements the State Council
 * published (`publishHolidaySchedule`): read from `GET /internal/calendar` with this service's
 * token and revalidated with its ETag; the library's years and the statutory days are this
 * service's own (the same package), so only the published arrangements travel.
 */
export class CalendarCopy implements CalendarLookup {
  private readonly copy: RevalidatingCopy<WorkCalendar>;

  constructor(baseUrl: string, signer: ServiceTokenSigner, options = CALENDAR_COPY_DEFAULTS) {
    this.copy = new RevalidatingCopy(
      new URL('/internal/calendar', baseUrl),
      signer,
      (body) => new WorkCalendar((body as { published: PublishedSchedule[] }).published),
      options,
      'units',
    );
  }

  static async create(baseUrl: string | undefined, privateKeyPem: string | undefined): Promise<CalendarLookup> {
    if (!baseUrl || !privateKeyPem) return LIBRARY_CALENDAR_LOOKUP;
    return new CalendarCopy(baseUrl, await ServiceTokenSigner.fromPem('petitions', privateKeyPem));
  }

  current(): Promise<WorkCalendar> {
    return this.copy.current();
  }
}
