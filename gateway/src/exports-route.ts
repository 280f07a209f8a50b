import type { ApolloServer } from '@apollo/server';
import { ANNUAL_REPORT_QUERY, annualReportTitle, annualReportWorkbook, type AnnualReport } from '@tjxf/annual-report';
import type { FastifyInstance } from 'fastify';
import { inputRefusalBody } from './errors.js';
import { attachment, dataOfOperation, jsonReply, signedInCaller } from './operation-route.js';
import type { SessionContext } from './session-plugin.js';
import type { SessionCheck } from './session.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /exports/annual-report.xlsx?year=YYYY&region=CODE` (CONTRACT "Statistics", R-P15): the
 * annual report of Art. 41 as a workbook, for a signed-in caller within their area. The figures
 * are the statistics subgraph's `annualReport`, read with the caller's rights (a district leader
 * asking for another district is refused there: 403); `region` defaults to the caller's area.
 */
export function registerExportsRoute(
  app: FastifyInstance,
  apollo: ApolloServer<SessionContext>,
  sessions: SessionCheck,
) {
  app.get<{ Querystring: { year?: string; region?: string } }>(
    '/exports/annual-report.xlsx',
    async (request, reply) => {
      const viewer = await signedInCaller(request, reply, sessions);
      if (!viewer) return reply;
      const { year, region } = request.query;
      if (!year || !/^\d{4}$/.test(year)) return jsonReply(reply, 400, inputRefusalBody('year', 'REPORT_YEAR_INVALID'));
      if (region !== undefined && !/^\d{6,12}$/.test(region))
        return jsonReply(reply, 400, inputRefusalBody('region', 'INVALID_REGION_CODE'));

      const data = await dataOfOperation<{ annualReport: AnnualReport }>(
        apollo,
        request,
        reply,
        viewer,
        { query: ANNUAL_REPORT_QUERY, variables: { year: Number(year), regionCode: region ?? null } },
        403,
      );
      if (reply.sent || !data) return reply;
      const workbook = await annualReportWorkbook(data.annualReport, new Date());
      return reply
        .header('content-type', XLSX)
        .header('content-length', String(workbook.length))
        .header('content-disposition', attachment(`${annualReportTitle(data.annualReport)}.xlsx`))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(workbook);
    },
  );
}
