// @ts-check
// Comments in generated code. The formatter does not wrap comments, so the generators wrap them
// themselves, to the repository's 100 columns: the client's TSDoc and the docs samples' `//` lines.

/**
 * Splits `text` at spaces into lines of at most `width` columns: each line is `prefix`, then
 * `indent` on every line after the first, then the words. A single word longer than the width
 * stays whole on its own line.
 * @param {string} text
 * @param {{ width: number, prefix?: string, indent?: string }} layout
 * @returns {string[]}
 */
export function wrapWords(text, { width, prefix = "", indent = "" }) {
  /** @type {string[]} */
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    const lead = prefix + (lines.length > 0 ? indent : "");
    if (line && lead.length + line.length + 1 + word.length > width) {
      lines.push(lead + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, prefix + (lines.length > 0 ? indent : "") + line];
}
