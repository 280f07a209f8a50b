import { buildIdentitySchema } from './schema.js';

process.stdout.write((await buildIdentitySchema()).sdl);
