/**
 * Positions of spec fields the IR keeps no location for (an operation's
 * `http.method`, `http.path`, its `errors:` entries): the spec file is read
 * again, once per file, and the field located as the loader does.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SourceLocation } from "../ir/types.js";
import { readYaml, type YamlFile } from "../load/read-yaml.js";
import type { FieldLocator } from "./verify-service.js";

export function specFieldLocator(): FieldLocator {
  const files = new Map<string, YamlFile | undefined>();
  return (file: string, field: Array<string | number>): SourceLocation | undefined => {
    if (!files.has(file)) {
      try {
        files.set(file, readYaml(file, readFileSync(path.resolve(file), "utf8")).file);
      } catch {
        files.set(file, undefined);
      }
    }
    return files.get(file)?.locate(field, { key: true });
  };
}
