import type { Advice } from "./advise-rules";
import type { Comparison } from "./advise-compare";

/** `advise` output as text, Markdown or JSON; the scale command is the same string in all three. */

export type AdviseFormat = "text" | "markdown" | "json";

/** The exact `scale` command of a proposal. */
export function scaleCommand(stack: string, pool: string, flags: Readonly<Record<string, number>>): string {
  const parts = ["flink-platform", "scale", stack, "--pool", pool];
  for (const [flag, value] of Object.entries(flags)) parts.push(flag, String(value));
  return parts.join(" ");
}

export interface AdviseReport {
  readonly stack: string;
  readonly window: { readonly start: string; readonly end: string };
  readonly advice?: readonly Advice[];
  readonly comparisons?: readonly Comparison[];
}

const unitText = (unit: string) => (unit === "%" ? "%" : ` ${unit}`);

function adviceText(stack: string, a: Advice, md: boolean): string[] {
  const command = a.scale ? scaleCommand(stack, a.pool, a.scale) : undefined;
  const lines = md
    ? [`### Pool \`${a.pool}\`: ${a.verdict}`, "", a.summary, "", "| signal | value |", "| --- | --- |"]
    : [`pool ${a.pool}: ${a.verdict}`, `  ${a.summary}`];
  for (const e of a.evidence) {
    lines.push(
      md ? `| ${e.name} | ${e.value}${unitText(e.unit)} |` : `    ${e.name}: ${e.value}${unitText(e.unit)}`,
    );
  }
  if (a.hotTasks && a.hotTasks.length > 0) {
    lines.push(
      md
        ? `\nHot tasks: ${a.hotTasks.map((t) => `\`${t}\``).join(", ")}`
        : `  hot tasks: ${a.hotTasks.join(", ")}`,
    );
  }
  for (const w of a.warnings) lines.push(md ? `\n> warning: ${w}` : `  warning: ${w}`);
  if (command) lines.push(md ? `\n\`\`\`sh\n${command}\n\`\`\`` : `  proposed: ${command}`);
  else lines.push(md ? "\nNo change proposed." : "  no change proposed");
  return lines;
}

function comparisonText(stack: string, c: Comparison, md: boolean): string[] {
  const lines = [
    md
      ? `### Pool \`${c.pool}\` since the change: ${c.verdict}`
      : `pool ${c.pool} since the change: ${c.verdict}`,
    `${md ? "" : "  "}shape: ${c.shape.before.taskManagers} TaskManagers x ${c.shape.before.slots} slots -> ${c.shape.after.taskManagers} x ${c.shape.after.slots}`,
  ];
  if (md) lines.push("", "| signal | before | after | trend |", "| --- | --- | --- | --- |");
  for (const s of c.changes) {
    const u = unitText(s.unit);
    lines.push(
      md
        ? `| ${s.name} | ${s.before}${u} | ${s.after}${u} | ${s.trend} |`
        : `    ${s.name}: ${s.before}${u} -> ${s.after}${u} (${s.trend})`,
    );
  }
  if (c.revert) {
    const command = scaleCommand(stack, c.pool, c.revert);
    lines.push(md ? `\nRevert:\n\n\`\`\`sh\n${command}\n\`\`\`` : `  revert: ${command}`);
  } else if (c.verdict === "worse") {
    lines.push(
      `${md ? "" : "  "}worse, but the pool's shape did not change: revert the change with git revert`,
    );
  }
  return lines;
}

export function renderAdvice(report: AdviseReport, format: AdviseFormat): string {
  if (format === "json") {
    return JSON.stringify(
      {
        ...report,
        advice: report.advice?.map((a) => ({
          ...a,
          command: a.scale ? scaleCommand(report.stack, a.pool, a.scale) : undefined,
        })),
        comparisons: report.comparisons?.map((c) => ({
          ...c,
          command: c.revert ? scaleCommand(report.stack, c.pool, c.revert) : undefined,
        })),
      },
      null,
      2,
    );
  }
  const md = format === "markdown";
  const head = md
    ? `## flink-platform advise ${report.stack}\n\nWindow ${report.window.start} to ${report.window.end}.\n`
    : `advise ${report.stack} (window ${report.window.start} to ${report.window.end})`;
  const blocks = [
    ...(report.advice ?? []).map((a) => adviceText(report.stack, a, md).join("\n")),
    ...(report.comparisons ?? []).map((c) => comparisonText(report.stack, c, md).join("\n")),
  ];
  return [head, ...blocks].join(md ? "\n\n" : "\n\n");
}
