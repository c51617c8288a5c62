#!/usr/bin/env node
/** opforge command line: dispatches to one command module per subcommand. */
import type { Io } from "./io.js";

const HELP = `opforge: spec-driven code generator

Usage: opforge <command> [options]

Commands:
  generate   check specs/ and write generated/ (see: opforge generate --help)
  mock       serve the generated mock APIs on one port (see: opforge mock --help)
  verify     compare the AWS specs with the official botocore service models
  import     draft specs from the vendor's sources: botocore models, Huawei API pages

Run 'opforge <command> --help' for a command's options.`;

type Command = (argv: string[], io: Io) => Promise<number>;

// Each command is loaded on use: the mock server needs none of the generator,
// and the generator none of the server, so startup pays only for what runs.
const COMMANDS: Record<string, Command> = {
  generate: (argv, io) => import("./generate-command.js").then((m) => m.generateCommand(argv, io)),
  mock: (argv, io) => import("./mock-command.js").then((m) => m.mockCommand(argv, io)),
  verify: (argv, io) => import("./verify-command.js").then((m) => m.verifyCommand(argv, io)),
  import: (argv, io) => import("./import-command.js").then((m) => m.importCommand(argv, io)),
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(HELP);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`opforge: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  return command(rest, io);
}

const io: Io = { out: (l) => console.log(l), err: (l) => console.error(l) };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 1;
  },
);
