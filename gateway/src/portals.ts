import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** The four portals, served from the gateway's port (CONTRACT.md). */
export const PORTALS = [
  { name: 'citizen', zh: '群众信访服务', en: 'Citizen portal', for: '群众网上信访、查询办理情况、献计献策' },
  { name: 'workbench', zh: '信访工作台', en: 'Workbench', for: '信访部门和责任单位登记、交办转送、办理答复、督查督办' },
  { name: 'leadership', zh: '领导驾驶舱', en: 'Leadership dashboard', for: '领导阅批、包案、指标和热点' },
  { name: 'liaison', zh: '代表委员联络', en: 'Liaison portal', for: '人大代表、政协委员联系信访群众' },
] as const;

/**
 * Serves each built portal under /<name>/, with index.html for its client-side routes, and
 * a bilingual page at / that links them. A portal not built yet answers 503 with a hint.
 * Files are sent as the build compressed them (`.br`, `.gz`: docs/performance.md) to a
 * browser that accepts it; hashed files are cached for a year, index.html never.
 */
export async function registerPortals(app: FastifyInstance, portalsDir: string) {
  let first = true;
  for (const portal of PORTALS) {
    const root = join(portalsDir, portal.name, 'dist');
    if (!existsSync(join(root, 'index.html'))) {
      app.get(`/${portal.name}/*`, async (_req, reply) =>
        reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send(`The ${portal.name} portal is not built: run npm start.`),
      );
      continue;
    }
    await app.register(fastifyStatic, {
      root,
      prefix: `/${portal.name}/`,
      decorateReply: first,
      wildcard: false,
      index: ['index.html'],
      maxAge: '1h',
      preCompressed: true,
      setHeaders: (res, path) => {
        // hashed assets never change; index.html must be fetched fresh (path: the file sent, maybe its .br)
        if (/[\\/]index\.html(?:\.br|\.gz)?$/.test(path)) res.header('cache-control', 'no-cache');
        else if (path.includes('/assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
    first = false;
    app.get(`/${portal.name}`, async (_req, reply) => reply.redirect(`/${portal.name}/`));
    app.get(`/${portal.name}/*`, async (_req, reply) =>
      reply.header('cache-control', 'no-cache').sendFile('index.html', root),
    );
  }
  app.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(landingPage()));
}

function landingPage(): string {
  const items = PORTALS.map(
    (p) => `<li><a href="/${p.name}/"><strong>${p.zh}</strong> <span lang="en">${p.en}</span></a><p>${p.for}</p></li>`,
  ).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>天津市信访信息系统 Tianjin Petition Platform</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f6f8;color:#1a1a1a}
main{max-width:44rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.6rem;margin:0 0 .25rem}
ul{list-style:none;padding:0;display:grid;gap:1rem}
li{background:#fff;border:1px solid #d0d4da;border-radius:8px;padding:1rem}
a{color:#0b4fa3;font-size:1.15rem;text-decoration:none}
a:hover,a:focus{text-decoration:underline}
li p{margin:.4rem 0 0;color:#444}
</style>
</head>
<body>
<main>
<h1>天津市信访信息系统</h1>
<p lang="en">Tianjin petition platform — choose your portal</p>
<ul>
${items}
</ul>
</main>
</body>
</html>`;
}
