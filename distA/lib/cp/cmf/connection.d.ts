/** Where CMF is and how the client authenticates: plain data, so it can live in Pulumi state. */
/** How the client authenticates to CMF. */
export type CmfAuthType = "none" | "bearer" | "mtls";
/** Authentication material. Only the fields of the chosen `type` are used. */
export interface CmfAuth {
    /** `none`, `bearer` (OAuth access token) or `mtls` (client certificate). */
    readonly type: CmfAuthType;
    /** Access token sent as `Authorization: Bearer <token>`; required for `bearer`. */
    readonly token?: string;
    /** PEM client certificate (chain); required for `mtls`. */
    readonly clientCertPem?: string;
    /** PEM private key of the client certificate; required for `mtls`. */
    readonly clientKeyPem?: string;
    /** PEM CA bundle that signed CMF's server certificate; any https endpoint. @default Node's CA store */
    readonly caPem?: string;
}
/** Where CMF is and how to talk to it. Plain data so it can live in Pulumi state. */
export interface CmfConnection {
    /**
     * Base URL, e.g. `https://cmf.example.com` or `http://localhost:8080` (a port-forward).
     * A path prefix (reverse proxy) is kept: `https://host/cmf-prod` calls `https://host/cmf-prod/cmf/api/v1/...`.
     */
    readonly endpoint: string;
    /** @default { type: "none" } */
    readonly auth?: CmfAuth;
    /** Per-attempt limit for a whole request (connect, send, full response). @default 30000 */
    readonly timeoutMs?: number;
    /** Extra attempts after the first one for connection failures and 5xx answers. @default 4 */
    readonly retries?: number;
    /** First retry delay; doubles per attempt. @default 500 */
    readonly retryDelayMs?: number;
    /** Upper bound of a single retry delay. @default 8000 */
    readonly maxRetryDelayMs?: number;
}
