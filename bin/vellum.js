#!/usr/bin/env node
// The CLI entry: everything lives in the compiled TypeScript under dist/.
import { main } from '../dist/cli/index.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error); process.exitCode = 1; },
);
