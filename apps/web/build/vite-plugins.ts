import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
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

/** Where a generated document is served from: a module of its own, so it lands in the chunk that uses it. */
const DOCUMENT_PREFIX = 'virtual:haven-document/';
const RESOLVED_PREFIX = '\0haven-document:';

/** The document's export name when `node` is a `graphql(`…`)` call, else null. */
function documentCall(node: t.Node | null | undefined): string | null {
  if (!t.isCallExpression(node)) return null;
  const { callee, arguments: args } = node;
  if (!t.isIdentifier(callee, { name: 'graphql' }) || !t.isTemplateLiteral(args[0])) return null;
  return documentName(args[0].quasis.map((q) => q.value.raw).join(''));
}

/**
 * Replaces each `graphql(`…`)` call by that one document's own module: `export const X = graphql(…)`
 * becomes a re-export (so the bundler follows it to the module, and a documents file shared by two pages
 * does not pull every document into the common chunk), any other call a default import.
 */
function documentImports(): PluginObj {
  return {
    name: 'haven-graphql-document-imports',
    visitor: {
      ExportNamedDeclaration(path) {
        const declaration = path.node.declaration;
        if (!t.isVariableDeclaration(declaration) || declaration.declarations.length !== 1) return;
        const [declarator] = declaration.declarations;
        const name = documentCall(declarator?.init);
        if (!name || !declarator || !t.isIdentifier(declarator.id)) return;
        path.replaceWith(
          t.exportNamedDeclaration(
            null,
            [t.exportSpecifier(t.identifier('default'), t.identifier(declarator.id.name))],
            t.stringLiteral(DOCUMENT_PREFIX + name),
          ),
        );
      },
      CallExpression(path) {
        const name = documentCall(path.node);
        if (!name) return;
        const local = path.scope.generateUidIdentifier(name);
        const program = path.findParent((p) => p.isProgram());
        if (!program?.isProgram()) return;
        program.unshiftContainer(
          'body',
          t.importDeclaration([t.importDefaultSpecifier(local)], t.stringLiteral(DOCUMENT_PREFIX + name)),
        );
        path.replaceWith(local);
      },
    },
  };
}

/** The generated documents of `graphql.ts`, by export name, as JSON text. */
async function generatedDocuments(file: string): Promise<Map<string, string>> {
  const source = await readFile(file, 'utf8');
  const documents = new Map<string, string>();
  for (const match of source.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as /gm)) {
    if (match[1] && match[2]) documents.set(match[1], match[2]);
  }
  return documents;
}

/**
 * What the codegen client preset's optimizer does, one step further: each `graphql(`…`)` call becomes an
 * import of a module holding only that document (parsed from JSON, quicker to start than an object
 * literal), so a page's chunk carries its own queries and the first page's script none of the others'.
 */
export function graphqlDocuments(artifactDirectory: string): Plugin {
  let documents: Promise<Map<string, string>> | null = null;
  return {
    name: 'haven-graphql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      documents = generatedDocuments(join(artifactDirectory, 'graphql.ts'));
    },
    resolveId(id) {
      return id.startsWith(DOCUMENT_PREFIX) ? RESOLVED_PREFIX + id.slice(DOCUMENT_PREFIX.length) : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const name = id.slice(RESOLVED_PREFIX.length);
      const json = (await documents)?.get(name);
      if (!json) throw new Error(`No generated document ${name}: run npm run codegen`);
      // Free of side effects: a page that imports a documents file only for some of them brings no other.
      return {
        code: `export default /* @__PURE__ */ JSON.parse(${JSON.stringify(json)});`,
        moduleSideEffects: false,
      };
    },
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [documentImports()],
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

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * `<link rel="modulepreload">` for the app the entry starts after the first paint (and everything it
 * imports), so its files download alongside the page instead of after it.
 */
async function appPreloads(outDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.values(manifest)
    .filter((chunk) => chunk.isEntry)
    .forEach((entry) => entry.dynamicImports?.forEach(visit));
  // Low priority: nothing waits for them to paint the page, the HTML's own text comes first.
  return [...files]
    .map((file) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${file}">`)
    .join('');
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
      renderStaticPages(): { shell: string; pages: { file: string; title: string; markup: string }[] };
    };
    const rendered = module.renderStaticPages();
    // The site's one stylesheet goes into the page: no round trip (shared with the scripts' downloads)
    // before the first paint.
    let template = await readFile(join(outDir, 'index.html'), 'utf8');
    const stylesheet = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/.exec(template);
    if (stylesheet?.[1]) {
      const css = await readFile(join(outDir, stylesheet[1]), 'utf8');
      template = template.replace(
        stylesheet[0],
        () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`,
      );
    }
    template = template.replace('</head>', `${await appPreloads(outDir)}</head>`);
    const page = (markup: string, title: string) =>
      template
        .replace('<div id="root"></div>', `<div id="root">${markup}</div>`)
        .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
    await writeFile(join(outDir, 'index.html'), page(rendered.shell, 'Haven'));
    for (const { file, title, markup } of rendered.pages) {
      let html = page(markup, title);
      // The crisis page works without JavaScript: it needs no note saying otherwise.
      if (file === 'help.html') html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, '');
      await writeFile(join(outDir, file), html);
    }
    return ['index.html', ...rendered.pages.map((p) => p.file)];
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
  const files = ['/index.html', '/help', '/manifest.webmanifest', '/favicon.svg', ...new Set(assets)];
  const version = assets.join('|').length.toString(36) + '-' + (assets[0] ?? '').slice(-16);
  await writeFile(
    worker,
    source.replace("'__SHELL_FILES__'", JSON.stringify(files)).replace('__SHELL_VERSION__', version),
  );
}
