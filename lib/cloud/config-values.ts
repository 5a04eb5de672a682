import * as z from "zod";
import { statementNameRules } from "../core/statements";

/**
 * The Confluent Cloud vocabulary (clouds, governance packages, roles, CFU
 * steps) and the value rules of the `flink-platform:cloud` section
 * (./config). Pure, so that lib/cloud and the zod schema share one set of
 * rules without an SDK import.
 */

/** Cloud providers Confluent Cloud for Apache Flink runs on (the provider's spelling). */
export const CloudProvider = {
  /** Amazon Web Services. */
  AWS: "AWS",
  /** Google Cloud. */
  GCP: "GCP",
  /** Microsoft Azure (`AZURE`). */
  Azure: "AZURE",
} as const;
export type CloudProvider = (typeof CloudProvider)[keyof typeof CloudProvider];
export const cloudProviders: readonly CloudProvider[] = Object.values(CloudProvider);

/** Stream Governance package of an environment (Schema Registry comes with either). */
export const StreamGovernancePackage = {
  /** The Essentials package (the default). */
  Essentials: "ESSENTIALS",
  /** The Advanced package (Stream Catalog and lineage among others). */
  Advanced: "ADVANCED",
} as const;
export type StreamGovernancePackage = (typeof StreamGovernancePackage)[keyof typeof StreamGovernancePackage];
export const streamGovernancePackages: readonly StreamGovernancePackage[] =
  Object.values(StreamGovernancePackage);

/** Environment-level Flink role of the statement runner. */
export const FlinkRole = {
  /** May run statements in the environment's pools. */
  FlinkDeveloper: "FlinkDeveloper",
  /** May also manage the environment's compute pools. */
  FlinkAdmin: "FlinkAdmin",
} as const;
export type FlinkRole = (typeof FlinkRole)[keyof typeof FlinkRole];
export const flinkRoles: readonly FlinkRole[] = [FlinkRole.FlinkDeveloper, FlinkRole.FlinkAdmin];

/** Types of Kafka cluster this library can create (the provider's `basic` / `standard` blocks). */
export const KafkaClusterType = {
  /** A Basic cluster: no role bindings on topics or transactional IDs. */
  Basic: "BASIC",
  /** A Standard cluster: granular Kafka RBAC (topic role bindings) supported. */
  Standard: "STANDARD",
} as const;
export type KafkaClusterType = (typeof KafkaClusterType)[keyof typeof KafkaClusterType];
export const kafkaClusterTypes: readonly KafkaClusterType[] = Object.values(KafkaClusterType);

/**
 * Why topics cannot be granted on a created cluster of `type`, or undefined
 * when they can. Confluent Cloud: "RBAC permissions for operations on
 * granular Kafka resources (topics, consumer groups, and transactional IDs)
 * are supported only on Standard, Enterprise, Dedicated, and Freight
 * clusters" (Predefined RBAC Roles in Confluent Cloud,
 * https://docs.confluent.io/cloud/current/security/access-control/rbac/predefined-rbac-roles.html).
 * On Basic the runner's DeveloperRead/DeveloperWrite bindings on topics and
 * `_confluent-flink_*` transactional IDs fail or grant nothing. The one rule
 * for the stack schema and the component's args.
 */
export function topicGrantProblem(type: unknown, topics: unknown): string | undefined {
  if (type !== KafkaClusterType.Basic || !Array.isArray(topics) || topics.length === 0) return undefined;
  return `${KafkaClusterType.Standard} when topics grants access to topics (${topics.join(", ")}): Confluent Cloud supports role bindings on topics and transactional IDs only on Standard, Enterprise, Dedicated and Freight clusters, not Basic`;
}

/**
 * The Max CFU values of a standard compute pool: "The accepted values are:
 * 5, 10, 20, 30, 40 and 50" (the provider's `confluent_flink_compute_pool`
 * docs, confluentinc/terraform-provider-confluent
 * docs/resources/confluent_flink_compute_pool.md, which @pulumi/confluentcloud
 * bridges), and "Each compute pool has a configurable maximum capacity, up to
 * 50 CFUs per pool" (Compute Pools in Confluent Cloud for Apache Flink,
 * https://docs.confluent.io/cloud/current/flink/concepts/compute-pools.html).
 */
export const maxCfuValues = [5, 10, 20, 30, 40, 50] as const;
/**
 * The same page: "Compute pools with up to 1,000 CFU capacity are available
 * as a Limited Availability feature" (sign-up required; one statement still
 * stops at 50 CFU). No step is documented above 50, so any whole number up to
 * this is accepted; Confluent Cloud refuses it at `pulumi up` for an
 * organization that is not enrolled, before the pool changes.
 */
export const maxCfuLimitedAvailability = 1000;
/** A pool's Max CFU: one of {@link maxCfuValues}, or a whole number from 51 to {@link maxCfuLimitedAvailability}. */
export type MaxCfu = number;

/**
 * One rule per kind of value: the check and the "allowed" text shown to users.
 * Used by the zod schemas below (the section, the component args, a pool face).
 */
export const cloudRules = {
  cloud: { allowed: `one of ${cloudProviders.join(", ")}` },
  region: {
    pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/,
    allowed: "a cloud region such as us-east-1 (AWS), us-central1 (GCP) or eastus (AZURE)",
  },
  maxCfu: {
    allowed: `one of ${maxCfuValues.join(", ")} (a standard pool), or a whole number from 51 to ${maxCfuLimitedAvailability} (a Limited Availability pool: the organization must be enrolled)`,
  },
  streamGovernance: { allowed: `one of ${streamGovernancePackages.join(", ")}` },
  flinkRole: { allowed: `one of ${flinkRoles.join(", ")}` },
  environmentId: { pattern: /^env-[a-z0-9]+$/, allowed: "an environment id such as env-abc123" },
  kafkaClusterId: { pattern: /^lkc-[a-z0-9]+$/, allowed: "a Kafka cluster id such as lkc-abc123" },
  displayName: { pattern: /^\S(.*\S)?$/, allowed: "a non-empty name without leading or trailing spaces" },
  /** Pool keys become part of resource names. */
  poolName: {
    pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
    maxLength: 40,
    allowed: "a name of lowercase letters, digits and '-' (at most 40 characters)",
  },
  statementName: statementNameRules.statementName,
  deployedStatementName: statementNameRules.deployedStatementName,
  /** Kafka topic names (with an optional trailing `*` for a prefix, or `*` for all). */
  topic: {
    pattern: /^(\*|[A-Za-z0-9._-]{1,249}\*?)$/,
    allowed: "a topic name (letters, digits, '.', '_', '-'), a prefix ending in '*', or '*'",
  },
  /** Schema Registry subject names or patterns (`*` wildcard allowed). */
  subject: {
    pattern: /^[^\s/]+$/,
    allowed: "a subject name or pattern without spaces or '/', such as orders-value or *",
  },
} as const;

/**
 * The Max CFU rule (the schema's, and `scale --max-cfu`'s). A decrease is
 * not a value rule: the diff refuses it (lib/plan/diff-rules.ts `refusedNote`).
 */
export function isMaxCfu(value: unknown): value is MaxCfu {
  if ((maxCfuValues as readonly unknown[]).includes(value)) return true;
  return Number.isInteger(value) && (value as number) > 50 && (value as number) <= maxCfuLimitedAvailability;
}

/** Whether `value` passes a rule of {@link cloudRules}. */
export function matches(rule: { pattern: RegExp; maxLength?: number }, value: unknown): boolean {
  return (
    typeof value === "string" &&
    rule.pattern.test(value) &&
    (rule.maxLength === undefined || value.length <= rule.maxLength)
  );
}

export const patterned = (rule: keyof typeof cloudRules) => {
  const r = cloudRules[rule] as { pattern: RegExp; maxLength?: number; allowed: string };
  return z.string({ error: r.allowed }).refine((v) => matches(r, v), { error: r.allowed });
};
