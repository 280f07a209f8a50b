import { CalendarDayKind, CalendarSource } from '@tjxf/calendar';
import {
  Arg,
  Ctx,
  Field,
  GraphQLISODateTime,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import type { UnitsContext } from '../context.js';
import type { PublishedYear } from './calendar.service.js';

registerEnumType(CalendarSource, {
  name: 'CalendarSource',
  description:
    'Where a year’s calendar comes from: published by an administrator, the holiday library, or the law alone',
});
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description: 'A day off (HOLIDAY) or a weekend day worked (MAKEUP_WORKDAY, 调休)',
});

@ObjectType('HolidayDay', { description: 'A day that is not what its weekday says' })
export class HolidayDayType {
  @Field(() => String, { description: 'YYYY-MM-DD, in China' })
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String, { description: 'The festival, in Chinese (e.g. 春节)' })
  name!: string;
}

@ObjectType('HolidayCalendar', { description: 'A year’s calendar as deadlines are counted on it (R-T1)' })
export class HolidayCalendarType {
  @Field(() => Int)
  year!: number;

  @Field(() => CalendarSource)
  source!: CalendarSource;

  @Field(() => Boolean, {
    description: 'Only the statutory days are known: deadlines counted on this year may move when it is published',
  })
  provisional!: boolean;

  @Field(() => [HolidayDayType])
  days!: HolidayDayType[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the arrangement was published here' })
  publishedAt!: Date | null;
}

@InputType('HolidayInput')
export class HolidayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String)
  name!: string;
}

const toType = (year: PublishedYear): HolidayCalendarType => ({
  year: year.year,
  source: year.source,
  provisional: year.provisional,
  days: year.days,
  publishedAt: year.publishedAt,
});

@Resolver(() => HolidayCalendarType)
export class CalendarResolver {
  @Query(() => HolidayCalendarType, { description: 'The calendar of a year with its source (R-T1)' })
  async holidays(@Ctx() ctx: UnitsContext, @Arg('year', () => Int) year: number): Promise<HolidayCalendarType> {
    return toType(await ctx.calendar.year(year));
  }

  @Mutation(() => HolidayCalendarType, {
    description:
      'The administrator enters the State Council’s arrangement of a year (days off and make-up working days); running deadlines are counted again (R-T1)',
  })
  async publishHolidaySchedule(
    @Ctx() ctx: UnitsContext,
    @Arg('year', () => Int) year: number,
    @Arg('days', () => [HolidayInput]) days: HolidayInput[],
  ): Promise<HolidayCalendarType> {
    return toType(await ctx.calendar.publish(ctx.viewer, year, days));
  }
}
