// The human-readable list: one line per change, `level  path · detail  (rule; found by ...)`, and
// its Markdown forms (a bullet list for changesets and changelogs, a table for pull requests).
const LEVEL_WIDTH = "breaking".length;

/**
 * @typedef {import("./compare.mjs").Change} Change
 * @typedef {{ bump: string, changes: Change[] }} Result
 */

/** @param {Change} change */
export function formatChange(change) {
  return `${change.level.padEnd(LEVEL_WIDTH)}  ${change.path} · ${change.detail}  (${change.rule}; found by ${change.foundBy.join(" and ")})`;
}

/**
 * @param {Result} result
 * @param {string} baseline what the changes are counted from: a release, or the base file
 */
export function formatReport({ bump, changes }, baseline) {
  if (changes.length === 0) return `No API changes since ${baseline}: bump none.`;
  return [
    `API changes since ${baseline} (${changes.length}): bump ${bump}`,
    ...changes.map((change) => `  ${formatChange(change)}`),
  ].join("\n");
}

/**
 * A Markdown bullet for changesets, CHANGELOG entries and the docs page.
 * @param {Change} change
 */
export function markdownChange(change) {
  return `- **${change.level}**: \`${change.path}\` · ${change.detail} (\`${change.rule}\`)`;
}

/**
 * @param {Change[]} changes
 * @param {string} baseline
 */
export function markdownChanges(changes, baseline) {
  return [`API changes since ${baseline}:`, "", ...changes.map(markdownChange)].join("\n");
}

/**
 * A Markdown table, fit for a pull-request comment.
 * @param {Result} result
 * @param {string} baseline
 */
export function markdownTable({ bump, changes }, baseline) {
  const cell = (/** @type {string} */ text) =>
    String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
  if (changes.length === 0) return `**No API changes since ${baseline}: bump none.**`;
  const lines = [`**API changes since ${baseline} (${changes.length}): bump ${bump}**`, ""];
  lines.push("| level | where | change | rule | found by |", "| --- | --- | --- | --- | --- |");
  for (const change of changes) {
    lines.push(
      `| ${change.level} | \`${cell(change.path)}\` | ${cell(change.detail)} | \`${change.rule}\` | ${change.foundBy.join(", ")} |`,
    );
  }
  return lines.join("\n");
}
