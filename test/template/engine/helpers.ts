import { TemplateSet, type FuncMap } from '../../../src/template/engine/index.js';

/**
 * Minimal stand-ins for the three Hugo functions the engine tests lean on to
 * build data inside templates (the real ones live in src/template/funcs/).
 */
export const hugoLike: FuncMap = {
  dict: (...kv: unknown[]) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i + 1 < kv.length; i += 2) out[String(kv[i])] = kv[i + 1];
    return out;
  },
  slice: (...items: unknown[]) => items,
  add: (a: number, b: number) => a + b,
};

/** Runs one template in plain text mode (text/template). */
export function render(text: string, data: unknown = {}, funcs: FuncMap = {}): string {
  const set = new TemplateSet({ escape: false, funcs: { ...hugoLike, ...funcs } });
  set.add('t', text);
  return set.execute('t', data);
}
