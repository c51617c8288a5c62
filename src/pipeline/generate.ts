/**
 * specs -> generated packages, the whole pipeline in one call: compile
 * (load, format check, build the IR, model checks), then per service render
 * every file and hand it to the output session as it is printed, then
 * commit. Spec errors throw before anything is written; a failure while
 * rendering aborts the session, so the output folder stays as it was.
 */
import type { IrModel } from "../ir/types.js";
import { loadTemplates } from "../templates/templates.js";
import { OutputSession, type WritePlan } from "../write/output-session.js";
import { compileSpecs } from "./compile-specs.js";
import { renderService } from "./render-service.js";
import { runtimeBuild } from "./runtime-build.js";
import { StageTimer } from "./stage-timer.js";

export interface GenerateRequest {
  specsDir: string;
  outDir: string;
  /** Only these services (folder names). */
  only?: readonly string[];
  /** Compare only; write nothing. */
  check?: boolean;
  /** A folder of templates overriding the built-in ones by name. */
  templates?: string;
  /** Progress lines (e.g. the one-time runtime build). */
  log?: (line: string) => void;
}

export interface ServiceSummary {
  id: string;
  operations: number;
  files: number;
  written: number;
}

export interface GenerateResult {
  model: IrModel;
  plan: WritePlan;
  services: ServiceSummary[];
  warnings: ReturnType<typeof compileSpecs>["warnings"];
  /** Milliseconds from the start of the run (after start-up) to the commit. */
  ms: number;
  /** Milliseconds per stage (load, format, build, check, each emitter, write). */
  timer: StageTimer;
}

export async function generate(req: GenerateRequest): Promise<GenerateResult> {
  const started = performance.now();
  const timer = new StageTimer();
  const { model, warnings } = compileSpecs(req.specsDir, { only: req.only, timer });
  const templates = timer.time("templates", () => loadTemplates(req.templates));
  const start = performance.now();
  const runtime = await runtimeBuild(req.log);
  timer.stages.set("runtime", performance.now() - start);
  const scope = req.only ? (p: string) => req.only!.some((s) => p.startsWith(`${s}/`)) : undefined;
  const session = new OutputSession(req.outDir, { scope, dryRun: req.check });
  const services: ServiceSummary[] = [];
  try {
    for (const service of model.services) {
      let written = 0;
      const files = renderService(
        service,
        { runtime, templates },
        (path, contents) => {
          if (timer.time("write", () => session.put(path, contents))) written++;
        },
        undefined,
        timer,
      );
      services.push({ id: service.id, operations: service.operations.length, files, written });
    }
  } catch (e) {
    session.abort();
    throw e;
  }
  const plan = timer.time("write", () => (req.check ? session.plan() : session.commit()));
  return { model, plan, services, warnings, ms: performance.now() - started, timer };
}
