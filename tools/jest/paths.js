// Shared Jest settings: the TypeScript path aliases (of tsconfig.base.json, and of the web app's
// tsconfig) and the SWC transforms.
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');
const { compilerOptions: webCompilerOptions } = require('../../apps/web/tsconfig.json');

const root = path.join(__dirname, '..', '..');

/** Jest's moduleNameMapper for tsconfig `paths` whose targets are relative to `baseDir`. */
function mapperOf(paths, baseDir) {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(paths)) {
    const file = path.relative(root, path.join(baseDir, target)).split(path.sep).join('/');
    mapper[`^${alias.replace(/[/.]/g, '\\$&')}$`] = `<rootDir>/${file}`;
  }
  return mapper;
}

function pathsToModuleNameMapper() {
  return mapperOf(compilerOptions.paths, root);
}

/** The web app's aliases (the browser entry of the shared safety library, not the server's). */
function webPathsToModuleNameMapper() {
  return mapperOf(webCompilerOptions.paths, path.join(root, 'apps', 'web'));
}

/** TypeScript with Nest's decorators and their metadata, compiled by SWC to CommonJS. */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

/** The web app's TypeScript as its tsconfig reads it (class fields defined, no decorators), to CommonJS. */
const webSwcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: false },
      transform: { useDefineForClassFields: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = { pathsToModuleNameMapper, swcTransform, webPathsToModuleNameMapper, webSwcTransform };
