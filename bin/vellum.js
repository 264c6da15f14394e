#!/usr/bin/env node
// The CLI entry. `npm run prepare` compiles the TypeScript to dist/ and bundles
// the CLI into dist/bundle/ (one module graph loads much faster than hundreds
// of files); the unbundled dist/ is the fallback.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/cli.mjs', import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/index.js');

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error); process.exitCode = 1; },
);
