#!/usr/bin/env node
/**
 * What `npm test` needs beside node_modules, installed when missing:
 * Debian's python3-boto3 and python3-botocore (boto3 conformance, `npm run
 * verify`) and chromium (the mock inspector's browser test). As root (CI,
 * a fresh machine) it runs `apt-get install -y`; otherwise it stops at once
 * with the exact command to run. Plain JavaScript: it runs before anything
 * else is known to work.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PYTHON = "/usr/bin/python3";

const needs = [
  {
    what: "boto3 and botocore for /usr/bin/python3",
    packages: ["python3-boto3", "python3-botocore"],
    present: () => existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import boto3, botocore"], { stdio: "ignore" }).status === 0,
  },
  {
    what: "chromium",
    packages: ["chromium"],
    present: () => existsSync("/usr/bin/chromium"),
  },
];

const missing = needs.filter((n) => !n.present());
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((n) => n.packages);
const command = `apt-get install -y ${packages.join(" ")}`;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(`npm test needs ${missing.map((n) => n.what).join(" and ")}. Install them with:\n\n  sudo apt-get update && sudo ${command}\n`);
  process.exit(1);
}
console.log(`npm test: installing ${packages.join(", ")} (apt-get, once)…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
try {
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: ["ignore", "ignore", "inherit"], env });
} catch {
  console.error(`npm test: installing failed. Run it yourself:\n\n  apt-get update && ${command}\n`);
  process.exit(1);
}
const still = missing.filter((n) => !n.present());
if (still.length) {
  console.error(`npm test: ${still.map((n) => n.what).join(" and ")} still missing after ${command}`);
  process.exit(1);
}
