/**
 * The handlebars templates of text-shaped output (each package's README),
 * from `templates/` at the repository root, any of which a user may
 * override by name with `--templates DIR` (as OpenAPI Generator's `-t`).
 * Templates are compiled with `noEscape`: handlebars' HTML escaping is wrong
 * for Markdown and for code, so the views hand templates text that is
 * already escaped for where it goes (see emit/readme/readme-view.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../util/repo-root.js";
import Handlebars from "handlebars";
import { compareStrings } from "../util/sort.js";

const BUILT_IN = path.join(REPO_ROOT, "templates");

export type Render = (view: object) => string;

export interface TemplateSet {
  /** The folders read, built-in last. */
  readonly dirs: readonly string[];
  render(name: string, view: object): string;
}

/** `name` -> file, for `DIR/<name>.hbs` and `DIR/partials/<name>.hbs`. */
function listTemplates(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const sub of ["", "partials"]) {
    const d = path.join(dir, sub);
    if (!existsSync(d) || !statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d).sort(compareStrings)) {
      if (f.endsWith(".hbs")) out.set(`${sub ? "partials/" : ""}${f.slice(0, -4)}`, path.join(d, f));
    }
  }
  return out;
}

/**
 * The built-in templates, each replaced by a file of the same name in
 * `overrides` when there is one. An override folder with a template name
 * the built-ins lack is an error (a typo would otherwise be ignored).
 */
export function loadTemplates(overrides?: string): TemplateSet {
  const builtIn = listTemplates(BUILT_IN);
  const files = new Map(builtIn);
  if (overrides !== undefined) {
    if (!existsSync(overrides) || !statSync(overrides).isDirectory()) throw new TemplateError(`--templates ${overrides}: not a folder`);
    for (const [name, file] of listTemplates(overrides)) {
      if (!builtIn.has(name)) {
        throw new TemplateError(`${file}: no built-in template is named '${name}' (templates: ${[...builtIn.keys()].join(", ")})`);
      }
      files.set(name, file);
    }
  }
  const texts = [...files].map(([name, file]) => [name, file, readFileSync(file, "utf8")] as const);
  // Handlebars compiles a template on its first use: a long-running process (watch) that
  // re-reads unchanged templates keeps the set it compiled.
  const key = JSON.stringify(texts);
  if (last?.key === key) return last.set;
  const hb = Handlebars.create();
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, , text] of texts) {
    // `partials/install.md` is used as `{{> install}}`.
    if (name.startsWith("partials/")) hb.registerPartial(name.slice("partials/".length).replace(/\..*$/, ""), text);
    else compiled.set(name, hb.compile(text, { noEscape: true, strict: false, preventIndent: true }));
  }
  const set: TemplateSet = {
    dirs: overrides !== undefined ? [overrides, BUILT_IN] : [BUILT_IN],
    render(name, view) {
      const t = compiled.get(name);
      if (!t) throw new TemplateError(`no template named '${name}'`);
      try {
        return t(view);
      } catch (e) {
        throw new TemplateError(`template '${name}' (${files.get(name)}): ${(e as Error).message}`);
      }
    },
  };
  last = { key, set };
  return set;
}

/** The last template set loaded, and the files (names, paths, texts) it was compiled from. */
let last: { key: string; set: TemplateSet } | undefined;

/** A template that cannot be read or rendered: a user error, reported without a stack. */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
}
