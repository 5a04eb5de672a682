import type * as pulumi from "@pulumi/pulumi";
import type { ApplicationPlan } from "../core/plan";
import type { CmfConnectionArgs } from "./cmf/connection-args";
import { CmfSavepoint } from "./cmf/savepoint";

/**
 * The declared savepoints of a CP application as CMF savepoints, named
 * `<application resource>-savepoint-<name>`, after the application. One that
 * `alreadyExists` is registered as a detached savepoint of its path (there
 * is nothing to take); the rest are taken from the running application.
 * Removing an entry keeps the savepoint (see ./cmf/savepoint).
 */
export function registerApplicationSavepoints(
  parent: pulumi.Resource,
  resourceName: string,
  app: ApplicationPlan,
  application: pulumi.Resource & { readonly environment: pulumi.Output<string> },
  connection: CmfConnectionArgs,
): CmfSavepoint[] {
  return (app.savepoints ?? []).map(
    (sp) =>
      new CmfSavepoint(
        `${resourceName}-savepoint-${sp.name}`,
        {
          connection,
          environment: application.environment,
          ...(sp.alreadyExists ? {} : { application: app.name }),
          name: sp.name,
          path: sp.path,
          formatType: sp.formatType,
          backoffLimit: sp.backoffLimit,
          disposeOnDelete: sp.disposeOnDelete,
        },
        { parent, dependsOn: [application] },
      ),
  );
}
