/**
 * The parts of `@pulumi/confluentcloud` ConfluentCloudFlink registers and
 * looks up, imported from their own modules (as `../platform/k8s-sdk` does
 * for Kubernetes): the package root defines a lazy getter for each of its
 * two hundred resources and functions, which a stack never touches.
 */
export { ApiKey } from "@pulumi/confluentcloud/apiKey";
export { Environment } from "@pulumi/confluentcloud/environment";
export { FlinkStatement } from "@pulumi/confluentcloud/flinkStatement";
export { getEnvironmentOutput } from "@pulumi/confluentcloud/getEnvironment";
export { getFlinkRegionOutput } from "@pulumi/confluentcloud/getFlinkRegion";
export { getKafkaClusterOutput } from "@pulumi/confluentcloud/getKafkaCluster";
export { getOrganizationOutput, type GetOrganizationResult } from "@pulumi/confluentcloud/getOrganization";
export { getSchemaRegistryClusterOutput } from "@pulumi/confluentcloud/getSchemaRegistryCluster";
export { KafkaCluster } from "@pulumi/confluentcloud/kafkaCluster";
export { Provider } from "@pulumi/confluentcloud/provider";
export { RoleBinding } from "@pulumi/confluentcloud/roleBinding";
export { ServiceAccount } from "@pulumi/confluentcloud/serviceAccount";
