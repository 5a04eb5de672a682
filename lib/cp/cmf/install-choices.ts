/**
 * A guard for CMF's install-time choices. CMF fixes some settings when it
 * first creates its database: the database type (SQLite on a PVC or an
 * external JDBC database) and whether secrets in it are encrypted
 * (`cmf.sql.production`). CMF also cannot be downgraded. A `pulumi up` that
 * changes one of these on an existing stack would redeploy the chart and
 * lose or lock CMF's data, so the provider's `check` refuses it unless the
 * override flag is set. The CMF Helm release depends on this resource, so
 * the refusal stops the deployment before anything is changed.
 *
 * Like the CMF providers (`./resource`), the provider below is serialized into
 * the state: it only uses plain helpers from this file. It does not use their
 * skeleton (`cmfProvider`): it talks to no CMF API, has no connection, nothing
 * to read or delete, and its `check` compares the new inputs with the old state.
 */
import * as pulumi from "@pulumi/pulumi";

/** Inputs (and state) of {@link CmfInstallChoices}. */
export interface CmfInstallChoicesInputs {
  /** `cmf.database.type`: `local` or `jdbc`. */
  readonly databaseType: string;
  /** `cmf.sql.production`: secrets in CMF's database are encrypted. */
  readonly encryption: boolean;
  /** CMF chart version (CMF cannot be downgraded). */
  readonly cmfVersion: string;
  /** Accept a change of the choices above (the user takes the data loss). */
  readonly allowInstallTimeChanges: boolean;
}

/** Config key of each guarded choice, for messages. */
const GUARDED = {
  databaseType: "cmf.database.type",
  encryption: "cmf.sql.production",
} as const;

function isVersion(v: unknown): v is string {
  return typeof v === "string" && /^\d+\.\d+\.\d+$/.test(v);
}

function versionBefore(a: string, b: string): boolean {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] < pb[i];
  return false;
}

/** True when `olds` is a previous deployment's state (empty on first install). */
function isDeployed(olds: Partial<CmfInstallChoicesInputs> | undefined): boolean {
  return olds !== undefined && olds !== null && olds.databaseType !== undefined;
}

/**
 * Why the change from `olds` to `news` loses data, one entry per guarded
 * property; empty when nothing guarded changed or the override is set.
 */
export function installChoiceFailures(
  olds: Partial<CmfInstallChoicesInputs> | undefined,
  news: CmfInstallChoicesInputs,
): pulumi.dynamic.CheckFailure[] {
  if (!isDeployed(olds) || news.allowInstallTimeChanges === true) return [];
  const previous = olds as CmfInstallChoicesInputs;
  const override = "set flink-platform:cmf.allowInstallTimeChanges: true to accept this";
  const failures: pulumi.dynamic.CheckFailure[] = [];
  if (previous.databaseType !== news.databaseType) {
    failures.push({
      property: "databaseType",
      reason:
        `${GUARDED.databaseType} changed from ${JSON.stringify(previous.databaseType)} to ${JSON.stringify(news.databaseType)} ` +
        "on an installed CMF: the database type is fixed at install, and CMF does not migrate its data, " +
        `so its environments, applications and secrets would be lost. Migrate the data first, then ${override}.`,
    });
  }
  if (previous.encryption !== news.encryption) {
    failures.push({
      property: "encryption",
      reason:
        `${GUARDED.encryption} changed from ${String(previous.encryption)} to ${String(news.encryption)} ` +
        "on an installed CMF: the encryption mode is fixed when CMF creates its database, so CMF could no " +
        `longer read the secrets it stored (data loss). Recreate CMF's database deliberately, then ${override}.`,
    });
  }
  if (
    isVersion(previous.cmfVersion) &&
    isVersion(news.cmfVersion) &&
    versionBefore(news.cmfVersion, previous.cmfVersion)
  ) {
    failures.push({
      property: "cmfVersion",
      reason:
        `cmf.version ${news.cmfVersion} is older than the installed ${previous.cmfVersion}: CMF cannot be ` +
        `downgraded (its database is migrated forward on upgrade). Restore a backup of that version, then ${override}.`,
    });
  }
  return failures;
}

const FIELDS = ["databaseType", "encryption", "cmfVersion", "allowInstallTimeChanges"] as const;

function outsOf(inputs: CmfInstallChoicesInputs): CmfInstallChoicesInputs {
  return {
    databaseType: inputs.databaseType,
    encryption: inputs.encryption,
    cmfVersion: inputs.cmfVersion,
    allowInstallTimeChanges: inputs.allowInstallTimeChanges,
  };
}

/** Dynamic provider behind {@link CmfInstallChoices}; exported for tests. It touches nothing outside the state. */
export const cmfInstallChoicesProvider: pulumi.dynamic.ResourceProvider<
  CmfInstallChoicesInputs,
  CmfInstallChoicesInputs
> = {
  async check(olds, news) {
    return { inputs: news, failures: installChoiceFailures(olds, news) };
  },

  async diff(_id, olds, news) {
    const changed = FIELDS.filter((k) => olds[k] !== news[k]);
    return { changes: changed.length > 0, replaces: [], deleteBeforeReplace: false };
  },

  async create(inputs) {
    return { id: "cmf-install-choices", outs: outsOf(inputs) };
  },

  async read(id, props) {
    return { id, props };
  },

  async update(_id, _olds, news) {
    return { outs: outsOf(news) };
  },

  async delete() {
    // Nothing to delete: the choices live only in the stack's state.
  },
};

/** Arguments of {@link CmfInstallChoices}. */
export interface CmfInstallChoicesArgs {
  /** `cmf.database.type` (`local` or `jdbc`). */
  readonly databaseType: pulumi.Input<string>;
  /** `cmf.sql.production`. */
  readonly encryption: pulumi.Input<boolean>;
  /** CMF chart version. */
  readonly cmfVersion: pulumi.Input<string>;
  /**
   * Accept a change of the install-time choices.
   * @default false
   */
  readonly allowInstallTimeChanges?: pulumi.Input<boolean>;
}

/**
 * Records CMF's install-time choices in the stack state and refuses (in
 * `check`, so in preview too) a change of them on an existing stack unless
 * `allowInstallTimeChanges` is true. Make the CMF Helm release depend on it,
 * and protect it wherever the release is protected (FlinkPlatformCP does in
 * prod): it is state, and deleting it forgets the choices it guards, so the
 * next install would not be checked.
 */
export class CmfInstallChoices extends pulumi.dynamic.Resource {
  declare readonly databaseType: pulumi.Output<string>;
  declare readonly encryption: pulumi.Output<boolean>;
  declare readonly cmfVersion: pulumi.Output<string>;
  declare readonly allowInstallTimeChanges: pulumi.Output<boolean>;

  constructor(name: string, args: CmfInstallChoicesArgs, opts?: pulumi.CustomResourceOptions) {
    super(
      cmfInstallChoicesProvider,
      name,
      {
        databaseType: args.databaseType,
        encryption: args.encryption,
        cmfVersion: args.cmfVersion,
        allowInstallTimeChanges: args.allowInstallTimeChanges ?? false,
      },
      opts,
      "cmf",
      "CmfInstallChoices",
    );
  }
}
