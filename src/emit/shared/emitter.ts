/** The contract between the pipeline and each output target. */
import type { IrModel, IrService } from "../../ir/types.js";

export interface GeneratedFile {
  /** Path relative to the service's package folder, with `/` separators. */
  path: string;
  contents: string;
  /** For `src/*.ts` modules: re-export everything from the package entry point. */
  reexport?: boolean;
  /**
   * Already in the pipeline's prettier format (hand-written runtime copied
   * verbatim; test/pipeline/runtime-format.test.ts keeps src/runtime/ so), so
   * formatting is skipped.
   */
  preformatted?: boolean;
}

export interface EmitContext {
  model: IrModel;
}

/** One output target (types, validators, schemas, mock, client, docs, ...). */
export interface Emitter {
  /** Short name shown in progress output and used by `--only`. */
  name: string;
  emit(service: IrService, ctx: EmitContext): GeneratedFile[];
}
