"use strict";
// The floor: a bare program that registers N raw resources with the same Pulumi
// SDK under its documented mocks, then waits for every registration. The ratio
// synth / floor is the library's own overhead.
const pulumi = require("@pulumi/pulumi");

async function main() {
  const count = Number(process.argv[2]);
  pulumi.runtime.setMocks(
    {
      newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
      call: (args) => args.inputs,
    },
    "floor",
    "floor",
    false,
  );
  class Raw extends pulumi.CustomResource {
    constructor(name, props) {
      super("bench:index:Raw", name, props);
    }
  }
  for (let i = 0; i < count; i++) {
    new Raw(`raw-${i}`, {
      metadata: { name: `raw-${i}`, labels: { index: String(i) } },
      spec: { replicas: i },
    });
  }
  await pulumi.runtime.disconnect();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
