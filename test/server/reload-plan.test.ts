import { describe, expect, it } from 'vitest';
import type { LiveReloadMessage } from '../../src/server/events.js';
import { planMessages } from '../../src/server/reload-plan.js';

describe('planMessages', () => {
  it.each<[string, string[], { url?: string; navigate?: boolean; hadError?: boolean }, LiveReloadMessage[]]>([
    ['nothing changed: nothing to say', [], {}, []],
    ['a stylesheet alone is swapped in place', ['/css/vellum.css'], {}, [{ type: 'css', paths: ['/css/vellum.css'] }]],
    ['upper-case .CSS counts as a stylesheet', ['/css/A.CSS'], {}, [{ type: 'css', paths: ['/css/A.CSS'] }]],
    ['a page change reloads with the changed keys', ['/privacy/index.html', '/sitemap.xml'], {}, [{ type: 'reload', paths: ['/privacy/index.html', '/sitemap.xml'] }]],
    [
      'stylesheets and pages together: swap first, then patch pages',
      ['/css/vellum.css', '/index.html'],
      {},
      [{ type: 'css', paths: ['/css/vellum.css'] }, { type: 'reload', paths: ['/index.html'] }],
    ],
    ['--navigateToChanged goes to the edited page', ['/terms/index.html', '/index.html'], { url: '/terms/', navigate: true }, [{ type: 'navigate', url: '/terms/' }]],
    ['--navigateToChanged without an edited page reloads', ['/index.html'], { navigate: true }, [{ type: 'reload', paths: ['/index.html'] }]],
    ['an edited page without --navigateToChanged reloads', ['/terms/index.html'], { url: '/terms/' }, [{ type: 'reload', paths: ['/terms/index.html'] }]],
    ['recovery from an error clears the overlay, whatever changed', ['/css/vellum.css'], { hadError: true }, [{ type: 'ok' }]],
    ['recovery with nothing changed still clears the overlay', [], { hadError: true }, [{ type: 'ok' }]],
  ])('%s', (_name, changed, opts, expected) => {
    const result = { changed, changedPageURL: opts.url };
    expect(planMessages(result, { navigateToChanged: opts.navigate ?? false, hadError: opts.hadError ?? false })).toEqual(expected);
  });
});
