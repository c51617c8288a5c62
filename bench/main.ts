/**
 * `npm run bench -- <name>`: runs one benchmark (or all). Each benchmark is
 * a module under bench/ exporting `run(args)`; figures are ratios against a
 * peer measured in the same run, medians over several rounds.
 */
const BENCHES: Record<string, () => Promise<{ run: (args: string[]) => Promise<void> }>> = {
  validators: () => import("./validators.js"),
  mock: () => import("./mock.js"),
  size: () => import("./size.js"),
  generate: () => import("./generate.js"),
};

async function main(argv: string[]) {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h") {
    console.log(`Usage: npm run bench -- [${Object.keys(BENCHES).join("|")}] [options]\nWith no name, runs every benchmark.`);
    return 0;
  }
  const names = name ? [name] : Object.keys(BENCHES);
  for (const n of names) {
    const load = Object.hasOwn(BENCHES, n) ? BENCHES[n] : undefined;
    if (!load) {
      console.error(`unknown benchmark '${n}'; known: ${Object.keys(BENCHES).join(", ")}`);
      return 2;
    }
    console.log(`\n== bench: ${n} ==`);
    await (await load()).run(rest);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
