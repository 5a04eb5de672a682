import * as z from "zod";
import { ComputePoolArgs } from "./args";
export declare const computePoolArgsSchema: z.ZodObject<{
    target: z.ZodEnum<{
        cloud: "cloud";
        oss: "oss";
        cp: "cp";
    }>;
    cloud: z.ZodOptional<z.ZodObject<{
        cloud: z.ZodEnum<{
            AWS: "AWS";
            GCP: "GCP";
            AZURE: "AZURE";
        }>;
        region: z.ZodString;
        maxCfu: z.ZodNumber & z.ZodType<5 | 10 | 20 | 50 | 30 | 40, number, z.core.$ZodTypeInternals<5 | 10 | 20 | 50 | 30 | 40, number>>;
        displayName: z.ZodOptional<z.ZodString>;
        defaultPool: z.ZodOptional<z.ZodBoolean>;
        environmentId: z.ZodCustom<import("@pulumi/pulumi").Input<string>, import("@pulumi/pulumi").Input<string>>;
    }, z.core.$strict>>;
    cp: z.ZodOptional<z.ZodObject<{
        taskManagers: z.ZodNumber;
        slots: z.ZodNumber;
        flinkVersion: z.ZodEnum<{
            v1_16: "v1_16";
            v1_17: "v1_17";
            v1_18: "v1_18";
            v1_19: "v1_19";
            v1_20: "v1_20";
            v2_0: "v2_0";
            v2_1: "v2_1";
            v2_2: "v2_2";
        }>;
        taskManager: z.ZodObject<{
            cpu: z.ZodNumber;
            memory: z.ZodString;
        }, z.core.$loose>;
        jobManager: z.ZodObject<{
            cpu: z.ZodNumber;
            memory: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>>;
    oss: z.ZodOptional<z.ZodObject<{
        taskManagers: z.ZodNumber;
        slots: z.ZodNumber;
        flinkVersion: z.ZodEnum<{
            v1_16: "v1_16";
            v1_17: "v1_17";
            v1_18: "v1_18";
            v1_19: "v1_19";
            v1_20: "v1_20";
            v2_0: "v2_0";
            v2_1: "v2_1";
            v2_2: "v2_2";
        }>;
        taskManager: z.ZodObject<{
            cpu: z.ZodNumber;
            memory: z.ZodString;
        }, z.core.$loose>;
        jobManager: z.ZodObject<{
            cpu: z.ZodNumber;
            memory: z.ZodString;
        }, z.core.$loose>;
    }, z.core.$loose>>;
}, z.core.$strip>;
/** Validates {@link ComputePool}'s args; one ConfigError names each `<face>.<key>` that breaks a rule. */
export declare function parseComputePoolArgs(name: string, args: ComputePoolArgs): void;
