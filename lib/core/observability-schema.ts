import * as z from "zod";
import { reporterName, reporterPort } from "./metrics";
import { dnsLabel, Tier } from "./schema";

/**
 * The `observability` section of a Kubernetes platform (OSS, CP): Flink's
 * Prometheus reporter on every Flink cluster the platform creates, the
 * operator's own metrics, NetworkPolicies that let the scraper in, and
 * optionally PodMonitors and a Grafana dashboard. The metric names and the
 * reporter options come from `./metrics` (shared with `advise`).
 */

/** A Kubernetes label value: at most 63 characters, alphanumerics with `-`, `_`, `.` inside, or empty. */
const labelValue = z
  .string({ error: "a label value (at most 63 characters: letters, digits, '-', '_', '.')" })
  .regex(/^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/, {
    error:
      "a label value (at most 63 characters: letters, digits, '-', '_', '.', starting and ending alphanumeric)",
  });
/** A Kubernetes label key: an optional DNS prefix and `/`, then a name of at most 63 characters. */
const labelKey = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const labels = (what: string) =>
  z.record(
    z.string().regex(labelKey, { error: `a label key such as app.kubernetes.io/name (${what})` }),
    labelValue,
    { error: `a map of label to value (${what})` },
  );

/** Where the Prometheus that scrapes the platform runs. */
export const scraperSchema = z.strictObject({
  /** Namespace of the Prometheus pods. */
  namespace: dnsLabel.default("monitoring"),
  /**
   * Labels of the Prometheus pods. The Prometheus Operator labels the pods it
   * runs `app.kubernetes.io/name: prometheus`.
   */
  podLabels: labels("the Prometheus pods' labels").default({ "app.kubernetes.io/name": "prometheus" }),
});

export const observabilitySchema = z.strictObject({
  /**
   * Turns metrics on. Unset: off in the dev tier, on in staging and prod
   * ({@link observabilityEnabled}).
   */
  enabled: z.boolean({ error: "true or false" }).optional(),
  /** The scraper NetworkPolicies admit on the metrics ports (and only there). */
  scraper: scraperSchema.prefault({}),
  /** PodMonitors for JobManagers, TaskManagers and the operator (the cluster runs the Prometheus Operator). */
  podMonitors: z.boolean({ error: "true or false" }).default(false),
  /**
   * Labels on the PodMonitors, so the Prometheus selects them
   * (kube-prometheus-stack selects `release: <its release name>` by default).
   */
  podMonitorLabels: labels("the PodMonitors' labels").default({}),
  /** A Grafana dashboard ConfigMap labelled `grafana_dashboard: "1"` for the Grafana sidecar. */
  dashboard: z.boolean({ error: "true or false" }).default(true),
});

export type ObservabilityConfig = z.output<typeof observabilitySchema>;

/** Whether metrics are on: the explicit `enabled`, else on outside the dev tier. */
export function observabilityEnabled(cfg: Pick<ObservabilityConfig, "enabled">, tier: Tier): boolean {
  return cfg.enabled ?? tier !== Tier.Dev;
}

/** What {@link observabilityRules} reads of a platform section (defensively: other keys may be invalid). */
interface ObservedSection {
  readonly observability?: { readonly enabled?: boolean };
  readonly flink?: { readonly configuration?: Readonly<Record<string, unknown>> };
  readonly applications?: readonly (
    { readonly configuration?: Readonly<Record<string, unknown>> } | undefined
  )[];
}

/**
 * While metrics are on, the `prom` reporter is the platform's: a user's key
 * under `metrics.reporter.prom.` would move its port off the one the pods
 * declare and the NetworkPolicies open, or replace the labels the dashboard
 * and `advise` select by (on CP, environment settings even win over each
 * application's). Each such key is refused, named; other reporters are free.
 */
export function observabilityRules(cfg: ObservedSection, ctx: z.RefinementCtx, tier: Tier | undefined): void {
  const enabled = cfg?.observability?.enabled;
  if (!(enabled ?? (tier !== undefined && observabilityEnabled({}, tier)))) return;
  const owned = `metrics.reporter.${reporterName}.`;
  const check = (configuration: unknown, path: (string | number)[]) => {
    if (configuration === null || typeof configuration !== "object") return;
    for (const [key, value] of Object.entries(configuration)) {
      if (!key.startsWith(owned)) continue;
      ctx.addIssue({
        code: "custom",
        path: [...path, key],
        input: value,
        message: `not set while observability is on: the platform sets the ${reporterName} reporter (port ${reporterPort}, the labels the dashboard and advise select by); name your own reporter otherwise, or set observability.enabled: false`,
      });
    }
  };
  check(cfg?.flink?.configuration, ["flink", "configuration"]);
  (Array.isArray(cfg?.applications) ? cfg.applications : []).forEach((app, i) =>
    check(app?.configuration, ["applications", i, "configuration"]),
  );
}
