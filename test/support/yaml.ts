/**
 * A YAML alias bomb as a stack file: `levels` anchors under `under`, each a
 * list of nine aliases of the one before, the first a list of nine `leaf`.
 * About 1 KB that expands to 9^levels leaves.
 */
export function aliasBomb(leaf: string, levels = 9, under = "other:lol"): string {
  const lines = [
    "config:",
    "  flink-platform:size: M",
    `  ${under}:`,
    `    a0: &a0 [${Array(9).fill(leaf).join(", ")}]`,
  ];
  for (let i = 1; i < levels; i++)
    lines.push(
      `    a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(", ")}]`,
    );
  return [...lines, ""].join("\n");
}
