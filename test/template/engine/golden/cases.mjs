// Shared by generate.mjs and the golden test: `### name` starts a case; the
// template is every line up to the next case, without the final newline.
export function readCases(text) {
  const cases = [];
  for (const block of text.split(/^### /m).slice(1)) {
    const nl = block.indexOf('\n');
    cases.push({ name: block.slice(0, nl).trim(), template: block.slice(nl + 1).replace(/\n$/, '') });
  }
  return cases;
}
