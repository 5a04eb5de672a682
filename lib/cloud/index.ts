export * from "./compute-pool";
export * from "./confluent-cloud-flink";
export * from "./statements";
export {
  CloudProvider,
  FlinkRole,
  KafkaClusterType,
  kafkaClusterTypes,
  type MaxCfu,
  StreamGovernancePackage,
  cloudProviders,
  flinkRoles,
  maxCfuValues,
  streamGovernancePackages,
} from "../config/cloud";
export * from "./from-config";
