// Writing a generated file, or (with --check) proving the committed one is what the spec produces:
// the drift gate shared by every generator of the repository, so they all fail the same way.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { createTwoFilesPatch } from "diff";

/**
 * Writes `output` to `target`, or with `check` compares it to the committed file and returns the
 * process exit code: 0 when up to date; 1 with a unified diff and "Run `pnpm generate`" when not.
 * `what` names the contents in the messages ("types", "response validators").
 */
export async function writeOrCheckGenerated({ target, output, check, what }) {
  const shown = relative(process.cwd(), target) || target;
  if (check) {
    const committed = await readFile(target, "utf8").catch(() => "");
    if (committed === output) {
      console.log(`${shown} is up to date with the spec.`);
      return 0;
    }
    console.error(`${shown} is out of date: the spec produces different ${what}.`);
    console.error(describeDifference(committed, output));
    console.error(`Run \`pnpm generate\`, review the ${what} diff, and commit it.`);
    return 1;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, output);
  console.log(`Wrote ${shown}`);
  return 0;
}

/** A unified diff of the committed file against the generated one, cut to keep CI logs short. */
function describeDifference(before, after, maxLines = 60) {
  const patch = createTwoFilesPatch("committed", "generated", before, after, "", "", {
    context: 2,
  });
  const lines = patch.split("\n").slice(1); // drop the "===" separator line
  const hidden = lines.length - maxLines;
  return [...lines.slice(0, maxLines), ...(hidden > 0 ? [`… ${hidden} more lines`] : [])].join(
    "\n",
  );
}
