import * as prettier from "prettier";
const src = `function f(x) {
  if (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx + yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy + zzzzzzzzzzzzzzzzzzzzzzzzzzzz > 3) return false;
  if (isValid(xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy, zzzzzzzzzzzzzzzzzzzz, qqqqq)) return false;
  if (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx instanceof yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy instanceof zzzzzzzzzzzzzzzzzzzzzzzzzzzz) return false;
  if (!isValid(xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy, zzzzzzzzzzzzzzzzzzzz, qqqqq)) return false;
}`;
console.log(await prettier.format(src, { parser: "babel", printWidth: 100 }));
