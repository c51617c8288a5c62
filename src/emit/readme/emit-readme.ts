/** Emits the package's README.md through the `README.md` template (see templates/ and readme-view.ts). */
import type { IrService } from "../../ir/types.js";
import type { TemplateSet } from "../../templates/templates.js";
import type { Emitter } from "../shared/emitter.js";
import { readmeView } from "./readme-view.js";

export function renderReadme(service: IrService, templates: TemplateSet): string {
  // One trailing newline, however a template ends.
  return templates.render("README.md", readmeView(service)).replace(/\n*$/, "\n");
}

export const readmeEmitter: Emitter = {
  name: "readme",
  emit(service, ctx) {
    return [{ path: "README.md", contents: renderReadme(service, ctx.templates) }];
  },
};
