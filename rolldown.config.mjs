// Bundles the compiled CLI into a few files so a cold `vellum build` resolves
// and compiles one module graph instead of hundreds of small files (start-up
// is most of a one-page build). Chokidar and the minifiers stay external:
// they load only for `serve` and `--minify`.
import { defineConfig } from 'rolldown';

export default defineConfig({
  // The content worker is its own entry: worker threads load it by file name.
  input: { cli: 'dist/cli/index.js', 'content-worker': 'dist/render/content-worker.js' },
  platform: 'node',
  resolve: { alias: { esprima: new URL('./bundle/no-esprima.cjs', import.meta.url).pathname } },
  external: [/^node:/, 'chokidar', 'html-minifier-terser', 'clean-css', 'terser', 'playwright-core'],
  output: { dir: 'dist/bundle', format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', sourcemap: false, cleanDir: true },
});
