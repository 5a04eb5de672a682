/**
 * The modules the CLI's commands load on first use (`require` when called):
 * building the program must cost nothing, so `synth` never loads the diff,
 * the config editor or the estimator, and a process start is most of what a
 * small synth costs. One table for every command (lib/cli.ts, `estimate`,
 * `settings`, `advise`); this file itself imports types only, so importing it
 * loads none of them.
 */
import type * as EstimateModule from "../core/estimate";
import type * as YamlModule from "../core/yaml";
import type * as StackConfigModule from "../stack-config";
import type * as AdviseModule from "./advise";
import type * as BasePlanModule from "./base-plan";
import type * as BaseRefModule from "./base-ref";
import type * as DiffModule from "./diff";
import type * as DiffRenderModule from "./diff-render";
import type * as EstimateEditsModule from "./estimate-edits";
import type * as GraphModule from "./graph";
import type * as OutDirModule from "./out-dir";
import type * as ProjectModule from "./project";
import type * as ScalePlansModule from "./scale-plans";
import type * as SettingsModule from "./settings";
import type * as SettingsRenderModule from "./settings-render";
import type * as StackNameModule from "./stack-name";
import type * as StackOpsModule from "./stack-ops";
import type * as SynthModule from "./synth";
import type * as WriteModule from "./write";

/* eslint-disable @typescript-eslint/no-require-imports */
export const load = {
  advise: () => require("./advise") as typeof AdviseModule,
  basePlan: () => require("./base-plan") as typeof BasePlanModule,
  baseRef: () => require("./base-ref") as typeof BaseRefModule,
  diff: () => require("./diff") as typeof DiffModule,
  diffRender: () => require("./diff-render") as typeof DiffRenderModule,
  estimate: () => require("../core/estimate") as typeof EstimateModule,
  estimateEdits: () => require("./estimate-edits") as typeof EstimateEditsModule,
  graph: () => require("./graph") as typeof GraphModule,
  outDir: () => require("./out-dir") as typeof OutDirModule,
  project: () => require("./project") as typeof ProjectModule,
  scalePlans: () => require("./scale-plans") as typeof ScalePlansModule,
  settings: () => require("./settings") as typeof SettingsModule,
  settingsRender: () => require("./settings-render") as typeof SettingsRenderModule,
  stackConfig: () => require("../stack-config") as typeof StackConfigModule,
  stackName: () => require("./stack-name") as typeof StackNameModule,
  stackOps: () => require("./stack-ops") as typeof StackOpsModule,
  synth: () => require("./synth") as typeof SynthModule,
  write: () => require("./write") as typeof WriteModule,
  yaml: () => require("../core/yaml") as typeof YamlModule,
};
/* eslint-enable @typescript-eslint/no-require-imports */
