/**
 * Confluent Manager for Apache Flink (CMF): a typed REST client, request body
 * builders (usable offline to validate specs) and Pulumi dynamic resources.
 */
export * from "./client";
export * from "./resources";
export * from "./install-choices";
