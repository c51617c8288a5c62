/**
 * The operation's name: the page's own (its file at the vendor is named
 * after the API: `UpdateCustomAuthorizerV2.html` -> UpdateCustomAuthorizer),
 * else one made from its title ("Modifying a Custom Authorizer" ->
 * UpdateCustomAuthorizer), and the noun its shapes are named after.
 */
import { pascalCase } from "../common/names.js";

const TITLE_VERBS: Array<[RegExp, string]> = [
  [/^creating\s+(.+)$/i, "Create"],
  [/^(?:modifying|updating)\s+(.+)$/i, "Update"],
  [/^deleting\s+(.+)$/i, "Delete"],
  [/^querying\s+(.+?)\s+details$/i, "ShowDetailsOf"],
  [/^querying\s+(.+)$/i, "List"],
];

const ARTICLES = /\b(?:a|an|the)\b/gi;

/** The operation name from the page's own file name, else from its title; undefined when neither gives one. */
export function operationName(
  originalName: string | undefined,
  title: string | undefined,
): string | undefined {
  if (originalName) {
    const stem = originalName.replace(/\.html?$/i, "").replace(/V\d+(?:_\d+)?$/, "");
    if (/^[A-Z][A-Za-z0-9]*$/.test(stem)) return stem;
  }
  if (!title) return undefined;
  for (const [re, verb] of TITLE_VERBS) {
    const m = re.exec(title.trim());
    if (m) return `${verb}${pascalCase(m[1]!.replace(ARTICLES, " "))}`;
  }
  return pascalCase(title.replace(ARTICLES, " ")) || undefined;
}

/** The noun of an operation name: UpdateCustomAuthorizer -> CustomAuthorizer, ShowDetailsOfCustomAuthorizers -> CustomAuthorizer. */
export function operationNoun(op: string): string {
  const rest = op
    .replace(
      /^(Create|Update|Delete|Show|List|Query|Get|Modify|Replace|Put|Patch|Set|Reset|Add|Remove|Batch|Check)/,
      "",
    )
    .replace(/^(DetailsOf|Details)/, "");
  const noun = rest || op;
  return /[^s]s$/.test(noun) && !/(ss|us|is)$/.test(noun) ? noun.slice(0, -1) : noun;
}
