/**
 * Checker cases for hostile spec folders (issue 14): what a probe found to
 * crash, hang or leak, each now a `file:line:col` error. Run by
 * checker-errors.test.ts with the other cases.
 */
import { BASE_FILES, OP, SERVICE, withOutputMembers, type Case } from "./spec-set.js";

const baseOp = BASE_FILES[OP]!;
const baseService = BASE_FILES[SERVICE]!;

/** An operation file that is valid on its own (route and names apart from GetThing's). */
const otherOp = baseOp.replace("GetThing", "GetOther").replace("/things/{id}", "/others/{id}");

/** `n` aliases of one anchor in an example body (line 21 holds the anchor, line 22 the first alias). */
function aliases(n: number): string {
  const uses = Array.from({ length: n }, (_, i) => `        b${i}: *x\n`).join("");
  return `${baseOp}examples:\n  - title: a\n    request:\n      body:\n        a: &x [1]\n${uses}`;
}

/** Files that are not regular files inside the specs folder. */
export const FILE_CASES: Case[] = [
  [
    "101 YAML aliases are reported at the 101st, not thrown (yaml walks the whole file per alias)",
    {
      given: { [OP]: aliases(101) },
      want: ["demo/GetThing.yaml:122:15 error: more than 100 YAML aliases in this file (write the values out: the limit guards against alias bombs)"],
    },
  ],
  ["100 YAML aliases are fine", { given: { [OP]: aliases(100) }, want: [] }],
  [
    "an alias bomb (aliases of aliases, 2^12 copies from 24 aliases) is reported at the first alias",
    {
      given: { [OP]: `${baseOp}examples:\n  - title: a\n    request:\n      body:\n        l0: &l0 [x]\n${Array.from({ length: 12 }, (_, i) => `        l${i + 1}: &l${i + 1} [*l${i}, *l${i}]\n`).join("")}` },
      want: ["demo/GetThing.yaml:22:18 error: YAML aliases expand to more than 1000 copies in this file (write the values out: the limit guards against alias bombs)"],
    },
  ],
  [
    "a FIFO named like a spec file is refused without being opened",
    {
      given: { "demo/Other.yaml": { fifo: true } },
      want: ["demo/Other.yaml:1:1 error: 'Other.yaml' is a FIFO (named pipe), not a regular file (spec files are regular YAML files)"],
    },
  ],
  [
    "a folder named like a spec file",
    {
      given: { "demo/X.yaml": { folder: true } },
      want: ["demo/X.yaml:1:1 error: 'X.yaml' is a folder, not a spec file (rename the folder: names ending in .yaml are spec files)"],
    },
  ],
  [
    "a dangling symbolic link",
    {
      given: { "demo/Other.yaml": { link: "Nowhere.yaml" } },
      want: ["demo/Other.yaml:1:1 error: 'Other.yaml' is a symbolic link to a missing file (point the link at an existing file, or remove it)"],
    },
  ],
  [
    "a symbolic link loop",
    {
      given: { "demo/Loop1.yaml": { link: "Loop2.yaml" }, "demo/Loop2.yaml": { link: "Loop1.yaml" } },
      want: [
        "demo/Loop1.yaml:1:1 error: 'Loop1.yaml' is a symbolic link loop (point the link at a file, or remove it)",
        "demo/Loop2.yaml:1:1 error: 'Loop2.yaml' is a symbolic link loop (point the link at a file, or remove it)",
      ],
    },
  ],
  [
    "a symbolic link out of the specs folder is refused, its target unread",
    {
      given: { "demo/Other.yaml": { outside: otherOp } },
      want: ["demo/Other.yaml:1:1 error: 'Other.yaml' is a symbolic link to <tmp>/outside.yaml, outside the specs folder (links may only point inside the specs folder: copy the target in instead)"],
    },
  ],
  [
    "a service folder linked from outside the specs folder is refused too",
    {
      given: { "linked/service.yaml": null, linked: { link: "/" } },
      want: ["linked:1:1 error: 'linked' is a symbolic link to /, outside the specs folder (links may only point inside the specs folder: copy the target in instead)"],
    },
  ],
  ["beside the service folders, a link to a file elsewhere is ignored like any loose file", { given: { "README.md": { outside: "# notes\n" } }, want: [] }],
  [
    "beside the service folders, a dangling link is reported (it may have been a service)",
    {
      given: { gone: { link: "nowhere" } },
      want: ["gone:1:1 error: 'gone' is a symbolic link to a missing file (point the link at an existing file, or remove it)"],
    },
  ],
  [
    "a symbolic link inside the specs folder is read (its target's error is reported at the link)",
    {
      given: { "demo/GetOther.txt": `${otherOp}documentaton: hi\n`, "demo/GetOther.yaml": { link: "GetOther.txt" } },
      want: ["demo/GetOther.yaml:17:1 error: unknown field 'documentaton' in the file (did you mean 'documentation'?)"],
    },
  ],
];

/** Names the generated code cannot carry (reserved, global, or the package's own). */
export const NAME_CASES: Case[] = [
  [
    "a shape named Record (a global the generated types rely on)",
    {
      given: { [SERVICE]: `${baseService}shapes:\n  Record:\n    type: structure\n    members: {}\n`, ...withOutputMembers("    r:\n      ref: Record\n") },
      want: ["demo/service.yaml:13:3 error: generated name 'Record' (shape) is a built-in name generated code relies on (rename it (shape and error names never travel on the wire))"],
    },
  ],
  ...["Array", "Promise", "Error"].map((name): Case => [
    `a shape named ${name}`,
    {
      given: { [SERVICE]: `${baseService}shapes:\n  ${name}:\n    type: enum\n    values: [A]\n` },
      want: [`demo/service.yaml:13:3 error: generated name '${name}' (shape) is a built-in name generated code relies on (rename it (shape and error names never travel on the wire))`],
    },
  ]),
  [
    "an operation named Constructor (its client method would be the class constructor)",
    {
      given: { [OP]: baseOp.replace("operation: GetThing", "operation: Constructor") },
      want: ["demo/GetThing.yaml:1:12 error: operation 'Constructor' would give the client a method 'constructor', which JavaScript reserves (rename the operation)"],
    },
  ],
  [
    "a shape named like the service's error class",
    {
      given: { [SERVICE]: `${baseService}shapes:\n  DemoServiceError:\n    type: structure\n    members: {}\n` },
      want: ["demo/service.yaml:13:3 error: generated name 'DemoServiceError' (shape) collides with one from demo/service.yaml:1:1 (rename the shape or the error)"],
    },
  ],
  [
    "an error named like the client class",
    {
      given: { [SERVICE]: baseService.replace("  BadRequest:\n", "  DemoClient:\n") },
      want: ["demo/service.yaml:9:3 error: generated name 'DemoClient' (error class) collides with one from demo/service.yaml:1:1 (rename the shape or the error)"],
    },
  ],
  [
    "a member named toString beside an invalid member name: the name is reported, nothing throws",
    {
      given: withOutputMembers("    toString:\n      type: string\n    bad-name:\n      type: string\n"),
      want: ["demo/GetThing.yaml:17:5 error: name 'bad-name' in 'output.members' does not match ^[A-Za-z_][A-Za-z0-9_]*$ (member names are identifiers (letters, digits, _))"],
    },
  ],
  ["members named like Object.prototype's properties are fine", { given: withOutputMembers("    toString:\n      type: string\n    constructor:\n      type: integer\n    hasOwnProperty:\n      type: boolean\n"), want: [] }],
];

const REWRITE = "rewrite it so that no text can match it in two ways (e.g. (a+)+ as a+)";

/** Patterns with super-linear backtracking, judged by the ReDoS analyser (recheck). */
export const PATTERN_CASES: Case[] = [
  [
    "a catastrophic pattern with a default: the pattern is reported, the default never run against it (was 1 min 47 s)",
    {
      given: withOutputMembers('    a:\n      type: string\n      pattern: "^(a+)+$"\n      default: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"\n'),
      want: [`demo/GetThing.yaml:17:16 error: 'a': pattern /^(a+)+$/ has super-linear backtracking: exponential time on input like 'a' + 'a'.repeat(31) + '\\x00' (${REWRITE})`],
    },
  ],
  [
    "a polynomial pattern on an unbounded string",
    {
      given: withOutputMembers('    a:\n      type: string\n      pattern: "\\\\s*$"\n'),
      want: [`demo/GetThing.yaml:17:16 error: 'a': pattern /\\s*$/ has super-linear backtracking: polynomial time (degree 2) on input like '\\t'.repeat(54773) + '\\x00' (${REWRITE}, or bound the string with maxLength <= 100)`],
    },
  ],
  [
    "a polynomial pattern whose maxLength is too large to bound it",
    {
      given: withOutputMembers('    a:\n      type: string\n      maxLength: 1000\n      pattern: "\\\\s*$"\n'),
      want: [`demo/GetThing.yaml:18:16 error: 'a': pattern /\\s*$/ has super-linear backtracking: polynomial time (degree 2) on input like '\\t'.repeat(54773) + '\\x00' (${REWRITE}, or lower maxLength (1000) to 100 or less)`],
    },
  ],
  [
    "a polynomial pattern bounded by maxLength is accepted; a default's length is checked before the pattern",
    {
      given: withOutputMembers('    a:\n      type: string\n      maxLength: 5\n      pattern: "a*a*b"\n      default: aaaaaaaaaaaa\n'),
      want: [`demo/GetThing.yaml:19:16 error: default of 'a' "aaaaaaaaaaaa" is longer than maxLength 5 (a default must satisfy the member's own type and constraints)`],
    },
  ],
  [
    "a default within its length is tested against a bounded pattern",
    {
      given: withOutputMembers('    a:\n      type: string\n      maxLength: 5\n      pattern: "a*a*b"\n      default: aaa\n'),
      want: [`demo/GetThing.yaml:19:16 error: default of 'a' "aaa" does not match pattern a*a*b (a default must satisfy the member's own type and constraints)`],
    },
  ],
  [
    "a catastrophic pattern on list items",
    {
      given: withOutputMembers('    a:\n      type: list\n      items:\n        type: string\n        pattern: "(a|a)*b"\n'),
      want: [`demo/GetThing.yaml:19:18 error: 'a' items: pattern /(a|a)*b/ has super-linear backtracking: exponential time on input like 'a' + 'a'.repeat(31) + '\\x00b' (${REWRITE})`],
    },
  ],
  ["a safe pattern with a look-ahead is accepted", { given: withOutputMembers('    a:\n      type: string\n      pattern: "^(?!aws:)[a-z:]+$"\n      default: "tag:x"\n'), want: [] }],
];

/** Integer members carry their type's range (32-bit integer, 64-bit long). */
export const RANGE_CASES: Case[] = [
  [
    "a default of 2147483648 is not an integer",
    {
      given: withOutputMembers("    n:\n      type: integer\n      default: 2147483648\n"),
      want: ["demo/GetThing.yaml:17:16 error: default of 'n' 2147483648 is above the maximum 2147483647 (a default must satisfy the member's own type and constraints)"],
    },
  ],
  [
    "a default of 1.2e29 is not an integer either",
    {
      given: withOutputMembers("    n:\n      type: integer\n      default: 1.2e29\n"),
      want: ["demo/GetThing.yaml:17:16 error: default of 'n' 1.2e+29 is above the maximum 2147483647 (a default must satisfy the member's own type and constraints)"],
    },
  ],
  [
    "an explicit maximum outside the integer range (one report, no min > max)",
    {
      given: withOutputMembers("    n:\n      type: integer\n      maximum: 4294967295\n"),
      want: ["demo/GetThing.yaml:17:16 error: 'n': maximum 4294967295 is outside the range of integer (-2147483648..2147483647) (integer is 32-bit; use type: long for larger values)"],
    },
  ],
  [
    "an explicit minimum outside the integer range",
    {
      given: withOutputMembers("    n:\n      type: integer\n      minimum: -3000000000\n"),
      want: ["demo/GetThing.yaml:17:16 error: 'n': minimum -3000000000 is outside the range of integer (-2147483648..2147483647) (integer is 32-bit; use type: long for larger values)"],
    },
  ],
  [
    "an explicit maximum outside the long range",
    {
      given: withOutputMembers("    n:\n      type: long\n      maximum: 1.2e29\n"),
      want: ["demo/GetThing.yaml:17:16 error: 'n': maximum 1.2e+29 is outside the range of long (-9223372036854775808..9223372036854775807) (long is a signed 64-bit integer)"],
    },
  ],
  ["a long holds 2^53 and more", { given: withOutputMembers("    n:\n      type: long\n      default: 9007199254740993\n      maximum: 9223372036854775807\n"), want: [] }],
];

/** File names that would break a one-line report. */
export const FILE_NAME_CASES: Case[] = [
  [
    "a spec file named with a line break, U+2028 and quotes is reported on one line",
    {
      given: { "demo/Get\nOther\u2028\"q'.yaml": `${otherOp}documentaton: hi\n` },
      want: [`demo/Get\\nOther\\u2028"q'.yaml:17:1 error: unknown field 'documentaton' in the file (did you mean 'documentation'?)`],
    },
  ],
  [
    "so is a FIFO named with a line break",
    {
      given: { "demo/A\nB.yaml": { fifo: true } },
      want: ["demo/A\\nB.yaml:1:1 error: 'A\\nB.yaml' is a FIFO (named pipe), not a regular file (spec files are regular YAML files)"],
    },
  ],
];

export const HOSTILE_CASES: Case[] = [...FILE_CASES, ...FILE_NAME_CASES, ...NAME_CASES, ...PATTERN_CASES, ...RANGE_CASES];
