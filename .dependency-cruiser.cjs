// Dependency rules of docs/ARCHITECTURE.md, enforced in `npm test` (npm run depcheck).
const server = '^apps/server/src';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'modules-only-through-index',
      comment:
        'A module imports another only through its index.ts (schema files may reference schemas for foreign keys).',
      severity: 'error',
      from: { path: `${server}/modules/([^/]+)/`, pathNot: '\\.schema\\.ts$' },
      to: {
        path: `${server}/modules/([^/]+)/`,
        pathNot: [`${server}/modules/$1/`, `${server}/modules/[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'schema-to-schema-only',
      severity: 'error',
      from: { path: `${server}/modules/([^/]+)/[^/]+\\.schema\\.ts$` },
      to: { path: `${server}/modules/([^/]+)/`, pathNot: [`${server}/modules/$1/`, '\\.schema\\.ts$'] },
    },
    {
      name: 'platform-knows-no-modules',
      comment:
        'platform/ is shared machinery without business rules (its schema files may reference module tables for foreign keys).',
      severity: 'error',
      from: { path: `${server}/platform/`, pathNot: '\\.schema\\.ts$' },
      to: { path: `${server}/modules/` },
    },
    {
      name: 'platform-schema-to-schema-only',
      severity: 'error',
      from: { path: `${server}/platform/[^/]+/[^/]+\\.schema\\.ts$` },
      to: { path: `${server}/modules/`, pathNot: '\\.schema\\.ts$' },
    },
    {
      name: 'platform-parts-through-index',
      severity: 'error',
      from: { path: `${server}/platform/([^/]+)/`, pathNot: '\\.test\\.ts$' },
      to: {
        path: `${server}/platform/([^/]+)/`,
        pathNot: [`${server}/platform/$1/`, `${server}/platform/[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'modules-use-platform-through-index',
      severity: 'error',
      from: { path: `${server}/modules/` },
      to: { path: `${server}/platform/[^/]+/`, pathNot: `${server}/platform/[^/]+/index\\.ts$` },
    },
    {
      name: 'services-without-http-or-sql',
      comment: 'Use cases know neither Fastify nor tables: routes -> service -> repository.',
      severity: 'error',
      from: { path: `${server}/modules/.+\\.service\\.ts$` },
      to: { path: ['node_modules/fastify/', '\\.schema\\.ts$', 'node_modules/drizzle-orm/'] },
    },
    {
      name: 'routes-without-sql',
      severity: 'error',
      from: { path: `${server}/modules/.+\\.routes\\.ts$` },
      to: { path: ['\\.schema\\.ts$', '\\.repository\\.ts$', 'node_modules/drizzle-orm/'] },
    },
    {
      name: 'adapters-only-through-index',
      comment:
        'Modules and platform code use an adapter only through adapters/<name>/index.ts (ports + factory).',
      severity: 'error',
      from: { path: `${server}/(modules|platform)/` },
      to: { path: `${server}/adapters/[^/]+/`, pathNot: `${server}/adapters/[^/]+/index\\.ts$` },
    },
    {
      name: 'adapters-know-no-modules',
      comment: 'Adapters implement ports for the outside world; business rules stay in modules.',
      severity: 'error',
      from: { path: `${server}/adapters/` },
      to: { path: `${server}/modules/` },
    },
    {
      name: 'emulator-only-in-tests',
      comment:
        'The vendor emulator is a test and sandbox tool: production code reaches it only through adapters/social/sandbox.ts, which runs it in-process for platforms without real credentials.',
      severity: 'error',
      from: {
        path: '^apps/',
        pathNot: ['(\\.test\\.ts$|/test/)', '^apps/server/src/adapters/social/sandbox\\.ts$'],
      },
      to: { path: '(^packages/emulator/|node_modules/@brandwright/emulator)' },
    },
    {
      name: 'emulator-stand-alone',
      severity: 'error',
      from: { path: '^packages/emulator/' },
      to: { path: '^(apps|packages/contracts)/' },
    },
    {
      name: 'contracts-stand-alone',
      severity: 'error',
      from: { path: '^packages/contracts/' },
      to: { path: '^apps/' },
    },
    {
      name: 'web-talks-http-only',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'production-code-not-importing-tests',
      severity: 'error',
      from: { pathNot: '(\\.test\\.ts$|/test/|^tests/)' },
      to: { path: '(\\.test\\.ts$|/test/)' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js'],
    },
  },
};
