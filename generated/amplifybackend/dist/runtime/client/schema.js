function unpack(m) {
  return typeof m === "string" ? [m, m, 0, "body"] : m;
}
export {
  unpack
};
