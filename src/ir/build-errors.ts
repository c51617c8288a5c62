/**
 * Error tables: service.yaml's `errors:` and each operation's, which name a
 * service error (`Name:` or with overrides) or define one of its own.
 */
import type { RawErrorDef } from "../spec/raw.js";
import { buildMembers } from "./build-shapes.js";
import type { BuildContext } from "./context.js";
import { errorDataName, validationNames } from "./names.js";
import type { IrError, IrWirePayload } from "./types.js";
import { keyLoc, locOf, under, type Where } from "./where.js";

/**
 * `base`: the service-wide error of the same name, when there is one.
 * `inServiceFile`: the definition is service.yaml's own.
 */
export function buildError(
  name: string,
  def: RawErrorDef,
  where: Where,
  ctx: BuildContext,
  base: IrError | undefined,
  inServiceFile: boolean,
): IrError {
  const status = def.status ?? base?.status;
  const code = def.code ?? base?.code;
  const missing: Array<"status" | "code"> = [];
  if (status === undefined) missing.push("status");
  // service.yaml may leave `code` to each operation; an operation's error needs both.
  if (code === undefined && (!inServiceFile || def.appliesToAll === true)) missing.push("code");
  const members =
    def.members !== undefined
      ? buildMembers(def.members, under(where, "members"), ctx, errorDataName(name))
      : (base?.members ?? []);
  const overridesNothing = def.status === undefined && def.code === undefined && def.members === undefined;
  return {
    name,
    typeName: errorDataName(name),
    ...validationNames(errorDataName(name)),
    status: status ?? 0,
    code,
    documentation: def.documentation ?? base?.documentation,
    retryable: def.retryable ?? base?.retryable ?? false,
    appliesToAll: (inServiceFile ? def.appliesToAll : undefined) ?? base?.appliesToAll ?? false,
    members,
    example: (def.example as IrWirePayload | undefined) ?? base?.example,
    source: def.source ?? base?.source,
    verify: def.verify ?? base?.verify,
    loc: base && overridesNothing ? base.loc : keyLoc(where),
    ...(missing.length ? { missing } : {}),
    ...(base === undefined && !inServiceFile ? { opOnly: true } : {}),
    ...(!inServiceFile && def.appliesToAll !== undefined ? { strayAppliesToAll: locOf(under(where, "appliesToAll"), true) } : {}),
  };
}
