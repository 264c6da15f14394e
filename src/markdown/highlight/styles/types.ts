/** A Chroma style as the inline CSS its HTML formatter writes (Hugo's `noClasses = true`). */
export interface ChromaStyle {
  /** The `<pre>` style before the tab size: the style's background and text colour. */
  pre: string;
  /** The style of a line number span, inline or in the table's first column. */
  lineNumbers: string;
  /**
   * Token type → CSS. A type not listed takes its sub-category's or category's; '' is an entry
   * CSS cannot express (a border), still written as a span with an empty style.
   */
  tokens: Readonly<Record<string, string>>;
}
