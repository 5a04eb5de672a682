import type * as pulumi from "@pulumi/pulumi";
import type { DeclaredSavepoint } from "../core/rollback-schema";
import type { CmfConnectionArgs } from "./cmf/connection-args";
import { CmfSavepoint } from "./cmf/savepoint";

/**
 * Declared savepoints (of a CP application or statement) as CMF savepoints,
 * named `<owner resource>-savepoint-<name>`, after their owner. One that
 * `alreadyExists` is registered as a detached savepoint of its path (there
 * is nothing to take); the rest are taken from the running owner. Removing
 * an entry keeps the savepoint (see ./cmf/savepoint).
 */
export function registerSavepoints(
  parent: pulumi.Resource,
  resourceName: string,
  owner: { readonly application: string } | { readonly statement: pulumi.Input<string> },
  savepoints: readonly DeclaredSavepoint[] | undefined,
  ownerResource: pulumi.Resource & { readonly environment: pulumi.Output<string> },
  connection: CmfConnectionArgs,
): CmfSavepoint[] {
  return (savepoints ?? []).map(
    (sp) =>
      new CmfSavepoint(
        `${resourceName}-savepoint-${sp.name}`,
        {
          connection,
          environment: ownerResource.environment,
          ...(sp.alreadyExists ? {} : owner),
          name: sp.name,
          path: sp.path,
          formatType: sp.formatType,
          backoffLimit: sp.backoffLimit,
          disposeOnDelete: sp.disposeOnDelete,
        },
        { parent, dependsOn: [ownerResource] },
      ),
  );
}
