import { afterAll } from "vitest";
import { removeTempDirs } from "./temp-dirs";

// A setup file runs before each test file: its afterAll, registered first, runs after the file's own
// (vitest runs after-hooks in reverse order), once the servers and children those stop are gone.
afterAll(removeTempDirs);
