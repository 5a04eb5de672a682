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
/**
 * Why the change from `olds` to `news` loses data, one entry per guarded
 * property; empty when nothing guarded changed or the override is set.
 */
export declare function installChoiceFailures(olds: Partial<CmfInstallChoicesInputs> | undefined, news: CmfInstallChoicesInputs): pulumi.dynamic.CheckFailure[];
/** Dynamic provider behind {@link CmfInstallChoices}; exported for tests. It touches nothing outside the state. */
export declare const cmfInstallChoicesProvider: pulumi.dynamic.ResourceProvider<CmfInstallChoicesInputs, CmfInstallChoicesInputs>;
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
export declare class CmfInstallChoices extends pulumi.dynamic.Resource {
    readonly databaseType: pulumi.Output<string>;
    readonly encryption: pulumi.Output<boolean>;
    readonly cmfVersion: pulumi.Output<string>;
    readonly allowInstallTimeChanges: pulumi.Output<boolean>;
    constructor(name: string, args: CmfInstallChoicesArgs, opts?: pulumi.CustomResourceOptions);
}
