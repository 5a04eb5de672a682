/**
 * How a CMF resource is told where CMF is and how to authenticate (the args),
 * and those args as the SDK gets them: every credential a Pulumi secret, so a
 * token or key never reaches a state or plan in plain text.
 */
import * as pulumi from "@pulumi/pulumi";
import type { CmfAuthType } from "./connection";

/** Authentication inputs; `token`, `clientCertPem` and `clientKeyPem` are always stored as secrets. */
export interface CmfAuthArgs {
  /** `none`, `bearer` (OAuth access token) or `mtls` (client certificate). */
  readonly type: pulumi.Input<CmfAuthType>;
  /** OAuth access token for `bearer`; wrapped with `pulumi.secret`. @default none */
  readonly token?: pulumi.Input<string>;
  /** PEM client certificate for `mtls`; wrapped with `pulumi.secret`. @default none */
  readonly clientCertPem?: pulumi.Input<string>;
  /** PEM client key for `mtls`; wrapped with `pulumi.secret`. @default none */
  readonly clientKeyPem?: pulumi.Input<string>;
  /** PEM CA bundle that signed CMF's server certificate. @default Node's CA store */
  readonly caPem?: pulumi.Input<string>;
}

/**
 * Where CMF is and how to reach it. It is stored with each resource because
 * Pulumi needs it to refresh and delete, possibly from a later program.
 */
export interface CmfConnectionArgs {
  /** CMF base URL, e.g. `https://cmf.example.com` or `http://localhost:8080` (port-forward). */
  readonly endpoint: pulumi.Input<string>;
  /** How the client authenticates. @default { type: "none" } */
  readonly auth?: CmfAuthArgs;
  /** Per-attempt request timeout in ms. @default 30000 */
  readonly timeoutMs?: pulumi.Input<number>;
  /** Retries for connection failures and 5xx answers. @default 4 */
  readonly retries?: pulumi.Input<number>;
  /** First retry delay in ms, doubled per retry. @default 500 */
  readonly retryDelayMs?: pulumi.Input<number>;
  /** Cap of one retry delay in ms. @default 8000 */
  readonly maxRetryDelayMs?: pulumi.Input<number>;
}

/** `value` as a Pulumi secret (`undefined` stays undefined). */
export function secretOrUndefined<T>(
  value: pulumi.Input<T> | undefined,
): pulumi.Output<pulumi.Unwrap<T>> | undefined {
  return value === undefined ? undefined : pulumi.secret(value);
}

/**
 * Secret connection inputs already built, per connection args object: a
 * platform hands one connection to every CMF resource, and sharing its secret
 * outputs spares the SDK a set of new outputs (and their promises) per resource.
 */
const secretConnections = new WeakMap<CmfConnectionArgs, pulumi.Inputs>();

/** Connection inputs with every credential wrapped in `pulumi.secret` (built once per connection object). */
export function secretConnectionInputs(connection: CmfConnectionArgs): pulumi.Inputs {
  let inputs = secretConnections.get(connection);
  if (inputs === undefined) {
    inputs = buildSecretConnectionInputs(connection);
    secretConnections.set(connection, inputs);
  }
  return inputs;
}

function buildSecretConnectionInputs(connection: CmfConnectionArgs): pulumi.Inputs {
  const auth = connection.auth;
  return {
    endpoint: connection.endpoint,
    auth:
      auth === undefined
        ? undefined
        : {
            type: auth.type,
            token: secretOrUndefined(auth.token),
            clientCertPem: secretOrUndefined(auth.clientCertPem),
            clientKeyPem: secretOrUndefined(auth.clientKeyPem),
            caPem: auth.caPem,
          },
    timeoutMs: connection.timeoutMs,
    retries: connection.retries,
    retryDelayMs: connection.retryDelayMs,
    maxRetryDelayMs: connection.maxRetryDelayMs,
  };
}
