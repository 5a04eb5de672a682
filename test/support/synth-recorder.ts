import * as fs from "node:fs";
import * as path from "node:path";
import { loadProject, stackFile } from "../../lib/plan/project";
import type { SynthRequest } from "../../lib/plan/synth-child";
import type { Plan } from "../../lib/plan/synth";

/**
 * A stand-in for a synth (`SynthRunner`) that records what the synth would
 * have read while it "runs": program, stack file (or the edited text it was
 * given), statement files. For the way `diff` and `scale` synthesize.
 */

export interface Seen {
  request: SynthRequest;
  /** The program the project runs (`main` of its Pulumi.yaml, resolved). */
  main: string;
  stackText: string;
  sql: Record<string, string>;
  /** The other synths already started when this one ran (proves they overlap). */
  startedBefore: number;
}

/** A synth that records what it would read, answering only once `width` synths have started. */
export function recorder(width: number) {
  const seen: Seen[] = [];
  let release: () => void = () => {};
  const allStarted = new Promise<void>((resolve) => (release = resolve));
  const synth = async (request: SynthRequest): Promise<Plan> => {
    const project = loadProject(request.projectDir);
    const sqlDir = path.join(request.projectDir, "stacks", "sql");
    seen.push({
      request,
      main: project.main,
      stackText: request.stackText ?? fs.readFileSync(stackFile(project, request.stack), "utf8"),
      sql: Object.fromEntries(
        fs.existsSync(sqlDir)
          ? fs.readdirSync(sqlDir).map((f) => [f, fs.readFileSync(path.join(sqlDir, f), "utf8")])
          : [],
      ),
      startedBefore: seen.length,
    });
    if (seen.length === width) release();
    await allStarted;
    return { stack: request.stack, project: project.name, resources: [] };
  };
  return { seen, synth };
}
