/** The contract between the pipeline and each output target. */
import type { IrService } from "../../ir/types.js";
import type { RuntimeBuild } from "../../pipeline/runtime-build.js";
import type { TemplateSet } from "../../templates/templates.js";

export interface GeneratedFile {
  /** Path relative to the service's package folder, with `/` separators. */
  path: string;
  /** The final text: emitters print their own layout (prettier leaves it as it is). */
  contents: string;
}

export interface EmitContext {
  /** The compiled hand-written runtime, copied into packages by the package emitter. */
  runtime: RuntimeBuild;
  /** README and other text templates (built-in, or overridden with `--templates`). */
  templates: TemplateSet;
}

/** One output target (types, validators, schemas, mock, client, docs, ...). */
export interface Emitter {
  /** Short name shown in progress output. */
  name: string;
  emit(service: IrService, ctx: EmitContext): GeneratedFile[];
}
