export * from "../compute-pool/compute-pool";
export * from "./platform";
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
} from "./config-values";
