/**
 * Args of the platform's storage (`flink-platform:storage`): where
 * checkpoints, savepoints and HA metadata go, and the in-cluster MinIO of dev
 * stacks. Part of the Kubernetes platform args (`./args`).
 */
/** An existing Secret holding an S3 access key pair, referenced by Flink pods. */
export interface CredentialsSecretArgs {
    /** Name of an existing Secret present in every Flink namespace. */
    readonly name: string;
    /**
     * Key of the access key id.
     * @default "AWS_ACCESS_KEY_ID"
     */
    readonly accessKeyIdKey?: string;
    /**
     * Key of the secret access key.
     * @default "AWS_SECRET_ACCESS_KEY"
     */
    readonly secretAccessKeyKey?: string;
}
/** How Flink reaches the S3-compatible object store (`flink-platform:storage.s3`). */
export interface S3Args {
    /**
     * S3-compatible endpoint.
     * @default AWS S3 (or the in-cluster MinIO when enabled)
     */
    readonly endpoint?: string;
    /**
     * Path-style bucket access (needed by most S3-compatible stores).
     * @default false (true with MinIO)
     */
    readonly pathStyleAccess?: boolean;
    /**
     * Secret with the access key pair, injected into Flink pods by reference.
     * @default none: the pods' own identity (IRSA, workload identity)
     */
    readonly credentialsSecret?: CredentialsSecretArgs;
}
/** In-cluster MinIO as a dev checkpoint store (`flink-platform:storage.minio`). */
export interface MinioArgs {
    /**
     * Run MinIO in the cluster as the checkpoint store (dev only).
     * @default false
     */
    readonly enabled?: boolean;
    /**
     * Namespace MinIO runs in.
     * @default "flink-storage"
     */
    readonly namespace?: string;
    /**
     * Bucket created for checkpoints, savepoints and HA metadata.
     * @default "flink"
     */
    readonly bucket?: string;
    /**
     * Size of MinIO's PersistentVolumeClaim.
     * @default from the size
     */
    readonly volumeSize?: string;
    /**
     * MinIO server image.
     * @default a pinned quay.io/minio/minio release
     */
    readonly image?: string;
    /**
     * MinIO client image of the bucket-creating Job.
     * @default a pinned quay.io/minio/mc release
     */
    readonly clientImage?: string;
}
/** Durable state: checkpoint, savepoint and HA directories and object-store access (`flink-platform:storage`). */
export interface StorageArgs {
    /**
     * CHECKPOINT_URI (`state.checkpoints.dir`); required in prod.
     * @default the MinIO bucket when enabled, else unset
     */
    readonly checkpoints?: string;
    /**
     * SAVEPOINT_URI (`state.savepoints.dir`); required in prod.
     * @default the MinIO bucket when enabled, else unset
     */
    readonly savepoints?: string;
    /**
     * `high-availability.storageDir`; required in prod.
     * @default the MinIO bucket when enabled, else unset
     */
    readonly haStorageDir?: string;
    /**
     * Checkpoint interval (Flink duration).
     * @default "60s"
     */
    readonly checkpointInterval?: string;
    /** S3 access. @default AWS S3 with the pods' own identity */
    readonly s3?: S3Args;
    /** In-cluster MinIO. @default disabled */
    readonly minio?: MinioArgs;
}
