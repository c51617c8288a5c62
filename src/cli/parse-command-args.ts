/** Option parsing shared by every command: usage errors exit 2 with the help, `--help` prints it. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Io } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
export type CommandValues<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true }>>["values"];

/**
 * Parses `argv` for `opforge <command>`. Returns the values, or the exit code
 * when the command should stop: 0 after printing `--help`, 2 on a usage error
 * (unknown option, or `validate` throwing).
 */
export function parseCommandArgs<const O extends Options>(
  command: string,
  argv: string[],
  options: O,
  help: string,
  io: Io,
  validate?: (values: CommandValues<O>) => void,
): CommandValues<O> | number {
  let values: CommandValues<O>;
  try {
    values = parseArgs({ args: argv, options, strict: true }).values as CommandValues<O>;
    if (!(values as { help?: boolean }).help) validate?.(values);
  } catch (e) {
    io.err(`opforge ${command}: ${(e as Error).message}\n\n${help}`);
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    io.out(help);
    return 0;
  }
  return values;
}
