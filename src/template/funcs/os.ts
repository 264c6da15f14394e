/** Hugo's os namespace. getenv obeys Hugo's default security policy: only HUGO_ variables. */
import { toStringE } from './go.js';
import type { Namespace } from './registry.js';

const allowedEnv = /^HUGO_/;

export const osNamespace: Namespace = (hooks) => [
  { name: 'os.Getenv', aliases: ['getenv'], fn: (name: unknown) => {
    const key = toStringE(name);
    if (!allowedEnv.test(key)) {
      throw new Error(`access denied: ${JSON.stringify(key)} is not whitelisted in policy "security.funcs.getenv"`);
    }
    return (hooks.getenv ?? ((k: string) => process.env[k]))(key) ?? '';
  }, examples: [['{{ getenv "HUGO_VELLUM_UNSET" }}', '']] },
  { name: 'os.ReadFile', aliases: ['readFile'], fn: (p: unknown) => {
    if (hooks.readFile === undefined) throw new Error('readFile is not available here');
    return hooks.readFile(toStringE(p));
  } },
  { name: 'os.FileExists', aliases: ['fileExists'], fn: (p: unknown) => {
    if (hooks.fileExists === undefined) throw new Error('fileExists is not available here');
    return hooks.fileExists(toStringE(p));
  } },
];
