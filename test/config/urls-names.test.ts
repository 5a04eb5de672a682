import { describe, expect, it } from "vitest";
import { parseStackConfig } from "../../lib/stack-config";
import { problemsOf, stack } from "../support/config";

const dev = { environment: { name: "dev" } };
const cp = { target: "cp", environment: { name: "staging" } };
const helmRepo =
  "an http(s) URL of a Helm repository without credentials, such as https://charts.example.com";
const jarURI = "local:///opt/flink/usrlib/job.jar";
const oauthConfig = {
  "oauthbearer.jwks.endpoint.url": "https://idp.example.com/certs",
  "oauthbearer.expected.issuer": "https://idp.example.com",
};
const oauth = {
  ...cp,
  cmfToken: "[secret]",
  cmf: { authentication: { type: "oauth", config: oauthConfig } },
};
/** The OAuth stack with some authentication config keys set to other values. */
const oauthWith = (config: Record<string, string>) => ({
  ...oauth,
  cmf: { authentication: { type: "oauth", config: { ...oauthConfig, ...config } } },
});

describe("URL keys", () => {
  it.each([
    "file:///etc/passwd",
    "javascript:alert(1)",
    "ftp://charts.example.com",
    "https://me:pw@charts.example.com",
  ])("GIVEN operator.chartRepository %s THEN it is refused", (url) => {
    expect(
      problemsOf({ ...dev, operator: { chartRepository: url } }).map((p) => [p.path, p.allowed]),
    ).toEqual([["flink-platform:operator.chartRepository", helmRepo]]);
  });

  it("GIVEN cmf.chartRepository file:/// or javascript: THEN it is refused", () => {
    for (const url of ["file:///tmp/charts", "javascript:alert(1)"]) {
      expect(problemsOf({ ...cp, cmf: { chartRepository: url } })).toEqual([
        { path: "flink-platform:cmf.chartRepository", got: url, allowed: helmRepo },
      ]);
    }
  });

  it("accepts http and https chart repositories", () => {
    const cfg = parseStackConfig(
      stack({
        ...cp,
        operator: { chartRepository: "http://mirror.internal:8080/helm" },
        cmf: { chartRepository: "https://charts.example.com/cp" },
      }),
    );
    expect([cfg.operator.chartRepository, cfg.cmf?.chartRepository]).toEqual([
      "http://mirror.internal:8080/helm",
      "https://charts.example.com/cp",
    ]);
  });

  it("GIVEN an S3 endpoint that is not http(s) THEN it is refused", () => {
    expect(problemsOf({ ...dev, storage: { s3: { endpoint: "file:///data" } } })).toEqual([
      {
        path: "flink-platform:storage.s3.endpoint",
        got: "file:///data",
        allowed: "an http(s) URL without credentials, such as https://s3.example.com",
      },
    ]);
  });

  it("GIVEN the OAuth JWKS endpoint over http THEN it is refused", () => {
    expect(
      problemsOf(oauthWith({ "oauthbearer.jwks.endpoint.url": "http://idp.example.com/certs" })),
    ).toEqual([
      {
        path: "flink-platform:cmf.authentication.config.oauthbearer.jwks.endpoint.url",
        got: "http://idp.example.com/certs",
        allowed: "an https:// URL: CMF validates every token with what it fetches from it",
      },
    ]);
  });

  it("GIVEN an http issuer URL THEN it is refused; an issuer that is not a URL is left alone", () => {
    expect(
      problemsOf(oauthWith({ "oauthbearer.expected.issuer": "http://idp.example.com" })).map((p) => p.path),
    ).toEqual(["flink-platform:cmf.authentication.config.oauthbearer.expected.issuer"]);
    const cfg = parseStackConfig(stack(oauthWith({ "oauthbearer.expected.issuer": "my-idp" })));
    expect(cfg.cmf?.authentication.config?.["oauthbearer.expected.issuer"]).toBe("my-idp");
  });

  it("GIVEN oauth and an http cmf.endpoint to a remote host THEN it is refused; loopback is allowed", () => {
    expect(problemsOf({ ...oauth, cmf: { ...oauth.cmf, endpoint: "http://cmf.example.com" } })).toEqual([
      {
        path: "flink-platform:cmf.endpoint",
        got: "http://cmf.example.com",
        allowed:
          "an https:// URL when cmf.authentication.type is oauth (the bearer token goes with every request), or http:// to a loopback host (localhost, 127.0.0.1, [::1]) such as a port-forward",
      },
    ]);
    for (const endpoint of [
      "http://localhost:8080",
      "http://127.0.0.1:8080",
      "http://[::1]:8080",
      "https://cmf.example.com",
    ]) {
      expect(parseStackConfig(stack({ ...oauth, cmf: { ...oauth.cmf, endpoint } })).cmf?.endpoint).toBe(
        endpoint,
      );
    }
  });

  it("GIVEN a JDBC URL with a password in it THEN it is refused without showing it", () => {
    const problems = problemsOf({
      ...cp,
      cmf: {
        database: {
          type: "jdbc",
          jdbc: {
            url: "jdbc:postgresql://db.example.com:5432/cmf?user=cmf&password=hunter2",
            user: "cmf",
            passwordSecret: { name: "cmf-db", key: "password" },
          },
        },
      },
    });
    expect(problems.map((p) => [p.path, p.allowed])).toEqual([
      [
        "flink-platform:cmf.database.jdbc.url",
        "a JDBC URL without a password (the password comes from cmf.database.jdbc.passwordSecret), such as jdbc:postgresql://db.example.com:5432/cmf",
      ],
    ]);
    expect(JSON.stringify(problems.map((p) => String(p.got)))).not.toContain("hunter2");
  });
});

describe("names that become Kubernetes names", () => {
  const name63 = `p${"o".repeat(61)}l`;
  const name45 = `p${"o".repeat(43)}l`;
  const name46 = `p${"o".repeat(44)}l`;
  const poolMessage =
    "a name of at most 45 characters starting with a letter: the pool's session cluster is a FlinkDeployment of this name, from which the operator derives the Service <name>-rest (Flink's cluster-id limit is 45 characters)";
  const appMessage =
    "a name of at most 45 characters starting with a letter: an application without a pool is a FlinkDeployment of this name, from which the operator derives the Service <name>-rest (Flink's cluster-id limit is 45 characters)";

  it("GIVEN a 63-character pool name THEN it is refused naming the derived <name>-rest Service", () => {
    expect(problemsOf({ ...dev, pools: [{ name: name63 }] })).toEqual([
      { path: "flink-platform:pools[0].name", got: name63, allowed: poolMessage },
    ]);
  });

  it("GIVEN pool names at and over 45 characters or starting with a digit THEN the limit holds exactly", () => {
    expect(parseStackConfig(stack({ ...dev, pools: [{ name: name45 }] })).pools[0].name).toBe(name45);
    expect(problemsOf({ ...dev, pools: [{ name: name46 }, { name: "1st" }] }).map((p) => p.path)).toEqual([
      "flink-platform:pools[0].name",
      "flink-platform:pools[1].name",
    ]);
  });

  it("GIVEN a 64-character pool name THEN only the DNS label rule speaks", () => {
    expect(problemsOf({ ...dev, pools: [{ name: `${name63}x` }] }).map((p) => p.allowed)).toEqual([
      "a DNS-1123 label of at most 63 characters",
    ]);
  });

  it("GIVEN an application without a pool named over 45 characters THEN it is refused naming the derived name", () => {
    expect(problemsOf({ ...dev, applications: [{ name: name46, jarURI, parallelism: 1 }] })).toEqual([
      { path: "flink-platform:applications[0].name", got: name46, allowed: appMessage },
    ]);
    // CMF runs each application as a FlinkDeployment of its name too.
    expect(problemsOf({ ...cp, applications: [{ name: name46, jarURI, parallelism: 1 }] })).toEqual([
      { path: "flink-platform:applications[0].name", got: name46, allowed: appMessage },
    ]);
  });

  it("GIVEN a session job (application on a pool) with a long name THEN the 63-character label limit is enough", () => {
    const cfg = parseStackConfig(
      stack({
        ...dev,
        pools: [{ name: "default" }],
        applications: [{ name: name63, pool: "default", jarURI, parallelism: 1 }],
      }),
    );
    expect(cfg.applications[0].name).toBe(name63);
  });
});
