import { buildOfficialsSchema } from './schema.js';

process.stdout.write((await buildOfficialsSchema()).sdl);
