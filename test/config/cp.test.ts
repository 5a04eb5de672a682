import * as fs from "node:fs";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/cli";
import { scratchProject } from "../support/project";
import { problemsOf, stack } from "../support/config";
import {
  confluentOperatorCrdRelease,
  confluentOperatorLines,
  knownOperatorVersions,
} from "../../lib/core/schema";
import { parseStackConfig } from "../../lib/stack-config";
import { operatorChartSource } from "../../lib/core/versions";
import { sqlImageFlinkVersion } from "../../lib/cp/defaults";
import { tempDir } from "../support/temp-dirs";

const cp = { target: "cp", environment: { name: "staging" } };

describe("CP stack config", () => {
  it("GIVEN only a cp target and a name THEN the Confluent operator default applies and cmf stays optional", () => {
    const cfg = parseStackConfig(stack(cp));
    expect(cfg.target).toBe("cp");
    expect(cfg.operator).toEqual({ version: "1.150.3", replicas: 1 });
    expect(cfg.cmf).toBeUndefined();
    // OSS keeps its Apache default.
    expect(parseStackConfig(stack({ environment: { name: "dev" } })).operator.version).toBe("1.15.0");
  });

  it("fills the cmf section's defaults", () => {
    expect(parseStackConfig(stack({ ...cp, cmf: {} })).cmf).toEqual({
      version: "2.4.2",
      sql: { production: false, examplesCatalog: false },
      database: { type: "local" },
      authentication: { type: "none" },
      exposure: { type: "none", allowedNamespaces: [], allowedCidrs: [] },
      serviceAccount: { create: true },
      environmentPerNamespace: false,
      sqlImage: "confluentinc/cp-flink-sql:1.19-cp10",
      allowInstallTimeChanges: false,
      secrets: [],
      secretMappings: [],
      catalogs: [],
      statements: [],
    });
  });

  it("checks operator.version against the target's releases", () => {
    expect(problemsOf({ ...cp, operator: { version: "1.15.0" } })).toEqual([
      {
        path: "flink-platform:operator.version",
        got: "1.15.0",
        allowed:
          "a Confluent operator chart version of a known line: 1.150.x, 1.140.x, 1.130.x (e.g. 1.150.3)",
      },
    ]);
    expect(problemsOf({ environment: { name: "dev" }, operator: { version: "1.150.3" } })).toEqual([
      { path: "flink-platform:operator.version", got: "1.150.3", allowed: "one of 1.15.0, 1.14.0, 1.13.0" },
    ]);
    expect(parseStackConfig(stack({ ...cp, operator: { version: "1.130.7" } })).operator.version).toBe(
      "1.130.7",
    );
  });

  it("maps every Confluent line to a known Apache CRD release in one table", () => {
    for (const apache of Object.values(confluentOperatorLines)) {
      expect(knownOperatorVersions as readonly string[]).toContain(apache);
    }
    expect(confluentOperatorCrdRelease("1.150.3")).toBe("1.15.0");
    expect(confluentOperatorCrdRelease("1.120.0")).toBeUndefined();
    expect(confluentOperatorCrdRelease("1.15.0")).toBeUndefined();
    expect(operatorChartSource("confluent", "1.140.1")).toEqual({
      releaseName: "cp-flink-kubernetes-operator",
      chart: "flink-kubernetes-operator",
      repository: "https://packages.confluent.io/helm",
      crdRelease: "1.14.0",
    });
    expect(operatorChartSource("apache", "1.14.0").releaseName).toBe("flink-kubernetes-operator");
  });

  it("reads the SQL pools' Flink version from the cp-flink-sql tag", () => {
    expect(sqlImageFlinkVersion("confluentinc/cp-flink-sql:1.19-cp10")).toBe("v1_19");
    expect(sqlImageFlinkVersion("registry:5000/confluentinc/cp-flink-sql:2.3-cmf2.5-cp1")).toBe("v2_3");
  });

  it("rejects a SQL image of a Flink version CMF pools cannot declare", () => {
    expect(problemsOf({ ...cp, cmf: { sqlImage: "confluentinc/cp-flink-sql:9.9-cp1" } })).toEqual([
      {
        path: "flink-platform:cmf.sqlImage",
        got: "confluentinc/cp-flink-sql:9.9-cp1",
        allowed:
          "a cp-flink-sql image of a supported Flink version (1.16, 1.17, 1.18, 1.19, 1.20, 2.0, 2.1, 2.2), such as confluentinc/cp-flink-sql:1.19-cp10",
      },
    ]);
  });

  it("rejects CP keys in an OSS stack, naming each", () => {
    expect(
      problemsOf({ environment: { name: "dev" }, cmf: {}, cmfToken: "x" }).map((p) => [p.path, p.allowed]),
    ).toEqual([
      ["flink-platform:cmf", expect.stringMatching(/^not set for target oss/)],
      ["flink-platform:cmfToken", expect.stringMatching(/^not set for target oss/)],
    ]);
  });

  it("requires the CMF client secrets the authentication type needs", () => {
    const oauth = {
      ...cp,
      cmf: {
        authentication: {
          type: "oauth",
          config: {
            "oauthbearer.jwks.endpoint.url": "https://idp/certs",
            "oauthbearer.expected.issuer": "i",
          },
        },
      },
    };
    expect(problemsOf(oauth)).toEqual([
      {
        path: "flink-platform:cmfToken",
        got: undefined,
        allowed: "required when cmf.authentication.type is oauth (sent as a bearer token)",
      },
    ]);
    expect(parseStackConfig(stack({ ...oauth, cmfToken: "[secret]" })).cmfToken).toBe("[secret]");
  });

  it("lists every CMF problem at once", () => {
    expect(
      problemsOf({
        ...cp,
        cmf: {
          version: "3.0.0",
          endpoint: "ftp://cmf",
          sql: { production: false, encryptionKeySecret: { name: "k", key: "key" } },
          database: {
            type: "local",
            jdbc: { url: "jdbc:postgresql://db/cmf", user: "u", passwordSecret: { name: "p", key: "k" } },
          },
          exposure: { type: "none", allowedCidrs: ["10.0.0.0/33"] },
          sqlImage: "confluentinc/cp-flink-sql:latest",
        },
      }).map((p) => p.path),
    ).toEqual([
      "flink-platform:cmf.version",
      "flink-platform:cmf.endpoint",
      "flink-platform:cmf.exposure.allowedCidrs[0]",
      "flink-platform:cmf.sqlImage",
      "flink-platform:cmf.sql.encryptionKeySecret",
      "flink-platform:cmf.database.jdbc",
      "flink-platform:cmf.exposure.allowedCidrs",
    ]);
  });

  it("names the prod CMF rules", () => {
    expect(
      problemsOf({
        target: "cp",
        environment: { name: "prod" },
        storage: { checkpoints: "s3://b/c", savepoints: "s3://b/s", haStorageDir: "s3://b/h" },
        cmf: { sql: { production: true } },
      }).map((p) => p.path),
    ).toEqual(["flink-platform:cmf.sql.encryptionKeySecret", "flink-platform:cmf.license"]);
  });
});

describe("check on a CP stack", () => {
  const jar = "local:///opt/flink/usrlib/orders.jar";
  const stackText = (applications: unknown[]) =>
    stringify({
      config: {
        "flink-platform:target": "cp",
        "flink-platform:environment": { name: "staging" },
        "flink-platform:pools": [{ name: "sql" }],
        "flink-platform:applications": applications,
      },
    });

  it("refuses an application on a pool, as synth does: CMF pools run SQL, not JARs", async () => {
    const dir = tempDir("flink-platform-cp-check-");
    try {
      scratchProject(dir, {
        ok: stackText([{ name: "orders", jarURI: jar, parallelism: 2 }]),
        pooled: stackText([{ name: "orders", jarURI: jar, parallelism: 1, pool: "sql" }]),
      });
      expect(await runCli(["check", "ok"], dir)).toEqual({ code: 0, stdout: "ok: ok\n", stderr: "" });
      expect(await runCli(["check", "pooled"], dir)).toEqual({
        code: 1,
        stdout: "",
        stderr: [
          "Invalid flink-platform stack configuration (1 problem):",
          "  - flink-platform:applications[0].pool",
          '      got:     "sql"',
          "      allowed: not set on the cp target (CMF pools run SQL statements; applications run in their own cluster)",
          "",
        ].join("\n"),
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
