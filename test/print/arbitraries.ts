/**
 * fast-check generators of random programs built with the print builders: identifiers of 1 to 60
 * characters, hostile strings, nested objects / arrays / calls / binary chains / statements /
 * types. Declared names get unique suffixes so that the programs also parse (no redeclarations).
 */

import fc from "fast-check";
import * as b from "../../src/print/js-build.js";
import type { BinaryOperator, Expr, Param, Stmt } from "../../src/print/js-ast.js";
import * as t from "../../src/print/ts-build.js";
import type { TypeMember, TypeNode } from "../../src/print/ts-ast.js";

const FIRST = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$"];
const REST = [...FIRST, ..."0123456789"];
const AVOID = /^(do|if|in|of|as|is|it|for|new|try|var|let|get|set|case|else|enum|null|this|true|void|with|test|skip|await|async|break|catch|class|const|false|fit|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof|undefined|describe|xit|xtest|fdescribe|ftest|xdescribe|type|require|Boolean|declare|readonly|from|eval)$/;

/** A random identifier, 1 to 60 characters, weighted towards short ones. */
export const identifier: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...FIRST),
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...REST), maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...REST), maxLength: 59 }) },
    ),
  )
  .map(([first, rest]) => first + rest)
  .filter((name) => !AVOID.test(name));

const PIECES = ['"', "'", "\\", "`", "*/", "${", "\u2028", "\u2029", "😀", "👨‍👩‍👧", "é", "中文", " ", "\n", "\t", "\0", "x", "abc", "\ud800", "\udc00", "a long piece of text "];

/** Hostile text: quotes of both kinds, backslashes, backticks, comment ends, line separators, emoji. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join("")),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ maxLength: 120 }),
);

const number = fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));

const BINARY: BinaryOperator[] = ["||", "&&", "??", "===", "!==", "<", ">=", "+", "-", "*", "/", "%", "|", "&", "instanceof", "in", "==", "<<"];

const leaf: fc.Arbitrary<Expr> = fc.oneof(
  { weight: 4, arbitrary: identifier.map(b.id) },
  { weight: 2, arbitrary: hostileString.map(b.str) },
  { weight: 1, arbitrary: number.map(b.num) },
  { weight: 1, arbitrary: fc.boolean().map(b.bool) },
  { weight: 1, arbitrary: fc.constant(b.nullLiteral) },
  { weight: 1, arbitrary: fc.constant(b.thisExpr) },
  { weight: 1, arbitrary: fc.constantFrom(b.regex("a/b[/]c", "gi"), b.regex("^\\d+$"), b.regex("x", "ysu")) },
);

const memberish = (object: fc.Arbitrary<Expr>, allowOptional = true): fc.Arbitrary<Expr> =>
  fc.oneof(
    fc.tuple(object, identifier, fc.nat(9)).map(([o, n, r]) => b.member(o, n, allowOptional && r === 0)),
    fc.tuple(object, fc.oneof(hostileString.map(b.str), fc.nat(99).map(b.num), identifier.map(b.id))).map(([o, i]) => b.index(o, i)),
  );

/** Random expressions (depth-bounded). */
export const expression: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr; simple: Expr }>((tie) => ({
  simple: fc.oneof({ maxDepth: 2 }, leaf, memberish(fc.oneof(identifier.map(b.id), fc.constant(b.thisExpr))), tie("simple").map((e) => b.call(b.id("f"), [e]))),
  expr: fc.oneof(
    { maxDepth: 4, depthSize: "small" },
    { weight: 5, arbitrary: leaf },
    { weight: 2, arbitrary: memberish(fc.oneof(identifier.map(b.id), fc.constant(b.thisExpr), tie("simple"))) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.oneof(identifier.map(b.id), memberish(identifier.map(b.id))), fc.array(tie("expr"), { maxLength: 4 }))
        .map(([callee, args]) => b.call(callee, args)),
    },
    { weight: 1, arbitrary: fc.tuple(identifier, fc.array(tie("expr"), { maxLength: 3 })).map(([c, args]) => b.newExpr(b.id(c), args)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.array(fc.oneof(fc.tuple(fc.oneof(identifier, hostileString), tie("expr")).map(([k, v]) => b.prop(k, v)), identifier.map(b.shorthand), identifier.map((n) => b.spreadMember(b.id(n)))), { maxLength: 5 }),
          fc.boolean(),
        )
        .map(([members, expanded]) => b.object(members, expanded)),
    },
    { weight: 2, arbitrary: fc.array(fc.oneof(tie("expr"), identifier.map((n) => b.spread(b.id(n)))), { maxLength: 6 }).map(b.array) },
    { weight: 1, arbitrary: fc.array(number.map(b.num), { minLength: 1, maxLength: 40 }).map(b.array) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("!", "-", "typeof", "void", "~", "+") as fc.Arbitrary<"!">, tie("expr")).map(([op, e]) => b.unary(op, e)) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...BINARY), fc.array(tie("expr"), { minLength: 2, maxLength: 5 })).map(([op, es]) => b.chain(op, es)) },
    { weight: 2, arbitrary: fc.tuple(tie("expr"), fc.constantFrom(...BINARY), tie("expr")).map(([l, op, r]) => b.binary(l, op, r)) },
    { weight: 1, arbitrary: fc.tuple(tie("expr"), tie("simple"), tie("simple")).map(([c, x, y]) => b.conditional(c, x, y)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.array(identifier, { maxLength: 3 }), fc.oneof(tie("expr"), fc.array(statementLeaf(tie("expr")), { maxLength: 3 })), fc.boolean())
        .map(([params, body, isAsync]) => b.arrow(params.map((p) => b.param(p)), body as Expr | Stmt[], isAsync)),
    },
    { weight: 1, arbitrary: tie("simple").map(b.awaitExpr) },
  ),
})).expr;

function statementLeaf(expr: fc.Arbitrary<Expr>): fc.Arbitrary<Stmt> {
  return fc.oneof(
    // A bare literal statement reads as a directive in some places; emitters never write one.
    expr.filter((e) => e.kind !== "literal").map(b.exprStmt),
    fc.tuple(identifier, expr).map(([n, e]) => b.variable("const", n, e)),
    expr.map((e) => b.ret(e)),
    fc.tuple(memberish(identifier.map(b.id), false), expr).map(([target, value]) => b.exprStmt(b.assign(target, value))),
  );
}

/** Random statements, including nested blocks, loops, switches and functions. */
export const statement: fc.Arbitrary<Stmt> = fc.letrec<{ stmt: Stmt }>((tie) => ({
  stmt: fc.oneof(
    { maxDepth: 3, depthSize: "small" },
    { weight: 6, arbitrary: statementLeaf(expression) },
    { weight: 1, arbitrary: identifier.map((n) => b.exprStmt(b.update("++", b.id(n)))) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(expression, fc.array(tie("stmt"), { maxLength: 3 }), fc.option(fc.oneof(fc.array(tie("stmt"), { maxLength: 2 }), tie("stmt")), { nil: undefined }), fc.boolean())
        .map(([test, body, alt, single]) => b.ifStmt(test, single && body.length === 1 ? (body[0] as Stmt) : body, alt as Stmt | Stmt[] | undefined)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(identifier, expression, expression, fc.array(fc.oneof(tie("stmt"), fc.constant(b.breakStmt), fc.constant(b.continueStmt)), { maxLength: 3 }))
        .map(([i, n, e, body]) => b.forStmt(b.variable("let", i, b.num(0)), b.binary(b.id(i), "<", n), b.update("++", b.id(i)), [...body, b.exprStmt(e)])),
    },
    { weight: 1, arbitrary: fc.tuple(identifier, expression, fc.array(tie("stmt"), { maxLength: 3 }), fc.boolean()).map(([n, r, body, of]) => (of ? b.forOf(n, r, body) : b.forIn(n, r, body))) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(expression, fc.array(fc.tuple(fc.option(expression, { nil: undefined }), fc.array(tie("stmt"), { maxLength: 2 })), { maxLength: 4 }))
        .map(([d, cases]) => b.switchStmt(d, cases.map(([test, body]) => ({ test, body: [...body, b.breakStmt] })))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(identifier, fc.array(fc.tuple(identifier, fc.option(leaf, { nil: undefined })), { maxLength: 4 }), fc.array(tie("stmt"), { maxLength: 4 }), fc.boolean(), fc.boolean())
        .map(([name, params, body, isAsync, exported]) =>
          b.fn(name, params.map(([p, d]) => b.param(p, d === undefined ? {} : { defaultValue: d })), body, { async: isAsync, exported }),
        ),
    },
    { weight: 1, arbitrary: fc.tuple(hostileString, tie("stmt")).map(([doc, s]) => b.withDoc(doc, s)) },
    { weight: 1, arbitrary: hostileString.map(b.comment) },
    { weight: 1, arbitrary: fc.constant(b.blank as Stmt) },
  ),
})).stmt;

/** Random types for `.d.ts` files. */
export const typeNode: fc.Arbitrary<TypeNode> = fc.letrec<{ type: TypeNode; member: TypeMember }>((tie) => ({
  type: fc.oneof(
    { maxDepth: 3, depthSize: "small" },
    { weight: 4, arbitrary: fc.oneof(identifier, fc.constantFrom("string", "number", "unknown", "null", "undefined", "boolean")).map((n) => t.typeRef(n)) },
    { weight: 3, arbitrary: hostileString.map(t.stringType) },
    { weight: 1, arbitrary: number.map(t.numberType) },
    { weight: 2, arbitrary: fc.tuple(identifier, fc.array(tie("type"), { minLength: 1, maxLength: 3 })).map(([n, args]) => t.typeRef(n, args)) },
    { weight: 3, arbitrary: fc.array(tie("type"), { minLength: 2, maxLength: 6 }).filter((ts) => ts.every((x) => x.kind !== "union")).map(t.union) },
    { weight: 2, arbitrary: fc.tuple(tie("type"), fc.boolean()).map(([e, ro]) => t.arrayType(e, ro)) },
    { weight: 1, arbitrary: fc.tuple(fc.array(tie("type"), { maxLength: 4 }), fc.boolean()).map(([es, ro]) => t.tupleType(es, ro)) },
    { weight: 1, arbitrary: fc.tuple(fc.array(tie("member"), { maxLength: 4 }), fc.boolean()).map(([ms, ex]) => t.objectType(ms, ex)) },
    { weight: 1, arbitrary: fc.tuple(fc.array(fc.tuple(identifier, tie("type")), { maxLength: 3 }), tie("type")).map(([ps, r]) => t.functionType(ps.map(([n, ty]) => b.param(n, { type: ty })), r)) },
  ),
  member: fc.oneof(
    fc.tuple(fc.oneof(identifier, hostileString), tie("type"), fc.boolean(), fc.boolean(), fc.option(hostileString, { nil: undefined })).map(([n, ty, optional, ro, doc]) => t.propertySignature(n, ty, { optional, readonly: ro, doc })),
    fc.tuple(identifier, fc.array(fc.tuple(identifier, tie("type")), { maxLength: 3 }), tie("type")).map(([n, ps, r]) => t.methodSignature(n, ps.map(([p, ty]) => b.param(p, { type: ty })), r)),
  ),
})).type;

/** A parameter list with types, for declarations. */
export const typedParams: fc.Arbitrary<Param[]> = fc.array(fc.tuple(identifier, typeNode, fc.boolean()), { maxLength: 4 }).map((ps) => ps.map(([n, ty, optional]) => b.param(n, { type: ty, optional })));
