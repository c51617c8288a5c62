import * as b from "../src/print/js-build.ts";
import { printModule } from "../src/print/js-statements.ts";
const r = b.ret(b.bool(false));
const X = b.id("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), Y = b.id("yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"), Z = b.id("zzzzzzzzzzzzzzzzzzzzzzzzzzzz");
const body = [
  b.ifStmt(b.binary(b.chain("+", [X, Y, Z]), ">", b.num(3)), r),
  b.ifStmt(b.call(b.id("isValid"), [X, Y, b.id("zzzzzzzzzzzzzzzzzzzz"), b.id("qqqqq")]), r),
  b.ifStmt(b.chain("instanceof", [X, Y, Z]), r),
  b.ifStmt(b.not(b.call(b.id("isValid"), [X, Y, b.id("zzzzzzzzzzzzzzzzzzzz"), b.id("qqqqq")])), r),
];
console.log(printModule([b.fn("f", [b.param("x")], body)], "js"));
