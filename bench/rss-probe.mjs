// Preloaded into benchmarked processes (`node --import bench/rss-probe.mjs`):
// appends this process's peak resident set size (KiB) to $OPFORGE_RSS_FILE on exit.
import { appendFileSync } from "node:fs";

const file = process.env.OPFORGE_RSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
