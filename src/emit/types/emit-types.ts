/**
 * Emits `src/types.ts`: an interface per structure, a string-literal union and
 * a `const` array per enum, an interface per error's data, and an operation
 * table, all documented with the docs' own text.
 */
import type { IrEnumShape, IrError, IrMember, IrService, IrShape, IrStructureShape } from "../../ir/types.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { exportModifier, generatedHeader, printStatements, propertyName, ts, withDoc } from "../shared/print-ts.js";
import { typeNode } from "../shared/type-node.js";

const f = ts.factory;

export const typesEmitter: Emitter = {
  name: "types",
  emit(service) {
    return [emitTypesFile(service)];
  },
};

export function emitTypesFile(service: IrService): GeneratedFile {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const statements: ts.Statement[] = [];
  for (const shape of service.shapes) statements.push(...shapeStatements(shape, shapes));
  for (const error of service.errors) statements.push(errorInterface(error, shapes));
  statements.push(operationTable(service));
  return {
    path: "src/types.ts",
    contents: generatedHeader(service.files) + "\n" + printStatements(statements),
    reexport: true,
  };
}

function shapeStatements(shape: IrShape, shapes: ReadonlyMap<string, IrShape>): ts.Statement[] {
  return shape.kind === "enum" ? enumStatements(shape) : [structureInterface(shape, shapes)];
}

function enumStatements(shape: IrEnumShape): ts.Statement[] {
  const valueDocs = shape.values.filter((v) => v.documentation).map((v) => `- \`${v.value}\`: ${v.documentation}`);
  const union = withDoc(
    f.createTypeAliasDeclaration(
      exportModifier(),
      shape.name,
      /* typeParameters */ undefined,
      f.createUnionTypeNode(shape.values.map((v) => f.createLiteralTypeNode(f.createStringLiteral(v.value)))),
    ),
    [shape.documentation, valueDocs.join("\n") || undefined],
  );
  const values = withDoc(
    f.createVariableStatement(
      exportModifier(),
      f.createVariableDeclarationList(
        [
          f.createVariableDeclaration(
            shape.valuesConstName,
            /* exclamationToken */ undefined,
            // Spelled out (not inferred) so that the module satisfies
            // isolatedDeclarations: its .d.ts is then built per file, fast.
            f.createTypeOperatorNode(
              ts.SyntaxKind.ReadonlyKeyword,
              f.createTupleTypeNode(shape.values.map((v) => f.createLiteralTypeNode(f.createStringLiteral(v.value)))),
            ),
            f.createSatisfiesExpression(
              f.createAsExpression(
                f.createArrayLiteralExpression(shape.values.map((v) => f.createStringLiteral(v.value))),
                f.createTypeReferenceNode("const"),
              ),
              f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, f.createArrayTypeNode(f.createTypeReferenceNode(shape.name))),
            ),
          ),
        ],
        ts.NodeFlags.Const,
      ),
    ),
    [`Every value of {@link ${shape.name}}, in documented order.`],
  );
  return [union, values];
}

function structureInterface(shape: IrStructureShape, shapes: ReadonlyMap<string, IrShape>): ts.Statement {
  return withDoc(
    f.createInterfaceDeclaration(
      exportModifier(),
      shape.name,
      /* typeParameters */ undefined,
      /* heritageClauses */ undefined,
      shape.members.map((m) => memberSignature(m, shapes)),
    ),
    [shape.documentation],
  );
}

function errorInterface(error: IrError, shapes: ReadonlyMap<string, IrShape>): ts.Statement {
  return withDoc(
    f.createInterfaceDeclaration(
      exportModifier(),
      error.typeName,
      /* typeParameters */ undefined,
      /* heritageClauses */ undefined,
      error.members.map((m) => memberSignature(m, shapes)),
    ),
    [`Data of the ${error.name} error (HTTP ${error.status}${error.code ? `, code \`${error.code}\`` : ""}).`, error.documentation],
  );
}

export function memberSignature(m: IrMember, shapes: ReadonlyMap<string, IrShape>): ts.TypeElement {
  const facts: string[] = [];
  if (m.location !== "body" || m.wireName !== m.name) facts.push(`Wire: ${m.location} \`${m.wireName}\`.`);
  const c = constraintText(m);
  if (c) facts.push(c);
  if (m.default !== undefined) facts.push(`@defaultValue ${JSON.stringify(m.default)}`);
  if (m.deprecated) facts.push("@deprecated");
  return withDoc(
    f.createPropertySignature(
      /* modifiers */ undefined,
      propertyName(m.name),
      m.required ? undefined : f.createToken(ts.SyntaxKind.QuestionToken),
      typeNode(m.type, shapes),
    ),
    [m.documentation, facts.join("\n") || undefined],
  );
}

/** The constraints of a member as one readable line for its doc comment. */
export function constraintText(m: IrMember): string | undefined {
  const t = m.type;
  const parts: string[] = [];
  switch (t.kind) {
    case "string":
      if (t.minLength !== undefined || t.maxLength !== undefined) parts.push(`length ${t.minLength ?? 0}..${t.maxLength ?? "∞"}`);
      if (t.pattern !== undefined) parts.push(`pattern \`${t.pattern}\``);
      if (t.knownValues?.length) parts.push(`documented values: ${t.knownValues.map((v) => v.value).join(", ")}`);
      break;
    case "integer":
    case "long":
    case "float":
    case "double":
      if (t.minimum !== undefined || t.maximum !== undefined) parts.push(`range ${t.minimum ?? "-∞"}..${t.maximum ?? "∞"}`);
      if (t.excluded?.length) parts.push(`not ${t.excluded.join(", ")}`);
      if (t.kind !== "double" && t.kind !== "float") parts.push(t.kind);
      break;
    case "list":
      if (t.minItems !== undefined || t.maxItems !== undefined) parts.push(`items ${t.minItems ?? 0}..${t.maxItems ?? "∞"}`);
      break;
    case "map":
      if (t.minEntries !== undefined || t.maxEntries !== undefined) parts.push(`entries ${t.minEntries ?? 0}..${t.maxEntries ?? "∞"}`);
      break;
  }
  return parts.length ? `Constraints: ${parts.join("; ")}.` : undefined;
}

/** `<Service>Operations`: each operation's input, output and error names, for typed clients and mocks. */
function operationTable(service: IrService): ts.Statement {
  return withDoc(
    f.createInterfaceDeclaration(
      exportModifier(),
      `${service.name}Operations`,
      undefined,
      undefined,
      service.operations.map((op) =>
        withDoc(
          f.createPropertySignature(
            undefined,
            propertyName(op.name),
            undefined,
            f.createTypeLiteralNode([
              f.createPropertySignature(undefined, "input", undefined, f.createTypeReferenceNode(op.input)),
              f.createPropertySignature(undefined, "output", undefined, f.createTypeReferenceNode(op.output)),
              f.createPropertySignature(
                undefined,
                "errors",
                undefined,
                op.errors.length
                  ? f.createUnionTypeNode(op.errors.map((e) => f.createLiteralTypeNode(f.createStringLiteral(e.name))))
                  : f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword),
              ),
            ]),
          ),
          [op.documentation, `\`${op.http.method} ${op.http.path}\` → ${op.http.successStatus}`],
        ),
      ),
    ),
    [`The operations of ${service.title}${service.title.endsWith(".") ? "" : "."}`],
  );
}
