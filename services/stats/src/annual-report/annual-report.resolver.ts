import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { StatsContext } from '../context.js';
import { AnnualReportType } from './annual-report.type.js';

@Resolver()
export class AnnualReportResolver {
  @Query(() => AnnualReportType, {
    description:
      'The annual report of Art. 41 (R-P15) for an area (default: the viewer’s) and a year; also as a workbook at GET /exports/annual-report.xlsx',
  })
  annualReport(
    @Ctx() ctx: StatsContext,
    @Arg('year', () => Int) year: number,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string | null,
  ): Promise<AnnualReportType> {
    return ctx.statistics.annualReport.report(year, regionCode);
  }
}
