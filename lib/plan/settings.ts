import { ConfigError } from "../core/errors";
import { PlatformPlan, checkpointStateKeys } from "../core/derive";
import { autoscalerConfiguration, autoscalerKeys } from "../core/autoscaler-schema";
import { effectiveAutoscaler } from "../core/autoscaler-guardrails";
import { applicationDeploymentSpec, applicationProps } from "../kubernetes/applications";
import { platformPlanOf, StackConfig, Target } from "../stack-config";
import { validateStack } from "../stack-validate";
import { PulumiProject, stackConfigFromText, stackFile, stackFileLabel } from "./project";

/**
 * The settings that will really run, per pool and per application, after
 * every default and override is merged (the cookbook's rollback step
 * "document effective settings"). Nothing is derived a second time: sizes,
 * defaults and overrides come from the platform plan (core/derive.ts, what
 * every chart and component takes), and an application's Flink
 * configuration from the spec builder its FlinkDeployment / CMF application
 * is made with, overlaid on the operator defaults the way the operator
 * merges them.
 */

/** CPU in cores and memory as a Kubernetes quantity. */
export interface ResourceSettings {
  readonly cpu: number;
  readonly memory: string;
}

/** A pool: its cluster's shape and the autoscaler keys its jobs inherit. */
export interface PoolSettings {
  readonly name: string;
  readonly namespace?: string;
  /** `session cluster` (OSS), `CMF compute pool (DEDICATED|SHARED)` (CP) or `Confluent Cloud pool`. */
  readonly kind: string;
  readonly taskManagers?: number;
  readonly slots?: number;
  /** taskManagers x slots. */
  readonly capacity?: number;
  readonly taskManager?: ResourceSettings;
  readonly jobManager?: ResourceSettings;
  /** Confluent Cloud: the CFU ceiling. */
  readonly maxCfu?: number;
  /** Durable state its jobs inherit (the operator defaults; Kubernetes targets). */
  readonly checkpoints?: string;
  readonly savepoints?: string;
  readonly haStorageDir?: string;
  /** The autoscaler keys its cluster's configuration sets (empty: the operator's defaults). */
  readonly autoscaler: Readonly<Record<string, string>>;
}

/** An application: its cluster (own or its pool's), its job and its durable state. */
export interface ApplicationSettings {
  readonly name: string;
  readonly namespace: string;
  /** `own cluster`, or `pool <name>`. */
  readonly runsOn: string;
  readonly parallelism: number;
  /** Own cluster: ceil(parallelism / slots), the operator's count without `taskManager.replicas`. */
  readonly taskManagers: number;
  readonly slots: number;
  readonly taskManager: ResourceSettings;
  readonly jobManager: ResourceSettings;
  readonly upgradeMode: string;
  readonly state: string;
  readonly checkpoints?: string;
  readonly savepoints?: string;
  readonly haStorageDir?: string;
  readonly checkpointInterval?: string;
  /** The autoscaler keys the job runs with (its pool's overlaid by its own). */
  readonly autoscaler: Readonly<Record<string, string>>;
}

/** The effective settings of one stack. */
export interface EffectiveSettings {
  readonly stack: string;
  readonly target: Target;
  readonly environment: string;
  readonly pools: readonly PoolSettings[];
  readonly applications: readonly ApplicationSettings[];
}

const resources = (r: { cpu: number; memory: string }): ResourceSettings => ({
  cpu: r.cpu,
  memory: r.memory,
});

function poolSettings(plan: PlatformPlan, target: Target): PoolSettings[] {
  const keys = checkpointStateKeys(plan.flink.version);
  return plan.pools.map((p) => {
    // The session cluster's (or CMF cluster spec's) configuration on the operator defaults.
    const conf = { ...plan.flinkDefaults, ...autoscalerConfiguration(p.autoscaler) };
    return {
      name: p.name,
      namespace: p.namespace,
      kind: target === Target.CP ? `CMF compute pool (${p.type})` : "session cluster",
      taskManagers: p.taskManagers,
      slots: p.slots,
      capacity: p.taskManagers * p.slots,
      taskManager: resources(p.taskManager),
      jobManager: resources(plan.jobManager),
      checkpoints: conf[keys.checkpoints],
      savepoints: conf[keys.savepoints],
      haStorageDir: conf["high-availability.storageDir"],
      autoscaler: pick(conf, Object.values(autoscalerKeys)),
    };
  });
}

function applicationSettings(plan: PlatformPlan): ApplicationSettings[] {
  const keys = checkpointStateKeys(plan.flink.version);
  return plan.applications.map((app) => {
    const pool = plan.pools.find((p) => p.name === app.pool);
    // The operator overlays a job's configuration on the defaults: its own cluster's spec, or a
    // session job's own keys on its session cluster's (which adds only the pool's autoscaler keys).
    const spec = applicationDeploymentSpec(applicationProps(plan, app));
    const own = pool
      ? { ...effectiveAutoscaler(pool.autoscaler, app.autoscaler), ...app.configuration }
      : spec.flinkConfiguration;
    const conf: Record<string, string> = { ...plan.flinkDefaults, ...own };
    return {
      name: app.name,
      namespace: app.namespace,
      runsOn: pool ? `pool ${pool.name}` : "own cluster",
      parallelism: app.parallelism,
      taskManagers: pool ? pool.taskManagers : Math.ceil(app.parallelism / plan.taskManager.slots),
      slots: pool ? pool.slots : plan.taskManager.slots,
      taskManager: resources(pool ? pool.taskManager : plan.taskManager),
      jobManager: resources(plan.jobManager),
      upgradeMode: spec.job!.upgradeMode!,
      state: spec.job!.state!,
      checkpoints: conf[keys.checkpoints],
      savepoints: conf[keys.savepoints],
      haStorageDir: conf["high-availability.storageDir"],
      checkpointInterval: conf["execution.checkpointing.interval"],
      autoscaler: pick(conf, Object.values(autoscalerKeys)),
    };
  });
}

/** `conf`'s entries of `keys`, in `keys`' order. */
function pick(conf: Record<string, string>, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => k in conf).map((k) => [k, conf[k]]));
}

/** The effective settings of a validated stack config. */
export function effectiveSettings(stack: string, config: StackConfig): EffectiveSettings {
  if (config.target === Target.Cloud) {
    return {
      stack,
      target: config.target,
      environment: config.environment.name,
      pools: config.cloud!.pools.map((p) => ({
        name: p.name,
        kind: "Confluent Cloud pool",
        maxCfu: p.maxCfu,
        autoscaler: {},
      })),
      applications: [],
    };
  }
  const plan = platformPlanOf(config);
  return {
    stack,
    target: config.target,
    environment: plan.environment,
    pools: poolSettings(plan, config.target),
    applications: applicationSettings(plan),
  };
}

/**
 * The effective settings of a stack file's text, read and validated as synth
 * reads it ({@link stackConfigFromText}, {@link validateStack}); the
 * guardrails run too, so a plan synth would refuse has no settings either.
 */
export function settingsFromText(project: PulumiProject, stack: string, text: string): EffectiveSettings {
  const { values, secretKeys } = stackConfigFromText(
    project,
    text,
    stackFileLabel(project, stackFile(project, stack)),
  );
  const { config } = validateStack(values, {
    isSecret: (key) => secretKeys.includes(key),
    projectRoot: project.dir,
  });
  return effectiveSettings(stack, config);
}

/** Only the pool named by `--pool` (and the applications on it); one clear error for an unknown name. */
export function onlyPool(settings: EffectiveSettings, pool: string | undefined): EffectiveSettings {
  if (pool === undefined) return settings;
  if (!settings.pools.some((p) => p.name === pool)) {
    throw new ConfigError(
      [
        {
          path: "--pool",
          got: pool,
          allowed:
            settings.pools.length > 0
              ? `one of the stack's pools: ${settings.pools.map((p) => p.name).join(", ")}`
              : "none: the stack declares no pools",
        },
      ],
      "Unknown pool",
    );
  }
  return {
    ...settings,
    pools: settings.pools.filter((p) => p.name === pool),
    applications: settings.applications.filter((a) => a.runsOn === `pool ${pool}`),
  };
}
