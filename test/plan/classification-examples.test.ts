/**
 * The README's "Classifications by example", checked: every kind the diff
 * knows has a row in the README's kind table and an example, and each example
 * (a resource, the fields it shows, their notes) is what `diffPlans` and
 * `renderText` print for that change of that resource. The trailing
 * `# ...` comments say which command makes the change; they are not compared.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { changeKinds, diffPlans } from "../../lib/plan/diff";
import { renderText } from "../../lib/plan/diff-render";
import type { Plan } from "../../lib/plan/synth";
import { res, setIn, type Path, RELEASE } from "../support/diff-plans";
import { projectRoot } from "../support/synth";

const readme = fs.readFileSync(path.join(projectRoot, "README.md"), "utf8");
const between = (from: string, to: string) => readme.slice(readme.indexOf(from), readme.indexOf(to));
const scaling = between("## Scaling as a config diff", "### Pull request workflows");
const byExample = between("### Classifications by example", "### Guardrails");
const exampleBlock = /```text\n([\s\S]*?)```/.exec(byExample)?.[1] ?? "";

/** The kinds named in the first cell of the kind table (`create` / `delete` is two). */
const tableKinds = scaling
  .split("\n")
  .filter((l) => /^\| `/.test(l))
  .flatMap((l) => [...l.split("|")[1].matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));

interface Example {
  kind: string;
  type: string;
  name: string;
  /** The example's lines without their comments: what renderText must print. */
  lines: string[];
  fields: { path: Path; before: unknown; after: unknown }[];
}

const header = /^\S+ (create|delete|update|restart|replace|state-risk|refused) (\S+) (\S+)$/;
const field = /^ {4}(\S+): (.+) → (.+)$/;

function examples(block: string): Example[] {
  const out: Example[] = [];
  for (const raw of block.split("\n")) {
    const line = raw.replace(/\s+# .*$/, "").trimEnd();
    if (line === "") continue;
    const h = header.exec(line);
    if (h) {
      out.push({ kind: h[1], type: h[2], name: h[3], lines: [line], fields: [] });
      continue;
    }
    const current = out.at(-1)!;
    current.lines.push(line);
    const f = field.exec(line);
    if (f) current.fields.push({ path: parsePath(f[1]), before: value(f[2]), after: value(f[3]) });
  }
  return out;
}

/** `spec.flinkConfiguration["a.b"][0]` -> `["spec", "flinkConfiguration", "a.b", 0]` (formatPath reversed). */
function parsePath(text: string): Path {
  const segments: (string | number)[] = [];
  for (const m of text.matchAll(/(?:^|\.)([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]/g)) {
    segments.push(m[1] ?? (m[2] !== undefined ? (JSON.parse(m[2]) as string) : Number(m[3])));
  }
  return segments;
}

const value = (text: string): unknown => (text === "(not set)" ? undefined : JSON.parse(text));

/** What the example's resource is besides the changed fields: CMF's release is CMF's chart. */
const context = (e: Example): Record<string, unknown> =>
  e.type === RELEASE && e.name.endsWith("-cmf") ? { chart: "confluent-manager-for-apache-flink" } : {};

function plans(e: Example): { before: Plan; after: Plan } {
  const plan = (side: "before" | "after", present: boolean): Plan => {
    const inputs = context(e);
    for (const f of e.fields) if (f[side] !== undefined) setIn(inputs, f.path, f[side]);
    return {
      stack: "dev",
      project: "flink-platform",
      resources: present ? [res(e.type, e.name, inputs)] : [],
    };
  };
  return { before: plan("before", e.kind !== "create"), after: plan("after", e.kind !== "delete") };
}

describe("README: the scaling section's classifications", () => {
  const all = examples(exampleBlock);

  it("every kind of change has a row in the kind table and an example", () => {
    expect([...tableKinds].sort()).toEqual([...changeKinds].sort());
    expect([...new Set(all.map((e) => e.kind))].sort()).toEqual([...changeKinds].sort());
  });

  it.each(all.map((e) => [`${e.kind} ${e.name}`, e] as const))(
    "%s is what diff classifies and prints",
    (_, e) => {
      const { before, after } = plans(e);
      const text = renderText(diffPlans(before, after, "main"))
        .trimEnd()
        .split("\n");
      expect(text.slice(0, -1)).toEqual(e.lines);
    },
  );
});
