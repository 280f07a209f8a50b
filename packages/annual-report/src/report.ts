/**
 * The annual report of Art. 41 (R-P15) as the gateway reads it from the statistics subgraph:
 * `annualReport(year, regionCode)`, with the caller's rights. The same operation serves the
 * printable page of the leadership dashboard and the workbook.
 */
export const ANNUAL_REPORT_QUERY = /* GraphQL */ `
  query AnnualReportExport($year: Int!, $regionCode: String) {
    annualReport(year: $year, regionCode: $regionCode) {
      year
      regionCode
      regionName
      from
      to
      registered
      previousYearRegistered
      peopleInvolved
      collective
      skippedLevel
      repeats
      byChannel {
        key
        label
        count
      }
      byKind {
        key
        label
        count
      }
      byCategory {
        key
        label
        count
      }
      topSubcategories {
        key
        label
        count
      }
      byRegion {
        key
        label
        count
      }
      byMonth {
        key
        label
        count
      }
      mostComplainedUnits {
        unit {
          id
          name
        }
        count
      }
      handling {
        key
        label
        count
      }
      suggestionsReceived
      suggestionsAdopted
      adoptedSuggestions {
        trackingCode
        title
        receivedAt
        leadUnit {
          name
        }
      }
      kpis {
        code
        name
        unitRole
        numerator
        denominator
        rate
        formula
        previousRate
      }
    }
  }
`;

export interface ReportCount {
  key: string;
  label: string;
  count: number;
}

export interface ReportKpi {
  code: string;
  /** Its Chinese name, as the statistics subgraph gives it. */
  name: string;
  unitRole: 'PETITION_OFFICE' | 'RESPONSIBLE_UNIT';
  numerator: number;
  denominator: number;
  rate: number | null;
  formula: string;
  previousRate: number | null;
}

export interface AnnualReport {
  year: number;
  regionCode: string;
  regionName: string;
  /** Beijing dates, inclusive. */
  from: string;
  to: string;
  registered: number;
  previousYearRegistered: number;
  peopleInvolved: number;
  collective: number;
  skippedLevel: number;
  repeats: number;
  byChannel: ReportCount[];
  byKind: ReportCount[];
  byCategory: ReportCount[];
  topSubcategories: ReportCount[];
  byRegion: ReportCount[];
  byMonth: ReportCount[];
  mostComplainedUnits: { unit: { id: string; name: string } | null; count: number }[];
  handling: ReportCount[];
  suggestionsReceived: number;
  suggestionsAdopted: number;
  adoptedSuggestions: {
    trackingCode: string;
    title: string;
    receivedAt: string;
    leadUnit: { name: string } | null;
  }[];
  kpis: ReportKpi[];
}
