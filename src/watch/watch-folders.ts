/**
 * Watches the specs folder and each service folder in it, one non-recursive
 * `fs.watch` per folder. Node 20's `recursive: true` on Linux watches files,
 * not folders, and loses a file once an editor saves it by writing a temp
 * file and renaming it over the original; a folder watch sees every such
 * save. Specs are two levels deep, so one watch per folder is all it takes.
 */
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { compareStrings } from "../util/sort.js";

export interface FolderWatcher {
  close(): void;
}

/**
 * Calls `onChange` with the path (relative to `root`, `/`-separated) of every
 * entry that changes: `<folder>` when a service folder appears or goes,
 * `<folder>/<file>` for files in it, and `null` when the root watch cannot
 * say which entry changed. `onError` gets failures of the root watch.
 */
export function watchFolders(root: string, onChange: (rel: string | null) => void, onError: (e: Error) => void): FolderWatcher {
  const children = new Map<string, FSWatcher>();
  let closed = false;

  const sync = () => {
    if (closed) return;
    const now = new Set(listFolders(root));
    for (const [name, w] of children) {
      if (!now.has(name)) {
        w.close();
        children.delete(name);
      }
    }
    for (const name of now) {
      if (children.has(name)) continue;
      try {
        const w = watch(path.join(root, name), (_event, filename) => {
          onChange(filename === null ? name : `${name}/${filename.toString()}`);
        });
        // A folder that is removed ends its watch; the root watch reports the removal.
        w.on("error", () => {
          w.close();
          if (children.get(name) === w) children.delete(name);
          onChange(name);
        });
        children.set(name, w);
      } catch {
        // Gone before it could be watched: the root watch reports that.
      }
    }
  };

  const rootWatch = watch(root, (_event, filename) => {
    sync();
    onChange(filename === null ? null : filename.toString());
  });
  rootWatch.on("error", onError);
  sync();

  return {
    close() {
      closed = true;
      rootWatch.close();
      for (const w of children.values()) w.close();
      children.clear();
    },
  };
}

function listFolders(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  return names
    .filter((n) => {
      if (n.startsWith(".")) return false;
      try {
        return statSync(path.join(root, n)).isDirectory();
      } catch {
        return false;
      }
    })
    .sort(compareStrings);
}
