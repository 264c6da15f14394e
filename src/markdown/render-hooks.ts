import type { MarkdownIt, Token } from 'markdown-it';

/**
 * Hugo's Markdown render hooks (`layouts/…/_markup/render-{link,image,heading}.html`), seen from
 * the Markdown stage: a page hands in plain functions through the render `env`, so this stage never
 * knows about templates. Each hook's output replaces the element as raw HTML, written as returned
 * (Hugo 0.111.3 adds no newline after a hooked heading, and keeps the template's own whitespace).
 */

export interface LinkHookContext {
  /** The destination as written (markdown-it has decoded entities; reserved characters stay escaped). */
  destination: string;
  title: string;
  /** The rendered inner content (Hugo's `.Text`, a string the template escapes unless `safeHTML`). */
  text: string;
  plainText: string;
}

export interface ImageHookContext extends LinkHookContext {
  /** Hugo 0.111.3's default `wrapStandAloneImageWithinParagraph` keeps every image inline: always false. */
  isBlock: boolean;
  /** The image's zero-based position among the page's images. */
  ordinal: number;
  attributes: Record<string, string>;
}

export interface HeadingHookContext {
  level: number;
  anchor: string;
  text: string;
  plainText: string;
  /** Every attribute of the heading, its id included (Hugo shows `map[id:…]` for a generated id too). */
  attributes: Record<string, string>;
}

export interface RenderHooks {
  link?(context: LinkHookContext): string;
  image?(context: ImageHookContext): string;
  heading?(context: HeadingHookContext): string;
}

/** The render env key the hooks travel under (`md.render(src, { hooks })`). */
export interface HookEnv {
  hooks?: RenderHooks;
}

const IMAGE_ORDINAL = Symbol('vellum.imageOrdinal');

/**
 * Goldmark's `Text()` of the inline children: text as written, typographer and written entities
 * kept as entity text, markup dropped. Hugo's `.PlainText`.
 */
export function plainTextOf(children: readonly Token[] | null): string {
  let out = '';
  for (const child of children ?? []) {
    if (child.type === 'text_special' && child.info === 'entity') out += child.markup;
    else if (child.type === 'image') out += plainTextOf(child.children);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') out += '\n';
    else if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline' || child.type === 'typographer') out += child.content;
  }
  return out;
}

const attributeMap = (token: Token): Record<string, string> => Object.fromEntries(token.attrs ?? []);

/** A stand-in that renders as `html`, keeping the token list's indices (renderer rules look behind). */
function replaced(token: Token, html: string): Token {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  copy.type = 'render_hook';
  copy.content = html;
  copy.children = null;
  copy.nesting = 0;
  return copy;
}

/** The index of the `link_close` matching the `link_open` at `open`. */
function matchingClose(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const type = tokens[i]?.type;
    if (type === 'link_open') depth++;
    else if (type === 'link_close' && --depth === 0) return i;
  }
  return tokens.length - 1;
}

/**
 * Wraps the renderer so that, when the env carries hooks, links, images and headings go through
 * them; without hooks in the env (every page of a site that has none, the table of contents) the
 * renderer is untouched.
 */
export function renderHooksPlugin(md: MarkdownIt): void {
  const renderer = md.renderer;
  const renderInline = renderer.renderInline.bind(renderer);
  const render = renderer.render.bind(renderer);
  const mdurl = md.utils.lib.mdurl;
  renderer.rules['render_hook'] = (tokens, idx) => tokens[idx]?.content ?? '';

  renderer.renderInline = (tokens, options, env: HookEnv & Record<symbol, number>) => {
    const hooks = env?.hooks;
    if (hooks === undefined || (hooks.link === undefined && hooks.image === undefined)) return renderInline(tokens, options, env);
    const out = [...tokens];
    for (let i = 0; i < out.length; i++) {
      const token = out[i] as Token;
      if (token.type === 'link_open' && hooks.link !== undefined) {
        const close = matchingClose(out, i);
        const inner = out.slice(i + 1, close);
        const html = hooks.link({
          destination: mdurl.decode(String(token.attrGet('href') ?? '')),
          title: String(token.attrGet('title') ?? ''),
          text: renderer.renderInline(inner, options, env),
          plainText: plainTextOf(inner),
        });
        out[i] = replaced(token, html);
        for (let j = i + 1; j <= close; j++) out[j] = replaced(out[j] as Token, '');
        i = close;
      } else if (token.type === 'image' && hooks.image !== undefined) {
        const ordinal = env[IMAGE_ORDINAL] ?? 0;
        env[IMAGE_ORDINAL] = ordinal + 1;
        const attributes = attributeMap(token);
        const { src = '', title = '' } = attributes;
        delete attributes['src'];
        delete attributes['alt'];
        delete attributes['title'];
        out[i] = replaced(token, hooks.image({
          destination: mdurl.decode(src),
          title,
          text: renderer.renderInline(token.children ?? [], options, env),
          plainText: plainTextOf(token.children),
          isBlock: false,
          ordinal,
          attributes,
        }));
      }
    }
    return renderInline(out, options, env);
  };

  renderer.render = (tokens, options, env: HookEnv) => {
    const heading = env?.hooks?.heading;
    if (heading === undefined) return render(tokens, options, env);
    const out = [...tokens];
    for (let i = 0; i < out.length; i++) {
      const open = out[i] as Token;
      const inline = out[i + 1];
      const close = out[i + 2];
      if (open.type !== 'heading_open' || inline === undefined || close === undefined) continue;
      const attributes = attributeMap(open);
      const html = heading({
        level: Number(open.tag.slice(1)),
        anchor: attributes['id'] ?? '',
        text: renderer.renderInline(inline.children ?? [], options, env),
        plainText: plainTextOf(inline.children),
        attributes,
      });
      out[i] = replaced(open, html);
      out[i + 1] = replaced(inline, '');
      out[i + 2] = replaced(close, '');
      i += 2;
    }
    return render(out, options, env);
  };
}
