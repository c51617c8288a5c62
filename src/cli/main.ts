#!/usr/bin/env node
/** opforge command line: dispatches to one command module per subcommand. */
import { generateCommand, type Io } from "./generate-command.js";
import { verifyCommand } from "./verify-command.js";

const HELP = `opforge: spec-driven code generator

Usage: opforge <command> [options]

Commands:
  generate   check specs/ and write generated/ (see: opforge generate --help)
  mock       serve the generated mock APIs on one port (see: opforge mock --help)
  verify     compare the AWS specs with the official botocore service models

Run 'opforge <command> --help' for a command's options.`;

type Command = (argv: string[], io: Io) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  generate: generateCommand,
  // Loaded on use: the server needs none of the generator.
  mock: (argv, io) => import("./mock-command.js").then((m) => m.mockCommand(argv, io)),
  verify: verifyCommand,
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
