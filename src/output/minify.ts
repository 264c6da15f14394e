/**
 * `--minify`: HTML (with its inline CSS and JS), CSS, JS and XML. The
 * minifiers are well-kept libraries loaded only when asked for, so a plain
 * build does not pay for them at start-up.
 */

export type Minifier = (path: string, contents: string) => Promise<string>;

const TEXT_TYPES = /\.(html?|css|m?js|xml|svg)$/i;

export function isMinifiable(path: string): boolean {
  return TEXT_TYPES.test(path);
}

export async function createMinifier(): Promise<Minifier> {
  const [{ minify: minifyHTML }, { default: CleanCSS }, { minify: minifyJS }] = await Promise.all([
    import('html-minifier-terser'),
    import('clean-css'),
    import('terser'),
  ]);
  const css = new CleanCSS({ level: 1, returnPromise: false });
  return async (path, contents) => {
    const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    switch (ext) {
      case 'html':
      case 'htm':
        return minifyHTML(contents, {
          collapseWhitespace: true,
          conservativeCollapse: false,
          removeComments: true,
          minifyCSS: true,
          minifyJS: true,
          keepClosingSlash: false,
          decodeEntities: false,
        });
      case 'css':
        return css.minify(contents).styles;
      case 'js':
      case 'mjs':
        return (await minifyJS(contents, { module: ext === 'mjs' })).code ?? contents;
      case 'xml':
      case 'svg':
        // Whitespace between tags carries no meaning in feeds and sitemaps.
        return contents.replace(/>\s+</g, '><').trim();
      default:
        return contents;
    }
  };
}
