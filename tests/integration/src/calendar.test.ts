import {
  CalendarDayKind,
  LIBRARY_CALENDAR,
  WorkCalendar,
  addDays,
  chinaDate,
  chinaDateInWords,
  deadlineOf,
  isWeekend,
  libraryYears,
  ruleSetOf,
  scheduleProblems,
  statutoryHolidays,
  type CalendarDay,
} from '@tjxf/calendar';
import { unitIdForKey } from '@tjxf/domain';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineInput, onlyError, submit } from './support/petitions.js';

// The holiday calendar of 2027 and after (issue 17; R-T1, R-T1a, R-T2). The library has no
// arrangement for the first year after its last one (2027 with chinese-days 1.5.7): deadlines
// running into it are counted on the statutory days and provisional, until an administrator
// publishes the State Council's arrangement; then they are counted again, with history entries.
// The year is chosen from the run date, so the file stays valid in later years.
let platform: TestPlatform;
const tokens: Record<string, string> = {};
const HEXI_ENVIRONMENT = unitIdForKey('120103/sthj');
const NATIONAL = ruleSetOf('national-2022')!;

/** The first year the library has no arrangement for and the clock can still reach the New Year of. */
const YEAR = Math.max(Math.max(...libraryYears()) + 1, Number(chinaDate(new Date()).slice(0, 4)) + 1);
const STATUTORY = statutoryHolidays(YEAR);
/** 初一 of the Spring Festival (除夕 is the day before). */
const SPRING = STATUTORY.filter((d) => d.festivals.includes('SPRING_FESTIVAL'))[1]!.date;
/** 10:00 in China on a date. */
const tenOClock = (date: string) => new Date(`${date}T10:00:00+08:00`);

/**
 * A step taken 15 days before 初一 (or 初二, when that day is a Sunday) ends its 15 calendar
 * days on a Spring Festival day, and its 5 working days cover a weekend before the festival.
 */
const SPRING_START = [0, 1]
  .map((n) => addDays(SPRING, n - NATIONAL.limits.ACCEPTANCE.days))
  .find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() !== 0)!;
/** The first weekend day after that start: made a working day by the arrangement. */
const MAKEUP = [1, 2, 3, 4, 5, 6, 7].map((n) => addDays(SPRING_START, n)).find(isWeekend)!;
/**
 * An arrangement as the State Council might publish it for the year: the statutory days, the
 * Spring Festival bridged by the four days after 初三, and one make-up working day.
 */
const ARRANGEMENT: CalendarDay[] = [
  ...STATUTORY.map((d) => ({ date: d.date, kind: CalendarDayKind.HOLIDAY, name: d.name })),
  ...[3, 4, 5, 6].map((n) => ({ date: addDays(SPRING, n), kind: CalendarDayKind.HOLIDAY, name: '春节' })),
  { date: MAKEUP, kind: CalendarDayKind.MAKEUP_WORKDAY, name: '春节' },
];
const PUBLISHED = new WorkCalendar([{ year: YEAR, days: ARRANGEMENT }]);
/** The petitions the first describe forwards, which the second's publication moves. */
const ids = { newYear: '', spring: '' };

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  for (const user of ['citizen', 'xfb.hexi', 'admin', 'xfb.city']) tokens[user] = await platform.login(user);
});
afterAll(() => platform?.stop());

interface Clock {
  kind: string;
  startAt: string;
  dueAt: string;
  provisional: boolean;
  explanation: string;
  metAt: string | null;
  closedAt: string | null;
}
interface Petition {
  id: string;
  trackingCode: string;
  deadlines: Clock[];
  history: { action: string; note: string | null; visibleToPetitioner?: boolean }[];
}
const PETITION = `id trackingCode deadlines { kind startAt dueAt provisional explanation metAt closedAt }
  history { action note }`;
const FORWARD = `mutation F($id: ID!, $unitId: ID!) { disposePetition(id: $id, input: { mode: FORWARD, unitId: $unitId }) { ${PETITION} } }`;
const HOLIDAYS = `query H($year: Int!) { holidays(year: $year) { year source provisional publishedAt days { date kind name } } }`;
const PUBLISH = `mutation P($year: Int!, $days: [HolidayInput!]!) {
  publishHolidaySchedule(year: $year, days: $days) { year source provisional publishedAt days { date kind name } } }`;

interface HolidayCalendar {
  year: number;
  source: string;
  provisional: boolean;
  publishedAt: string | null;
  days: CalendarDay[];
}

const running = (p: Petition, kind: string) => p.deadlines.find((d) => d.kind === kind && !d.metAt && !d.closedAt)!;
const day = (iso: string) => chinaDate(new Date(iso));

async function read(id: string): Promise<Petition> {
  const result = await platform.graphql<{ petition: Petition }>(
    `query P($id: ID!) { petition(id: $id) { ${PETITION} } }`,
    { id },
    { token: tokens['xfb.hexi'] },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.petition;
}

/** Files a petition now and forwards it to a unit under the national rule set at `at` (the test clock). */
async function forwardedAt(at: Date, title: string): Promise<Petition> {
  const filed = await submit(
    platform,
    onlineInput({ title, content: `${title}，影响居民生活，请有关部门尽快处理。` }),
    tokens.citizen,
  );
  if (filed.errors) throw new Error(JSON.stringify(filed.errors));
  const wait = at.getTime() - platform.clock.now().getTime();
  if (wait < 0) throw new Error(`the test clock is already past ${at.toISOString()}`);
  platform.clock.advance(0, wait);
  const result = await platform.graphql<{ disposePetition: Petition }>(
    FORWARD,
    { id: filed.data!.submitPetition.petition.id, unitId: HEXI_ENVIRONMENT },
    { token: tokens['xfb.hexi'] },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.disposePetition;
}

const publish = (days: CalendarDay[], token = tokens.admin) =>
  platform.graphql<{ publishHolidaySchedule: HolidayCalendar }>(PUBLISH, { year: YEAR, days }, { token });

/** How many rows of a units table, read directly. */
async function unitsRows(table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const rows = await platform.services.units.orm.em
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from units.${table} where ${where}`, params);
  return Number(rows[0]!.n);
}

describe(`the calendar of ${YEAR}, which the holiday library does not have (R-T1)`, () => {
  it('is answered with its source: the statutory days only, provisional; a year of the library is not', async () => {
    const next = await platform.graphql<{ holidays: HolidayCalendar }>(HOLIDAYS, { year: YEAR });
    expect(next.data?.holidays).toMatchObject({
      year: YEAR,
      source: 'STATUTORY',
      provisional: true,
      publishedAt: null,
    });
    expect(next.data!.holidays.days).toContainEqual({ date: `${YEAR}-01-01`, kind: 'HOLIDAY', name: '元旦' });
    expect(next.data!.holidays.days).toContainEqual({ date: SPRING, kind: 'HOLIDAY', name: '春节' });
    expect(next.data!.holidays.days).toHaveLength(STATUTORY.length);
    const known = Math.max(...libraryYears());
    const library = await platform.graphql<{ holidays: HolidayCalendar }>(HOLIDAYS, { year: known });
    expect(library.data?.holidays).toMatchObject({ source: 'LIBRARY', provisional: false });
    expect(library.data!.holidays.days.some((d) => d.kind === 'MAKEUP_WORKDAY')).toBe(true);
    const far = await platform.graphql(HOLIDAYS, { year: 1990 });
    expect(onlyError(far).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
      reason: 'CALENDAR_YEAR_OUT_OF_RANGE',
    });
  });

  it('counts a working-day limit across New Year’s Day on the statutory days, marked provisional for staff', async () => {
    const forwarded = await forwardedAt(tenOClock(`${YEAR - 1}-12-30`), '冬季供暖温度不达标');
    ids.newYear = forwarded.id;
    const objection = running(forwarded, 'OBJECTION');
    // five working days from 30 December: New Year's Day is not one of them
    const expected = deadlineOf(
      { start: new Date(objection.startAt), ...NATIONAL.limits.OBJECTION },
      LIBRARY_CALENDAR,
    ).lastDay;
    expect(day(objection.dueAt)).toBe(expected);
    expect(expected > `${YEAR}-01-01`).toBe(true);
    expect(LIBRARY_CALENDAR.isWorkingDay(`${YEAR}-01-01`)).toBe(false);
    expect(objection.provisional).toBe(true);
    expect(objection.explanation).toContain('节假日安排尚未公布，暂按法定节假日计算');
  });

  it('carries a calendar-day limit ending on a Spring Festival day past the festival, provisionally', async () => {
    const forwarded = await forwardedAt(tenOClock(SPRING_START), '春节前农民工工资拖欠');
    ids.spring = forwarded.id;
    const acceptance = running(forwarded, 'ACCEPTANCE');
    // 15 days end on a Spring Festival day, a statutory holiday: carried to the first working day after 初三
    const carried = deadlineOf(
      { start: new Date(acceptance.startAt), ...NATIONAL.limits.ACCEPTANCE },
      LIBRARY_CALENDAR,
    );
    expect(carried.extendedPastRestDays).toBe(true);
    expect(day(acceptance.dueAt)).toBe(carried.lastDay);
    expect(carried.lastDay > addDays(SPRING, 2)).toBe(true);
    expect(acceptance.provisional).toBe(true);
  });
});

describe(`publishing the arrangement of ${YEAR} (R-T1, R-T2)`, () => {
  it('is the administrator’s: a petition office is refused and nothing is stored', async () => {
    const refused = await publish(ARRANGEMENT, tokens['xfb.city']);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await unitsRows('holiday_schedule')).toBe(0);
  });

  it('refuses an arrangement that drops a statutory day or works on a weekday, at the field', async () => {
    const withoutNewYear = ARRANGEMENT.filter((d) => d.date !== `${YEAR}-01-01`);
    expect(onlyError(await publish(withoutNewYear)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'days',
      reason: 'SCHEDULE_STATUTORY_DAY_MISSING',
      reasonParams: { date: `${YEAR}-01-01`, name: '元旦' },
    });
    const weekday = [1, 2, 3, 4, 5].map((n) => addDays(`${YEAR}-03-01`, n)).find((d) => !isWeekend(d))!;
    const working = [...ARRANGEMENT, { date: weekday, kind: CalendarDayKind.MAKEUP_WORKDAY, name: '清明节' }];
    expect(onlyError(await publish(working)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `days.${ARRANGEMENT.length}.date`,
      reason: 'MAKEUP_WORKDAY_NOT_WEEKEND',
    });
    expect(await unitsRows('holiday_schedule')).toBe(0);
  });

  it('moves every running deadline it changes once, with the old and new dates in the history, and tells the unit', async () => {
    expect(scheduleProblems(YEAR, ARRANGEMENT)).toEqual([]);
    const { newYear, spring } = ids;
    const before = await read(spring);
    const acceptanceBefore = running(before, 'ACCEPTANCE');
    const objectionBefore = running(before, 'OBJECTION');

    // two administrators enter the same arrangement at once: one publication, one audit entry
    const [first, second] = await Promise.all([publish(ARRANGEMENT), publish(ARRANGEMENT)]);
    expect(first.errors ?? second.errors).toBeUndefined();
    expect(first.data!.publishHolidaySchedule).toMatchObject({ year: YEAR, source: 'PUBLISHED', provisional: false });
    expect(first.data!.publishHolidaySchedule.days).toContainEqual({
      date: MAKEUP,
      kind: 'MAKEUP_WORKDAY',
      name: '春节',
    });
    expect(second.data!.publishHolidaySchedule.publishedAt).toBe(first.data!.publishHolidaySchedule.publishedAt);
    expect(await unitsRows('audit_entry', 'action = ?', ['HOLIDAY_SCHEDULE_PUBLISHED'])).toBe(1);
    const answered = await platform.graphql<{ holidays: HolidayCalendar }>(HOLIDAYS, { year: YEAR });
    expect(answered.data?.holidays).toMatchObject({ source: 'PUBLISHED', provisional: false });

    // the petitions subgraph's copy revalidates each second; two recount rounds at once
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const now = platform.clock.now();
    await Promise.all([
      platform.services.petitions.rounds.deadlineRecount!(now),
      platform.services.petitions.rounds.deadlineRecount!(now),
    ]);

    const after = await read(spring);
    const acceptance = running(after, 'ACCEPTANCE');
    const objection = running(after, 'OBJECTION');
    // the bridged days: the first working day after the festival is later
    const bridged = deadlineOf({ start: new Date(acceptance.startAt), ...NATIONAL.limits.ACCEPTANCE }, PUBLISHED);
    expect(day(acceptance.dueAt)).toBe(bridged.lastDay);
    expect(bridged.lastDay > day(acceptanceBefore.dueAt)).toBe(true);
    // the make-up working day counts: five working days end a day earlier
    const madeUp = deadlineOf({ start: new Date(objection.startAt), ...NATIONAL.limits.OBJECTION }, PUBLISHED);
    expect(day(objection.dueAt)).toBe(madeUp.lastDay);
    expect(madeUp.lastDay < day(objectionBefore.dueAt)).toBe(true);
    expect([acceptance.provisional, objection.provisional]).toEqual([false, false]);
    expect(acceptance.explanation).not.toContain('尚未公布');

    const recounts = after.history.filter((h) => h.action === 'DEADLINE_RECOUNTED');
    expect(recounts.map((h) => h.note).sort()).toEqual(
      [
        `告知是否受理期限由${chinaDateInWords(day(acceptanceBefore.dueAt))}改为${chinaDateInWords(bridged.lastDay)}。已按国务院办公厅公布的${YEAR}年节假日安排重新计算。`,
        `提出异议期限由${chinaDateInWords(day(objectionBefore.dueAt))}改为${chinaDateInWords(madeUp.lastDay)}。已按国务院办公厅公布的${YEAR}年节假日安排重新计算。`,
      ].sort(),
    );
    // the unit whose clock moved is told by an event, once per deadline
    const events = await platform.services.petitions.orm.em
      .getConnection()
      .execute<{ payload: { kind: string; unitId: string; previousDueAt: string; dueAt: string } }[]>(
        `select payload from petitions.outbox_event where aggregate_id = ? and type = 'DeadlineRecounted'`,
        [spring],
      );
    expect(events.map((e) => e.payload.kind).sort()).toEqual(['ACCEPTANCE', 'OBJECTION']);
    expect(events.every((e) => e.payload.unitId === HEXI_ENVIRONMENT)).toBe(true);

    // across New Year: the arrangement keeps 1 January as it was; the end stays, no longer provisional
    const unchanged = await read(newYear);
    expect(running(unchanged, 'OBJECTION').provisional).toBe(false);
    expect(unchanged.history.some((h) => h.action === 'DEADLINE_RECOUNTED')).toBe(false);

    // the petitioner's timeline does not show the units' clocks being counted again
    const tracked = await platform.graphql<{ trackPetition: { history: { action: string }[] } }>(
      `query T($code: String!, $last4: String!) { trackPetition(trackingCode: $code, phoneLast4: $last4) { history { action } } }`,
      { code: after.trackingCode, last4: '8000' },
    );
    expect(tracked.data?.trackPetition.history.map((h) => h.action)).not.toContain('DEADLINE_RECOUNTED');

    // a later round finds nothing left to count again
    const again = (await platform.services.petitions.rounds.deadlineRecount!(platform.clock.now())) as {
      years: number[];
    };
    expect(again.years).toEqual([]);
  });
});
