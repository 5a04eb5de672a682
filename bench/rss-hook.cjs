"use strict";
// Preloaded into measured processes: reports the peak RSS at exit and, when
// asked, the third-party modules the process loaded (for the deps floor).
const fs = require("node:fs");
process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE) {
    fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
  }
  if (process.env.BENCH_MODULES_FILE) {
    const modules = Object.keys(require.cache).filter((file) => file.includes("/node_modules/"));
    fs.writeFileSync(process.env.BENCH_MODULES_FILE, JSON.stringify(modules));
  }
});
