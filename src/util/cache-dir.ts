/** Where opforge keeps what it compiles once (the runtime, the spec-format validator, the CLI bundle). */
import path from "node:path";
import { REPO_ROOT } from "./repo-root.js";

export const CACHE_DIR: string = process.env["OPFORGE_CACHE_DIR"] ?? path.join(REPO_ROOT, "node_modules", ".cache", "opforge");
