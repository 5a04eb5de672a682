"use strict";
/**
 * Args of the platform's storage (`flink-platform:storage`): where
 * checkpoints, savepoints and HA metadata go, and the in-cluster MinIO of dev
 * stacks. Part of the Kubernetes platform args (`./args`).
 */
Object.defineProperty(exports, "__esModule", { value: true });
