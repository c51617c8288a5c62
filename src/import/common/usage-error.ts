/** A problem with how the import was asked for (exit 2 with the usage), as opposed to a failure while importing. */
export class UsageError extends Error {}
