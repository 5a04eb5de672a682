import { describe, expect, it } from "vitest";
import { parseNameStatus, stacksToDiff } from "../../lib/plan/changed-stacks";

const current = ["dev", "prod"];

describe("stacksToDiff: the stacks a pull request's changed files touch", () => {
  it("GIVEN only stack files changed THEN those stacks, a deleted one included", () => {
    expect(
      stacksToDiff(
        [
          { status: "M", path: "stacks/Pulumi.dev.yaml" },
          { status: "D", path: "stacks/Pulumi.old.yaml" },
        ],
        current,
        "stacks",
      ),
    ).toEqual(["dev", "old"]);
  });

  it("GIVEN only documentation changed THEN no stack", () => {
    expect(stacksToDiff([{ status: "M", path: "README.md" }], current, "stacks")).toEqual([]);
  });

  it("GIVEN the program, a statement file or the lock file changed THEN every stack, deleted ones too", () => {
    for (const file of ["lib/cli.ts", "stacks/sql/orders.sql", "package-lock.json", "stacks/index.ts"]) {
      expect(
        stacksToDiff(
          [
            { status: "M", path: file },
            { status: "D", path: "stacks/Pulumi.old.yaml" },
          ],
          current,
          "stacks",
        ),
      ).toEqual(["dev", "old", "prod"]);
    }
  });

  it("reads git diff --name-status -z output, a stack folder at the project root included", () => {
    expect(parseNameStatus("M\0stacks/Pulumi.dev.yaml\0D\0Pulumi.x.yaml\0")).toEqual([
      { status: "M", path: "stacks/Pulumi.dev.yaml" },
      { status: "D", path: "Pulumi.x.yaml" },
    ]);
    expect(stacksToDiff(parseNameStatus("D\0Pulumi.x.yaml\0"), [], ".")).toEqual(["x"]);
  });
});
