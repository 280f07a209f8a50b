import { buildUnitsSchema } from './schema.js';

process.stdout.write((await buildUnitsSchema()).sdl);
