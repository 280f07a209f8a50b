import { buildStatsSchema } from './schema.js';

process.stdout.write((await buildStatsSchema()).sdl);
