// Copied by opforge from src/runtime/mock/router.ts. DO NOT EDIT.
function newNode() {
  return { statics: new Map(), label: undefined, greedy: undefined, methods: new Map() };
}
/** Paths remembered per router: clients call the same few resources again and again. */
const CACHE_ENTRIES = 1024;
/** Longer paths are not remembered (a hostile client could otherwise fill the cache with megabytes). */
const CACHE_PATH_LENGTH = 512;
/** Routes of any target type; several targets may share one method and template. */
export class Router {
  #root = newNode();
  /** Remembered results by method, then raw path. */
  #cache = new Map();
  #cached = 0;
  /** Registers `target` for `method` and `template`; returns every target now at that place. */
  add(method, template, target) {
    let node = this.#root;
    for (const seg of template.segments) {
      if ("literal" in seg) {
        let next = node.statics.get(seg.literal);
        if (!next) node.statics.set(seg.literal, (next = newNode()));
        node = next;
      } else {
        // Label names do not matter for matching: `{id}` and `{restapi_id}` at
        // one position share a node, and each target maps values to its names.
        const slot = seg.greedy ? "greedy" : "label";
        node = node[slot] ??= newNode();
      }
    }
    const list = node.methods.get(method) ?? [];
    list.push(target);
    node.methods.set(method, list);
    this.#cache.clear();
    this.#cached = 0;
    return list;
  }
  /**
   * Finds the route for a raw (still percent-encoded) path without query
   * string. Results are shared between calls with the same method and path:
   * callers must not change them.
   */
  match(method, rawPath) {
    if (rawPath.length > CACHE_PATH_LENGTH) return this.#match(method, rawPath);
    let byPath = this.#cache.get(method);
    if (!byPath) this.#cache.set(method, (byPath = new Map()));
    let result = byPath.get(rawPath);
    if (result === undefined) {
      if (++this.#cached > CACHE_ENTRIES) {
        this.#cache.clear();
        this.#cache.set(method, (byPath = new Map()));
        this.#cached = 1;
      }
      byPath.set(rawPath, (result = this.#match(method, rawPath)));
    }
    return result;
  }
  #match(method, rawPath) {
    const segments = rawPath.split("/");
    // A leading "/" gives an empty first segment; trailing "/" is ignored, as the services do.
    let start = 0;
    let end = segments.length;
    if (segments[0] === "") start = 1;
    if (end > start && segments[end - 1] === "") end--;
    const decoded = new Array(end - start);
    for (let i = start; i < end; i++) {
      const s = segments[i];
      if (s.indexOf("%") === -1) decoded[i - start] = s;
      else {
        try {
          decoded[i - start] = decodeURIComponent(s);
        } catch {
          return { kind: "bad-path", segment: s };
        }
      }
    }
    const values = [];
    const node = this.#walk(this.#root, decoded, 0, values);
    if (!node) return { kind: "not-found" };
    const targets = node.methods.get(method);
    if (!targets) return { kind: "method-not-allowed", allowed: [...node.methods.keys()].sort() };
    return { kind: "match", match: { targets, values } };
  }
  /** Depth-first, statics before labels before greedy labels; `values` gets labels in order. */
  #walk(node, segs, i, values) {
    if (i === segs.length) return node.methods.size ? node : undefined;
    const seg = segs[i];
    const stat = node.statics.get(seg);
    if (stat) {
      const found = this.#walk(stat, segs, i + 1, values);
      if (found) return found;
    }
    if (node.label && seg !== "") {
      const mark = values.length;
      values.push(seg);
      const found = this.#walk(node.label, segs, i + 1, values);
      if (found) return found;
      values.length = mark;
    }
    if (node.greedy && node.greedy.methods.size) {
      values.push(segs.slice(i).join("/"));
      return node.greedy;
    }
    return undefined;
  }
}
