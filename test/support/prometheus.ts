import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { tempDir } from "./temp-dirs";

/**
 * A real Prometheus server on loopback for the advisor's tests: the Debian
 * `prometheus` and `promtool` (2.42), a temporary data folder filled from
 * OpenMetrics fixture files with `promtool tsdb create-blocks-from
 * openmetrics`, a random free port, and the process killed (by its own pid)
 * and the folder removed by {@link RunningPrometheus.stop}. One server serves
 * every scenario.
 */

export const prometheusBinary = "/usr/bin/prometheus";
export const promtoolBinary = "/usr/bin/promtool";

/** Why the real-Prometheus tests cannot run here, or undefined when they can. */
export function prometheusMissing(): string | undefined {
  for (const bin of [prometheusBinary, promtoolBinary]) {
    if (!fs.existsSync(bin))
      return `${bin} is not installed (apt-get install prometheus; .ci/run installs it)`;
  }
  return undefined;
}

export interface RunningPrometheus {
  readonly url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function ready(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/-/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`prometheus not ready after 30s:\n${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Loads each of `files` (OpenMetrics text ending in `# EOF`) into one new
 * TSDB and serves it. promtool runs once per file, each run adding its own
 * blocks to the data folder: their series differ and their times overlap,
 * which Prometheus merges at query time without a flag since overlapping
 * blocks became the default (prometheus/prometheus#11255, #11331, in 2.39;
 * the installed 2.42 has it).
 */
export async function startPrometheus(files: readonly string[]): Promise<RunningPrometheus> {
  const dir = tempDir("flink-platform-prometheus-");
  const data = path.join(dir, "data");
  fs.writeFileSync(path.join(dir, "prometheus.yml"), "global: {}\nscrape_configs: []\n");
  for (const input of files) {
    const created = spawnSync(promtoolBinary, ["tsdb", "create-blocks-from", "openmetrics", input, data], {
      encoding: "utf8",
    });
    if (created.status !== 0) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new Error(`promtool failed on ${input}: ${created.stderr}${created.stdout}`);
    }
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(
    prometheusBinary,
    [
      `--config.file=${path.join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${data}`,
      // The fixture's samples are in the past: keep them.
      "--storage.tsdb.retention.time=100y",
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(child.pid, "SIGTERM");
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await ready(url, child, () => output.join(""));
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}
