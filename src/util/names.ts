/** Naming rules shared by the IR builder: every generated name is decided once, here. */

export function pascalCase(name: string): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join("");
}

/** `PutMethod` -> `putMethod`; `UpdateBackendAPI` -> `updateBackendAPI` (as the AWS SDK names methods). */
export function lowerFirst(name: string): string {
  return name ? name[0]!.toLowerCase() + name.slice(1) : name;
}

export const RESERVED_MEMBER_NAMES: ReadonlySet<string> = new Set(["__proto__"]);

/** The validator functions generated for a shape: `validate<Name>`, `is<Name>`, `check<Name>`. */
export function validationNames(shapeName: string): { validatorName: string; guardName: string; checkName: string } {
  return { validatorName: `validate${shapeName}`, guardName: `is${shapeName}`, checkName: `check${shapeName}` };
}
