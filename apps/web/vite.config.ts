import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { finishBuild, graphqlDocuments } from './build/vite-plugins';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = process.env.HAVEN_API_URL ?? 'http://localhost:3000';
const alias = {
  '@haven/shared/contracts': here('../../libs/shared/contracts/src/index.ts'),
  '@haven/shared/safety': here('../../libs/shared/safety/src/web.ts'),
};

export default defineConfig({
  root: here('.'),
  plugins: [
    graphqlDocuments(here('src/gql')),
    react(),
    finishBuild(
      () => here('../../dist/web'),
      () => ({ root: here('.'), resolve: { alias }, plugins: [react()] }),
    ),
  ],
  resolve: { alias },
  build: {
    outDir: here('../../dist/web'),
    // Read after the build to preload the app's files from the page (never served: a dot folder).
    manifest: true,
    emptyOutDir: true,
    sourcemap: true,
    // One stylesheet, in the page itself: a page's styles arriving with its code would make the browser
    // restyle and lay out the whole document again, once per file (the route styles add ~5 KB compressed).
    cssCodeSplit: false,
    rolldownOptions: {
      // The shared safety library's modules only declare things: the crisis lines every page needs must
      // not bring the detectors' pattern tables with them.
      treeshake: { moduleSideEffects: (id: string) => !/libs[\\/]shared[\\/]safety[\\/]/.test(id) },
      output: {
        // Libraries change less often than Haven's own code: separate chunks stay cached between releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            {
              name: 'graphql',
              test: /node_modules[\\/](@apollo|graphql|graphql-tag|rxjs|@wry|optimism|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/socket.io': { target: api, changeOrigin: true, ws: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  preview: { port: 4173 },
});
