/**
 * Which service folders a file-system event under specs/ concerns. Pure:
 * the watcher feeds it the paths `fs.watch` reports.
 */

/**
 * The service folder a changed path (relative to the specs folder) belongs
 * to, or undefined when the change cannot affect the output: files at the
 * top of specs/, hidden folders, and files that are not YAML (editor swap
 * and backup files), the same filter the loader applies. A bare folder name counts: the folder was added or removed.
 */
export function serviceFolderOf(relPath: string): string | undefined {
  const parts = relPath.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  const folder = parts[0];
  if (!folder || folder.startsWith(".") || parts.includes("..")) return undefined;
  if (parts.length === 1) return /\.ya?ml$/i.test(folder) ? undefined : folder;
  // Only the folder's own *.yaml files are read (see load/load-specs.ts); a
  // nested folder is not part of the service.
  if (parts.length > 2) return undefined;
  const file = parts[1]!;
  return /\.ya?ml$/.test(file) ? folder : undefined;
}
