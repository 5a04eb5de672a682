/**
 * A throwaway PKI for the TLS tests, built with node:crypto only so the tests
 * need neither openssl nor committed key material. Minimal DER encoding of
 * X.509 v3 certificates signed with ECDSA P-256.
 */
import * as crypto from "node:crypto";

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function der(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

const seq = (...parts: Buffer[]) => der(0x30, ...parts);

function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * a + b];
  for (const n of rest) {
    const enc: number[] = [];
    for (let v = n; ; v = Math.floor(v / 128)) {
      enc.unshift(v % 128);
      if (v < 128) break;
    }
    bytes.push(...enc.map((x, i) => (i < enc.length - 1 ? x | 0x80 : x)));
  }
  return der(0x06, Buffer.from(bytes));
}

function name(cn: string): Buffer {
  return seq(der(0x31, seq(oid("2.5.4.3"), der(0x0c, Buffer.from(cn, "utf8")))));
}

function utcTime(date: Date): Buffer {
  const s = date.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z";
  return der(0x17, Buffer.from(s, "ascii"));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return seq(oid(id), ...(critical ? [der(0x01, Buffer.from([0xff]))] : []), der(0x04, value));
}

function toPem(label: string, data: Buffer): string {
  const lines = data.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

interface Issued {
  certPem: string;
  keyPem: string;
  key: crypto.KeyObject;
  subject: string;
  keyId: Buffer;
}

function issue(
  subject: string,
  issuer: Issued | undefined,
  kind: "ca" | "server" | "client",
  serial: number,
): Issued {
  const { publicKey, privateKey } = crypto.generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const spki = publicKey.export({ type: "spki", format: "der" });
  // Key identifiers (RFC 7093 allows any hash of the key) keep strict verifiers happy.
  const keyId = crypto.createHash("sha1").update(spki).digest();
  const signer = issuer ?? { subject, key: privateKey, keyId };
  const ecdsaWithSha256 = seq(oid("1.2.840.10045.4.3.2"));
  const exts: Buffer[] = [
    extension("2.5.29.14", false, der(0x04, keyId)),
    extension("2.5.29.35", false, seq(der(0x80, signer.keyId))),
  ];
  if (kind === "ca") {
    exts.push(extension("2.5.29.19", true, seq(der(0x01, Buffer.from([0xff])))));
    exts.push(extension("2.5.29.15", true, der(0x03, Buffer.from([0x01, 0x06])))); // keyCertSign, cRLSign
  } else {
    exts.push(extension("2.5.29.19", true, seq()));
    exts.push(extension("2.5.29.15", true, der(0x03, Buffer.from([0x07, 0x80])))); // digitalSignature
    const eku = kind === "server" ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2";
    exts.push(extension("2.5.29.37", false, seq(oid(eku))));
    if (kind === "server") {
      const san = seq(der(0x87, Buffer.from([127, 0, 0, 1])), der(0x82, Buffer.from("localhost", "ascii")));
      exts.push(extension("2.5.29.17", false, san));
    }
  }
  const now = Date.now();
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))),
    der(0x02, Buffer.from([serial])),
    ecdsaWithSha256,
    name(signer.subject),
    seq(utcTime(new Date(now - 3_600_000)), utcTime(new Date(now + 86_400_000))),
    name(subject),
    spki,
    der(0xa3, seq(...exts)),
  );
  const signature = crypto.sign("sha256", tbs, signer.key);
  const cert = seq(tbs, ecdsaWithSha256, der(0x03, Buffer.from([0]), signature));
  return {
    certPem: toPem("CERTIFICATE", cert),
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    key: privateKey,
    subject,
    keyId,
  };
}

/** A CA plus a server certificate for 127.0.0.1/localhost and a client certificate. */
export interface TestPki {
  caPem: string;
  serverCertPem: string;
  serverKeyPem: string;
  clientCertPem: string;
  clientKeyPem: string;
  /** A second, untrusted CA's client certificate. */
  strangerCertPem: string;
  strangerKeyPem: string;
}

export function createTestPki(): TestPki {
  const ca = issue("fake-cmf-test-ca", undefined, "ca", 1);
  const server = issue("127.0.0.1", ca, "server", 2);
  const client = issue("flink-platform-client", ca, "client", 3);
  const otherCa = issue("untrusted-ca", undefined, "ca", 4);
  const stranger = issue("stranger", otherCa, "client", 5);
  return {
    caPem: ca.certPem,
    serverCertPem: server.certPem,
    serverKeyPem: server.keyPem,
    clientCertPem: client.certPem,
    clientKeyPem: client.keyPem,
    strangerCertPem: stranger.certPem,
    strangerKeyPem: stranger.keyPem,
  };
}
