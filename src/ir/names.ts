/**
 * Naming rules: every generated name is decided here, once, and the IR
 * carries the result (checked for collisions by `check/names.ts`).
 */
import type { IrServiceNames, ValidatorNames } from "./types.js";

export function pascalCase(name: string): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return parts.map((p) => p[0]!.toUpperCase() + p.slice(1)).join("");
}

/** `PutMethod` -> `putMethod`; `UpdateBackendAPI` -> `updateBackendAPI` (as the AWS SDK names methods). */
export function lowerFirst(name: string): string {
  return name ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** The validator functions generated for a shape: `validate<Name>`, `is<Name>`, `check<Name>`. */
export function validationNames(shapeName: string): ValidatorNames {
  return {
    validatorName: `validate${shapeName}`,
    guardName: `is${shapeName}`,
    checkName: `check${shapeName}`,
  };
}

/** The extra validators of an operation input: the client's lenient check and the wire body's validators. */
export function inputValidationNames(shapeName: string): Required<Pick<ValidatorNames, "lenientValidatorName" | "bodyValidatorName" | "bodyCheckName">> {
  return {
    lenientValidatorName: `validate${shapeName}Lenient`,
    bodyValidatorName: `validate${shapeName}Body`,
    bodyCheckName: `check${shapeName}Body`,
  };
}

/** The error's data interface: `BadRequestException` -> `BadRequestExceptionData`. */
export function errorDataName(errorName: string): string {
  return `${errorName}Data`;
}

/** `ConnectionType` -> `ConnectionTypeValues`. */
export function enumValuesName(enumName: string): string {
  return `${enumName}Values`;
}

/** The inline structure or enum of member `member` of `parent`: `PutMethodRequest` + `tags` -> `PutMethodRequestTags`. */
export function inlineShapeName(parent: string, member: string): string {
  return parent + pascalCase(member);
}

export function defaultInputName(operation: string): string {
  return `${operation}Request`;
}

export function defaultOutputName(operation: string): string {
  return `${operation}Response`;
}

/** Names of a service's package-level declarations besides shapes, errors and operations. */
export function serviceNames(id: string, name: string): IrServiceNames {
  return {
    packageName: `@opforge/${id}`,
    client: `${name}Client`,
    clientOptions: `${name}ClientOptions`,
    serviceError: `${name}ServiceError`,
    startMock: `start${name}Mock`,
  };
}
