// The layering rule fails on the imports it forbids and passes the ones it allows: lints
// in-memory sources as if they were files at the given paths (nothing is written).
//   node --test scripts/   (part of `pnpm lint` and `npm test`)
import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(filePath, source) {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath });
  return result.messages.filter((message) => message.ruleId === 'no-restricted-imports');
}

// [file, source, what, refused]
const cases = [
  ['packages/domain/src/bad.ts', "import { x } from '@tjxf/petitions';", 'a package imports a service', true],
  ['packages/ui/src/bad.tsx', "import { x } from '@tjxf/gateway';", 'a package imports the gateway', true],
  ['packages/authz/src/bad.ts', "import { x } from '@tjxf/test-kit';", 'a package imports platform/', true],
  ['portals/citizen/src/bad.tsx', "import { x } from '@tjxf/petitions';", 'a portal imports a service', true],
  [
    'packages/db-kit/src/bad.ts',
    "import { x } from '../../../services/units/src/index.js';",
    'a package reaches into a service by path',
    true,
  ],
  [
    'services/petitions/src/bad.ts',
    "import { x } from '@tjxf/units/src/unit/unit.service.js';",
    "a service imports another service's internals",
    true,
  ],
  [
    'services/petitions/src/petition/bad.ts',
    "import { x } from '../../../units/src/unit/unit.service.js';",
    "a service reaches into another service's folder",
    true,
  ],
  ['services/identity/src/bad.ts', "import { x } from '@tjxf/launcher';", 'a service imports platform/', true],
  ['packages/authz/src/ok.ts', "import { x } from '@tjxf/domain';", 'a package imports another package', false],
  ['services/petitions/src/ok.ts', "import { x } from '@tjxf/subgraph-kit';", 'a service imports a package', false],
  [
    'services/petitions/src/petition/ok.ts',
    "import { x } from '../unit-directory/unit-directory.service.js';",
    'a service imports its own modules',
    false,
  ],
  ['platform/launcher/src/ok.ts', "import { x } from '@tjxf/petitions';", 'platform/ imports a service', false],
];
for (const [filePath, source, what, refused] of cases) {
  test(`the layering rule ${refused ? 'refuses' : 'allows'}: ${what}`, async () => {
    assert.equal((await boundaryErrors(filePath, source)).length, refused ? 1 : 0);
  });
}
