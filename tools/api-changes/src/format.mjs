// The human-readable list: one line per change, `level  path · kind  (found by ...)`.
const LEVEL_WIDTH = "breaking".length;

export function formatChange(change) {
  // TypeScript's reason is the only description of a break that the library did not see.
  const reason = change.foundBy.length === 1 && change.detail?.startsWith("TypeScript:");
  const kind = reason
    ? `${change.kind}: ${change.detail.slice("TypeScript: ".length)}`
    : change.kind;
  return `${change.level.padEnd(LEVEL_WIDTH)}  ${change.path} · ${kind}  (found by ${change.foundBy.join(" and ")})`;
}

export function formatReport({ bump, changes }, baseline) {
  if (changes.length === 0) return `No API changes since ${baseline}: bump none.`;
  return [
    `API changes since ${baseline} (${changes.length}): bump ${bump}`,
    ...changes.map((change) => `  ${formatChange(change)}`),
  ].join("\n");
}

/** A Markdown bullet for changesets, CHANGELOG entries and the docs page. */
export function markdownChange(change) {
  const detail =
    change.foundBy.length === 1 && change.detail?.startsWith("TypeScript:")
      ? ` (${change.detail})`
      : "";
  return `- **${change.level}**: \`${change.path}\` · ${change.kind}${detail}`;
}

export function markdownChanges(changes, baseline) {
  return [`API changes since ${baseline}:`, "", ...changes.map(markdownChange)].join("\n");
}
