import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { relative, dirname, posix, sep } from 'node:path';
import { transformAsync, types as t, type PluginObj } from '@babel/core';
import { parse } from 'graphql';
import { createServer, type InlineConfig, type Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The generated document's export name, as the codegen client preset names it. */
function documentName(source: string): string | null {
  const [definition] = parse(source).definitions;
  if (definition?.kind === 'OperationDefinition' && definition.name)
    return `${definition.name.value}Document`;
  if (definition?.kind === 'FragmentDefinition') return `${definition.name.value}FragmentDoc`;
  return null;
}

/**
 * The client preset's optimizer, with each import under a fresh local name (Haven's own exports
 * share the generated documents' names).
 */
function documentImports(artifactDirectory: string, filename: string): PluginObj {
  const from = relative(dirname(filename), join(artifactDirectory, 'graphql')).split(sep).join(posix.sep);
  const source = from.startsWith('.') ? from : `./${from}`;
  return {
    name: 'haven-graphql-document-imports',
    visitor: {
      CallExpression(path) {
        const { callee, arguments: args } = path.node;
        if (!t.isIdentifier(callee, { name: 'graphql' }) || !t.isTemplateLiteral(args[0])) return;
        const name = documentName(args[0].quasis.map((q) => q.value.raw).join(''));
        if (!name) return;
        const local = path.scope.generateUidIdentifier(name);
        const program = path.findParent((p) => p.isProgram());
        if (!program?.isProgram()) return;
        program.unshiftContainer(
          'body',
          t.importDeclaration([t.importSpecifier(local, t.identifier(name))], t.stringLiteral(source)),
        );
        path.replaceWith(local);
      },
    },
  };
}

/**
 * Replaces each `graphql(`…`)` call by an import of that one generated document (what the codegen
 * client preset's optimizer does), so a page's chunk carries only its own queries, not the map of all.
 */
export function graphqlDocuments(artifactDirectory: string): Plugin {
  return {
    name: 'haven-graphql-documents',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [documentImports(artifactDirectory, id)],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest|txt)$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]),
    ),
  );
  return nested.flat();
}

/**
 * Puts the header (and, for /help, the whole crisis page) into the HTML the server sends, so both show
 * before any script runs and /help works without JavaScript; the app replaces that markup once it starts.
 */
async function writeStaticPages(outDir: string, config: InlineConfig): Promise<string[]> {
  const server = await createServer({
    ...config,
    configFile: false,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
  try {
    const module = (await server.ssrLoadModule('/src/shell/static-pages.tsx')) as {
      renderStaticPages(): { shell: string; help: string };
    };
    const pages = module.renderStaticPages();
    // The site's own stylesheet goes into the page: no round trip (shared with the scripts' downloads)
    // before the first paint.
    let template = await readFile(join(outDir, 'index.html'), 'utf8');
    const stylesheet = /<link rel="stylesheet" crossorigin href="(\/assets\/index-[^"]+\.css)">/.exec(
      template,
    );
    if (stylesheet?.[1]) {
      const css = await readFile(join(outDir, stylesheet[1]), 'utf8');
      template = template.replace(
        stylesheet[0],
        () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`,
      );
    }
    const page = (markup: string, title: string) =>
      template
        .replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
        .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
    await writeFile(join(outDir, 'index.html'), page(pages.shell, 'Haven'));
    await writeFile(
      join(outDir, 'help.html'),
      page(pages.help, 'Need help now? · Haven').replace(/<noscript>[\s\S]*?<\/noscript>/, ''),
    );
    return ['index.html', 'help.html'];
  } finally {
    await server.close();
  }
}

/**
 * After the build: the pages rendered into static HTML, the service worker's list of files to keep,
 * then a .br and a .gz next to every text asset, for the server to send as they are.
 */
export function finishBuild(outDir: () => string, ssrConfig: () => InlineConfig): Plugin {
  return {
    name: 'haven-finish-build',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      await writeStaticPages(outDir(), ssrConfig());
      await writeServiceWorkerManifest(outDir());
      const files = (await filesUnder(outDir())).filter((f) => COMPRESSIBLE.test(f));
      await Promise.all(
        files.map(async (file) => {
          if ((await stat(file)).size < 512) return;
          const content = await readFile(file);
          const [br, gzipped] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gz(content, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
        }),
      );
    },
  };
}

/** Fills the service worker's list of the shell's files (index.html's scripts and styles) and its version. */
async function writeServiceWorkerManifest(outDir: string): Promise<void> {
  const worker = join(outDir, 'sw.js');
  const source = await readFile(worker, 'utf8').catch(() => null);
  if (source === null) return;
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const files = ['/', '/help', '/manifest.webmanifest', '/favicon.svg', ...new Set(assets)];
  const version = assets.join('|').length.toString(36) + '-' + (assets[0] ?? '').slice(-16);
  await writeFile(
    worker,
    source.replace("'__SHELL_FILES__'", JSON.stringify(files)).replace('__SHELL_VERSION__', version),
  );
}
