/**
 * The prettier options generated files are laid out for. Generation does
 * not run prettier: the emitters print this layout themselves, and a test
 * runs prettier with these options over every generated file to prove it.
 * Fixed here, so output never depends on a user's prettier config.
 */
export const PRETTIER_OPTIONS = {
  printWidth: 100,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  proseWrap: "preserve",
  endOfLine: "lf",
} as const;
