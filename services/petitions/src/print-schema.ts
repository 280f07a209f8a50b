import { buildPetitionsSchema } from './schema.js';

process.stdout.write((await buildPetitionsSchema()).sdl);
