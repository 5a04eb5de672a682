import { Command } from "commander";
export declare function buildProgram(): Command;
/** Entry point; returns the exit code. User mistakes never print a stack trace. */
export declare function main(argv: readonly string[]): Promise<number>;
