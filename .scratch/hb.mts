import Handlebars from "handlebars";
const hb = Handlebars.create();
const t = hb.compile("A {{x}} B {{{x}}}");
const orig = hb.Utils.escapeExpression;
(hb.Utils as any).escapeExpression = (s: string) => "[" + s + "]";
console.log(t({ x: "<b>*hi*" }));
(hb.Utils as any).escapeExpression = orig;
console.log(t({ x: "<b>*hi*" }));
