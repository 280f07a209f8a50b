import type { MikroORM } from '@tjxf/db-kit';
import type { FastifyInstance } from 'fastify';
import { CategoryEntity } from './category.entity.js';

/**
 * `GET /internal/categories`: every category (retired ones too: old petitions keep theirs) with
 * its names, for trusted services only (the stats service labels its trends and hot spots, issue 12).
 * An ETag lets a caller keep its copy while nothing changed.
 */
export function categoryRoutes(app: FastifyInstance, orm: MikroORM) {
  app.get('/internal/categories', async (request, reply) => {
    const rows = await orm.em.fork().find(CategoryEntity, {}, { orderBy: { code: 'asc' } });
    const categories = rows.map((c) => ({ code: c.code, level: c.level, nameZh: c.nameZh, nameEn: c.nameEn }));
    const etag = `"${Buffer.from(JSON.stringify(categories)).toString('base64url').slice(-24)}-${categories.length}"`;
    if (request.headers['if-none-match'] === etag) return reply.code(304).header('etag', etag).send();
    return reply.header('etag', etag).send({ categories });
  });
}
