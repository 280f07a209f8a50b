// The layering rule of the workspace, as ESLint's own no-restricted-imports (no plugin and no
// import resolver: our packages import each other by name, which is all the rule must see).
//   packages/*  leaf libraries: never a service, the gateway or what is under platform/
//   portals/*   the same (they reach the services through the gateway's HTTP API)
//   services/*  never another service's internals, the gateway or platform/
// The names are read from the folders' package.json, so a new service is covered by itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/** The package names of the workspace folders under `folder`, by folder name. */
function packagesIn(folder) {
  const dir = join(root, folder);
  const names = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const manifest = join(dir, entry.name, 'package.json');
    if (entry.isDirectory() && existsSync(manifest)) {
      names.set(entry.name, JSON.parse(readFileSync(manifest, 'utf8')).name);
    }
  }
  return names;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const anyOf = (names) => `(?:${names.map(escape).join('|')})`;

export function boundaryRules() {
  const services = packagesIn('services');
  const gateway = JSON.parse(readFileSync(join(root, 'gateway', 'package.json'), 'utf8')).name;
  const platform = [...packagesIn('platform').values()];
  const assembly = [gateway, ...platform];
  const sourceFiles = (folder) => [`${folder}/**/*.ts`, `${folder}/**/*.tsx`];
  const relativeInto = (folders) => `^(?:\\.\\./)+${anyOf(folders)}/`;

  const leaf = {
    files: [...sourceFiles('packages'), ...sourceFiles('portals')],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^${anyOf([...services.values(), ...assembly])}(?:/.*)?$`,
              message:
                'packages/ holds leaf libraries: a package (or a portal) never imports a service, the gateway or platform/ (docs/architecture.md, "Layout").',
            },
            {
              regex: relativeInto(['services', 'gateway', 'platform']),
              message: 'packages/ holds leaf libraries: no path into services/, gateway/ or platform/.',
            },
          ],
        },
      ],
    },
  };

  const perService = [...services.keys()].map((folder) => {
    const others = [...services].filter(([other]) => other !== folder);
    return {
      files: sourceFiles(`services/${folder}`),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^${anyOf(others.map(([, other]) => other))}/`,
                message:
                  'A service never imports another service\'s internals; services talk over HTTP (docs/architecture.md, "Layout").',
              },
              {
                regex: `^(?:\\.\\./)+(?:services/)?${anyOf(others.map(([other]) => other))}/(?:src|dist)/`,
                message: "A service never reaches into another service's folder.",
              },
              {
                regex: `^${anyOf(assembly)}(?:/.*)?$`,
                message: 'A service never imports the gateway or platform/ (they assemble the services).',
              },
            ],
          },
        ],
      },
    };
  });

  return [leaf, ...perService];
}
