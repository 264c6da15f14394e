/**
 * What `.GetPage` gives when nothing matches, as Hugo's `*page.nopPage`: a
 * value that is false in `if`/`with` and whose fields all read as zero
 * values, so a theme's `(site.GetPage "x").Title` prints nothing instead of
 * failing (PaperMod looks menu entries up this way).
 */

/** The template engine's field-lookup protocol (template/engine/values.ts); global symbols, so no import runs backwards. */
const lookupField = Symbol.for('vellum.lookupField');

const FALSE_FIELDS = new Set(['IsHome', 'IsPage', 'IsSection', 'IsNode', 'IsTranslated', 'Draft', 'Truncated', 'IsMenuCurrent', 'HasMenuCurrent', 'InSection', 'IsAncestor', 'IsDescendant', 'Eq']);
const NUMBER_FIELDS = new Set(['Weight', 'WordCount', 'FuzzyWordCount', 'ReadingTime', 'Len']);
const LIST_FIELDS = new Set(['Pages', 'RegularPages', 'RegularPagesRecursive', 'Sections', 'Aliases', 'Keywords', 'AlternativeOutputFormats', 'OutputFormats', 'Translations', 'AllTranslations', 'Ancestors', 'Resources']);

export class NopPage {
  static readonly goTypeName = '*page.nopPage';
  IsZero(): boolean {
    return true;
  }
  [lookupField](name: string): unknown {
    if (FALSE_FIELDS.has(name)) return false;
    if (NUMBER_FIELDS.has(name)) return 0;
    if (LIST_FIELDS.has(name)) return [];
    if (name === 'Params') return {};
    if (name === 'Parent' || name === 'Site' || name === 'File') return null;
    return '';
  }
  String(): string {
    return '';
  }
}

export const NOP_PAGE = new NopPage();
