/**
 * The opforge checkout this code runs from: the nearest folder above this
 * module whose package.json is opforge's. Found, not assumed, because the
 * same code runs from `src/` (tests, tsx) and from the CLI bundle in `build/`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string };
      if (pkg.name === "opforge") return dir;
    } catch {
      // no package.json here: keep looking
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error("cannot find the opforge checkout above " + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export const REPO_ROOT: string = findRoot();
