/**
 * The command line: commander wiring only. Each command lazy-imports the code
 * it runs, so `vellum --help` and `vellum version` start instantly.
 */

import { Command, Option } from 'commander';
import { VERSION } from '../version.js';
import { createReporter, type LogLevel } from './report.js';

interface BuildFlags {
  source?: string;
  destination?: string;
  baseURL?: string;
  buildDrafts?: boolean;
  buildFuture?: boolean;
  buildExpired?: boolean;
  cleanDestinationDir?: boolean;
  minify?: boolean;
  quiet?: boolean;
  logLevel?: LogLevel;
}

interface ServeFlags extends BuildFlags {
  port?: string;
  bind?: string;
  disableLiveReload?: boolean;
  renderToDisk?: boolean;
  open?: boolean;
  navigateToChanged?: boolean;
  poll?: boolean;
}

function addSiteOptions(command: Command): Command {
  return command
    .option('-s, --source <dir>', 'site folder to read (default: the current folder)')
    .option('-b, --baseURL <url>', 'hostname and path to the root, e.g. https://example.org/docs/')
    .option('-D, --buildDrafts', 'include content marked as draft')
    .option('-F, --buildFuture', 'include content with a publishDate in the future')
    .option('-E, --buildExpired', 'include expired content')
    .option('--quiet', 'print nothing but errors and warnings')
    .addOption(new Option('--logLevel <level>', 'how much to print').choices(['debug', 'info', 'warn', 'error']));
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('vellum')
    .description('Build a Hugo-style site (Markdown + Go templates) into static files.')
    .version(VERSION, '-v, --version', 'print the version')
    .showHelpAfterError('(run "vellum --help" for usage)')
    .exitOverride();

  const buildCommand = addSiteOptions(new Command('build').description('build the site into the destination folder (the default command)'))
    .option('-d, --destination <dir>', 'output folder, relative to the site (default: "public")')
    .option('--cleanDestinationDir', 'remove files in the destination that vellum did not write (keeps .git)')
    .option('--minify', 'minify HTML, CSS, JS and XML output')
    .action(async (flags: BuildFlags) => {
      const { runBuild } = await import('./build.js');
      exitCode = await runBuild(flags, createReporter(flags));
    });
  program.addCommand(buildCommand, { isDefault: true });

  program.addCommand(
    addSiteOptions(new Command('serve').alias('server').description('preview the site with live reload'))
      .option('-p, --port <port>', 'port to listen on; the next free one is taken if it is busy', '1313')
      .option('--bind <address>', 'interface to listen on', '127.0.0.1')
      .option('--disableLiveReload', 'do not reload the browser on changes')
      .option('--renderToDisk', 'write the site to the destination instead of serving it from memory')
      .option('-d, --destination <dir>', 'output folder with --renderToDisk (default: "public")')
      .option('--open', 'open the site in the default browser')
      .option('--navigateToChanged', 'navigate the browser to the page that was edited')
      .option('--poll', 'poll for changes (for network drives, WSL and containers)')
      .action(async (flags: ServeFlags) => {
        const { runServe } = await import('./serve.js');
        exitCode = await runServe(flags, createReporter(flags));
      }),
  );

  program.addCommand(
    new Command('init')
      .description('create a new site (config, privacy page, default theme, archetype) in dir, default the current folder')
      .argument('[dir]', 'folder for the new site, created if missing')
      .option('-s, --source <dir>', 'folder that [dir] is relative to (default: the current folder)')
      .option('--force', 'write into a folder that is not empty; files already there are kept')
      .option('--quiet', 'print nothing but errors and warnings')
      .action(async (dir: string | undefined, flags: { source?: string; force?: boolean; quiet?: boolean }) => {
        const { runInit } = await import('./init.js');
        exitCode = await runInit(dir, flags, createReporter(flags));
      }),
  );

  program.addCommand(
    new Command('new')
      .description('create a content file from its archetype, e.g. "vellum new legal/terms.md"')
      .argument('<path>', 'file to create, relative to content/ (a leading "content/" is accepted)')
      .option('-s, --source <dir>', 'site folder (default: the current folder)')
      .option('--quiet', 'print nothing but errors and warnings')
      .addOption(new Option('--logLevel <level>', 'how much to print').choices(['debug', 'info', 'warn', 'error']))
      .action(async (target: string, flags: { source?: string; quiet?: boolean; logLevel?: LogLevel }) => {
        const { runNew } = await import('./new.js');
        exitCode = await runNew(target, flags, createReporter(flags));
      }),
  );

  program.addCommand(
    new Command('version').description('print the version').action(() => {
      process.stdout.write(`vellum v${VERSION} node/${process.versions.node} ${process.platform}/${process.arch}\n`);
    }),
  );

  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    const code = (error as { code?: string; exitCode?: number }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    if (typeof code === 'string' && code.startsWith('commander.')) return (error as { exitCode?: number }).exitCode ?? 1;
    throw error;
  }
  return exitCode;
}

export type { BuildFlags, ServeFlags };
