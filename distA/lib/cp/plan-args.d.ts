import { CmfPlan } from "./defaults";
import { type CmfSqlConfig } from "./config-sql";
import { PlatformPlan } from "../core/derive";
import { FlinkPlatformCPArgs } from "./args";
/** The resolved platform and CMF plans of a CP platform. */
export interface CpPlans {
    readonly plan: PlatformPlan;
    readonly cmf: CmfPlan;
    /** The Flink SQL objects to create in CMF (`cmf.secrets`, ..., `cmf.statements`). */
    readonly sql: CmfSqlConfig;
}
/**
 * Validates FlinkPlatformCP args (settings with the stack-config schema, and
 * the CMF client credentials the authentication type needs) and resolves
 * them. Throws one ConfigError listing every problem.
 */
export declare function planCpFromArgs(name: string, args: FlinkPlatformCPArgs): CpPlans;
