/**
 * What to tell open browsers after a rebuild: a pure function of the result,
 * so the choice (swap CSS, patch the page, navigate) is tested as a table.
 */
import type { LiveReloadMessage } from './events.js';
import type { RebuildResult } from './types.js';

export interface PlanState {
  navigateToChanged: boolean;
  /** The previous build failed, so browsers show the overlay. */
  hadError: boolean;
}

export function planMessages(result: Pick<RebuildResult, 'changed' | 'changedPageURL'>, state: PlanState): LiveReloadMessage[] {
  // Recovery: every page drops its overlay and refreshes, whatever changed.
  if (state.hadError) return [{ type: 'ok' }];
  if (result.changed.length === 0) return [];
  const css = result.changed.filter((key) => key.toLowerCase().endsWith('.css'));
  const rest = result.changed.filter((key) => !key.toLowerCase().endsWith('.css'));
  const messages: LiveReloadMessage[] = [];
  // Stylesheets are swapped in place even when pages change too: a patched
  // page keeps its <link> nodes, so it would otherwise keep the old styles.
  if (css.length > 0) messages.push({ type: 'css', paths: css });
  if (rest.length === 0) return messages;
  if (state.navigateToChanged && result.changedPageURL !== undefined) {
    messages.push({ type: 'navigate', url: result.changedPageURL });
  } else {
    messages.push({ type: 'reload', paths: rest });
  }
  return messages;
}
