"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudResourceFakes = exports.cloudInvokeFakes = exports.fakeOrganizationCrn = exports.fakeOrganizationId = void 0;
exports.fakeId = fakeId;
exports.fakeCloudInvoke = fakeCloudInvoke;
exports.fakeCloudResource = fakeCloudResource;
const node_crypto_1 = require("node:crypto");
/** Pulumi's wire marker for secret values, as mocks receive them. */
const secretSigKey = "4dabf18193072939515e22adb298388d";
const secretSig = "1b47061264138c4ac30d75fd1eb44270";
/** Reads through a wire-level secret wrapper (mocks see secrets wrapped). */
function plain(value) {
    if (value !== null && typeof value === "object" && value[secretSigKey] === secretSig) {
        return value.value;
    }
    return value;
}
function field(inputs, ...path) {
    let cur = inputs;
    for (const key of path) {
        cur = plain(cur);
        if (cur === null || typeof cur !== "object")
            return undefined;
        cur = cur[key];
    }
    return plain(cur);
}
function str(inputs, ...path) {
    const v = field(inputs, ...path);
    return typeof v === "string" && v !== "" ? v : undefined;
}
function digest(seed) {
    return (0, node_crypto_1.createHash)("sha256").update(seed, "utf8").digest("hex");
}
const base36 = "0123456789abcdefghijklmnopqrstuvwxyz";
/** A short lowercase id body (like Confluent's `abc123`), stable for a seed. */
function idBody(seed, length = 6) {
    const hex = digest(seed);
    let out = "";
    for (let i = 0; i < length; i++)
        out += base36[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 36];
    return out;
}
/** `<prefix>-<6 chars>` stable for the seed, e.g. `env-k3f9x2`. */
function fakeId(prefix, seed) {
    return `${prefix}-${idBody(`${prefix}/${seed}`)}`;
}
function uuidFrom(seed) {
    const h = digest(seed);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
/** The organization every fake belongs to. */
exports.fakeOrganizationId = uuidFrom("flink-platform/fake-organization");
exports.fakeOrganizationCrn = `crn://confluent.cloud/organization=${exports.fakeOrganizationId}`;
/** Cloud and region assumed where an input does not say (Kafka lookups). */
const defaultCloud = "AWS";
const defaultRegion = "us-east-1";
function environmentCrn(envId) {
    return `${exports.fakeOrganizationCrn}/environment=${envId}`;
}
function kafkaHost(clusterId, cloud, region) {
    return `pkc-${idBody(`pkc/${clusterId}`, 5)}.${region}.${cloud.toLowerCase()}.confluent.cloud`;
}
function kafkaClusterOutputs(id, envId, cloud, region) {
    const host = kafkaHost(id, cloud, region);
    return {
        id,
        apiVersion: "cmk/v2",
        kind: "Cluster",
        cloud,
        region,
        availability: "SINGLE_ZONE",
        environment: { id: envId },
        rbacCrn: `${environmentCrn(envId)}/cloud-cluster=${id}`,
        bootstrapEndpoint: `SASL_SSL://${host}:9092`,
        restEndpoint: `https://${host}:443`,
    };
}
function flinkRegionId(cloud, region) {
    return `${cloud.toLowerCase()}.${region}`;
}
/** Fake invoke results keyed by invoke token. */
exports.cloudInvokeFakes = {
    "confluentcloud:index/getFlinkRegion:getFlinkRegion": (inputs) => {
        const cloud = (str(inputs, "cloud") ?? defaultCloud).toUpperCase();
        const region = str(inputs, "region") ?? defaultRegion;
        const c = cloud.toLowerCase();
        return {
            id: flinkRegionId(cloud, region),
            cloud,
            region,
            apiVersion: "fcpm/v2",
            kind: "Region",
            restEndpoint: `https://flink.${region}.${c}.confluent.cloud`,
            privateRestEndpoint: `https://flink.${region}.${c}.private.confluent.cloud`,
        };
    },
    "confluentcloud:index/getOrganization:getOrganization": () => ({
        id: exports.fakeOrganizationId,
        resourceName: exports.fakeOrganizationCrn,
    }),
    "confluentcloud:index/getEnvironment:getEnvironment": (inputs) => {
        const displayName = str(inputs, "displayName");
        const id = str(inputs, "id") ?? fakeId("env", displayName ?? "environment");
        return {
            id,
            displayName: displayName ?? `fake-${id}`,
            resourceName: environmentCrn(id),
            streamGovernance: { package: "ESSENTIALS" },
        };
    },
    "confluentcloud:index/getKafkaCluster:getKafkaCluster": (inputs) => {
        const displayName = str(inputs, "displayName");
        const id = str(inputs, "id") ?? fakeId("lkc", displayName ?? "cluster");
        const envId = str(inputs, "environment", "id") ?? fakeId("env", "environment");
        return {
            ...kafkaClusterOutputs(id, envId, defaultCloud, defaultRegion),
            displayName: displayName ?? `fake-${id}`,
            basics: [{}],
            standards: [],
            enterprises: [],
            freights: [],
            byokKeys: [],
            networks: [],
            endpoints: [],
            deletionProtection: false,
        };
    },
    "confluentcloud:index/getSchemaRegistryCluster:getSchemaRegistryCluster": (inputs) => {
        const envId = str(inputs, "environment", "id") ?? fakeId("env", "environment");
        const id = str(inputs, "id") ?? fakeId("lsrc", envId);
        const host = `psrc-${idBody(`psrc/${id}`, 5)}.${defaultRegion}.${defaultCloud.toLowerCase()}.confluent.cloud`;
        return {
            id,
            apiVersion: "srcm/v3",
            kind: "Cluster",
            displayName: str(inputs, "displayName") ?? "Stream Governance Package",
            package: "ESSENTIALS",
            cloud: defaultCloud,
            region: defaultRegion,
            environment: { id: envId },
            resourceName: `${environmentCrn(envId)}/schema-registry=${id}`,
            restEndpoint: `https://${host}`,
            catalogEndpoint: `https://${host}`,
            privateRestEndpoint: "",
            privateRegionalRestEndpoints: {},
        };
    },
};
/** An API key id as Confluent issues them: 16 uppercase letters and digits. */
function apiKeyId(seed) {
    return idBody(`apikey/${seed}`, 16).toUpperCase();
}
/** A 64-character fake API secret; plainly marked so it is never mistaken for a real one. */
function apiKeySecret(seed) {
    return `fake${digest(`apisecret/${seed}`)}`.slice(0, 64);
}
/**
 * Fake computed outputs keyed by resource type. The result is merged over the
 * inputs to form the resource's state; its `id`, when present, is the id.
 */
exports.cloudResourceFakes = {
    "pulumi:providers:confluentcloud": (name) => ({ id: `provider-${idBody(`provider/${name}`)}` }),
    "confluentcloud:index/environment:Environment": (name, inputs) => {
        const id = fakeId("env", name);
        return {
            id,
            displayName: str(inputs, "displayName") ?? name,
            resourceName: environmentCrn(id),
            streamGovernance: field(inputs, "streamGovernance") ?? { package: "ESSENTIALS" },
        };
    },
    "confluentcloud:index/serviceAccount:ServiceAccount": (name, inputs) => ({
        id: fakeId("sa", name),
        apiVersion: "iam/v2",
        kind: "ServiceAccount",
        displayName: str(inputs, "displayName") ?? name,
        description: str(inputs, "description") ?? "",
    }),
    "confluentcloud:index/roleBinding:RoleBinding": (name) => ({ id: fakeId("rb", name) }),
    "confluentcloud:index/apiKey:ApiKey": (name, inputs) => ({
        id: apiKeyId(name),
        secret: apiKeySecret(name),
        displayName: str(inputs, "displayName") ?? "",
        description: str(inputs, "description") ?? "",
        disableWaitForReady: false,
    }),
    "confluentcloud:index/kafkaCluster:KafkaCluster": (name, inputs) => {
        const id = fakeId("lkc", name);
        const envId = str(inputs, "environment", "id") ?? fakeId("env", "environment");
        return {
            ...kafkaClusterOutputs(id, envId, (str(inputs, "cloud") ?? defaultCloud).toUpperCase(), str(inputs, "region") ?? defaultRegion),
            displayName: str(inputs, "displayName") ?? name,
            availability: str(inputs, "availability") ?? "SINGLE_ZONE",
            deletionProtection: false,
        };
    },
    "confluentcloud:index/flinkComputePool:FlinkComputePool": (name, inputs) => {
        const id = fakeId("lfcp", name);
        const envId = str(inputs, "environment", "id") ?? fakeId("env", "environment");
        const cloud = (str(inputs, "cloud") ?? defaultCloud).toUpperCase();
        const region = str(inputs, "region") ?? defaultRegion;
        return {
            id,
            apiVersion: "fcpm/v2",
            kind: "ComputePool",
            resourceName: `${environmentCrn(envId)}/flink-region=${flinkRegionId(cloud, region)}/compute-pool=${id}`,
            maxCfu: field(inputs, "maxCfu") ?? 5,
            defaultPool: field(inputs, "defaultPool") ?? false,
        };
    },
    "confluentcloud:index/flinkStatement:FlinkStatement": (name, inputs) => {
        const statementName = str(inputs, "statementName") ?? `fake-${idBody(`statement/${name}`, 8)}`;
        const envId = str(inputs, "environment", "id") ?? fakeId("env", "environment");
        const poolId = str(inputs, "computePool", "id") ?? fakeId("lfcp", "default");
        return {
            id: `${envId}/${poolId}/${statementName}`,
            statementName,
            stopped: field(inputs, "stopped") ?? false,
            organization: { id: str(inputs, "organization", "id") ?? exports.fakeOrganizationId },
            environment: { id: envId },
            computePool: { id: poolId },
            principal: { id: str(inputs, "principal", "id") ?? fakeId("sa", "principal") },
            latestOffsets: {},
            latestOffsetsTimestamp: "1970-01-01T00:00:00Z",
        };
    },
};
/** Fake result of an invoke, or undefined when the token is not a Confluent Cloud one we know. */
function fakeCloudInvoke(token, inputs) {
    const fake = exports.cloudInvokeFakes[token];
    return fake ? fake(inputs) : undefined;
}
/**
 * Fake `{ id, state }` for a registered resource (the shape `setMocks`'
 * `newResource` returns), or undefined for types not covered here.
 */
function fakeCloudResource(type, name, inputs) {
    const fake = exports.cloudResourceFakes[type];
    if (!fake)
        return undefined;
    const { id, ...computed } = fake(name, inputs);
    return { id: typeof id === "string" ? id : `${name}-id`, state: { ...inputs, ...computed } };
}
