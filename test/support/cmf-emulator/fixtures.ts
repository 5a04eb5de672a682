/** CMF documents the emulator tests share. */
import { buildApplicationBody } from "../../../lib/cp/cmf/client";

/** A savepoint-upgraded application `orders` on a Confluent Platform Flink image. */
export const ORDERS_APPLICATION = buildApplicationBody({
  name: "orders",
  spec: {
    image: "confluentinc/cp-flink:1.19.3-cp2",
    flinkVersion: "v1_19",
    serviceAccount: "flink",
    jobManager: { resource: { memory: "1024m", cpu: 1 } },
    taskManager: { resource: { memory: "1024m", cpu: 1 } },
    job: {
      jarURI: "local:///opt/flink/examples/streaming/StateMachineExample.jar",
      upgradeMode: "savepoint",
    },
  },
});
