"use strict";
// The floor: a bare program that registers the same resources as a stack's
// offline plan (same types, names, inputs, parents and dependencies) as raw
// Pulumi resources, with the same SDK under its documented mocks, then waits
// for every registration. What the SDK spends on those resources is not the
// library's overhead; synth / floor is. Options the provider classes add by
// themselves (aliases, additional secret outputs) are not in a plan and not
// replayed, and secrets are plain placeholders: that SDK cost counts as overhead.
//
//   node bench/floor.cjs <plan.json>      replay a synthesized plan
//   node bench/floor.cjs --count <n>      n tiny resources (the bare SDK)
//   --preload <modules.json>              first load these third-party modules
//                                         (those synth loaded), to separate what
//                                         loading the dependencies costs from
//                                         the library's own work
// The same runtime as the CLI: Node's compile cache where it exists (>= 22.8).
require("node:module").enableCompileCache?.();
const fs = require("node:fs");
const pulumi = require("@pulumi/pulumi");

class Raw extends pulumi.CustomResource {
  constructor(type, name, props, opts) {
    super(type, name, props, opts);
  }
}

function replay(planFile) {
  const plan = JSON.parse(fs.readFileSync(planFile, "utf8"));
  const byUrn = new Map();
  for (const r of plan.resources) {
    const parent = r.parent ? byUrn.get(r.parent) : undefined;
    const dependsOn = r.dependsOn.map((urn) => byUrn.get(urn)).filter(Boolean);
    byUrn.set(r.urn, new Raw(r.type, r.name, r.inputs, { parent, dependsOn, protect: r.protect }));
  }
}

function tiny(count) {
  for (let i = 0; i < count; i++) {
    new Raw("bench:index:Raw", `raw-${i}`, {
      metadata: { name: `raw-${i}`, labels: { index: String(i) } },
      spec: { replicas: i },
    });
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--preload") {
    for (const file of JSON.parse(fs.readFileSync(args[1], "utf8"))) require(file);
    args.splice(0, 2);
  }
  pulumi.runtime.setMocks(
    {
      newResource: (resource) => ({ id: `${resource.name}-id`, state: resource.inputs }),
      call: (call) => call.inputs,
    },
    "floor",
    "floor",
    false,
  );
  if (args[0] === "--count") tiny(Number(args[1]));
  else replay(args[0]);
  await pulumi.runtime.disconnect();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
