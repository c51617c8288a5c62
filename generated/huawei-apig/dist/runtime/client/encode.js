function encodeLabel(value, greedy) {
  return greedy ? value.split("/").map(extendedEncodeURIComponent).join("/") : extendedEncodeURIComponent(value);
}
function extendedEncodeURIComponent(value) {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase()
  );
}
function fillPath(template, labels) {
  return template.replace(/\{([^}]+?)(\+?)\}/g, (_, name, plus) => {
    const value = Object.hasOwn(labels, name) ? labels[name] : void 0;
    if (value === void 0 || value === "")
      throw new TypeError(`path label "${name}" is missing or empty`);
    const greedy = plus === "+";
    if ((greedy ? value.split("/") : [value]).some((s) => s === "." || s === "..")) {
      throw new TypeError(
        `path label "${name}" is a dot segment ("${value}"), which URL parsers resolve to another path`
      );
    }
    return encodeLabel(value, greedy);
  });
}
function queryString(pairs) {
  return pairs.map(([k, v]) => `${extendedEncodeURIComponent(k)}=${extendedEncodeURIComponent(v)}`).join("&");
}
export {
  encodeLabel,
  extendedEncodeURIComponent,
  fillPath,
  queryString
};
