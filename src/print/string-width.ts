/**
 * Display width of a string, measured the way prettier measures it, so that the layout decisions
 * (does this group fit in 100 columns?) come out the same as prettier's for non-ASCII text.
 *
 * Rules: control characters and combining marks take no column; an emoji (a whole RGI sequence:
 * ZWJ families, flags, skin tones, keycaps) takes two, except emoji whose default presentation is
 * text (©, ™, ↔ ...) which take one; East Asian Wide and Fullwidth characters take two; everything
 * else takes one.
 */

import { WIDE_RANGES } from "./east-asian-width.js";

const NOT_ASCII = /[^\x20-\x7F]/;
/** Characters an emoji sequence can contain: without any, the (slow) emoji pass is skipped. */
const MAYBE_EMOJI = /[\u00A9\u00AE\u203C-\u3299\uFE0F\uD800-\uDBFF]/;
const ZERO_WIDTH_MARK = /[\p{Mn}\p{Me}]/u;
// Built with the constructor: the `v` flag (needed for RGI_Emoji) is newer than the project's TS target.
const EMOJI = new RegExp("[#*0-9]\\uFE0F?\\u20E3|\\p{RGI_Emoji}|\\p{Emoji_Modifier_Base}", "gv");
// A lone emoji code point whose default presentation is text is one column wide.
const TEXT_PRESENTATION = /^\p{Extended_Pictographic}$/u;
const EMOJI_PRESENTATION = /^[\p{Emoji_Presentation}\p{Emoji_Modifier_Base}]$/u;

function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE_RANGES.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = WIDE_RANGES[mid * 2] as number;
    const end = WIDE_RANGES[mid * 2 + 1] as number;
    if (codePoint < start) high = mid - 1;
    else if (codePoint > end) low = mid + 1;
    else return true;
  }
  return false;
}

function emojiWidth(emoji: string): number {
  const single = [...emoji].length === 1;
  if (single && TEXT_PRESENTATION.test(emoji) && !EMOJI_PRESENTATION.test(emoji)) return 1;
  return 2;
}

/**
 * Columns `text` occupies in a monospace terminal, as prettier counts them. O(length).
 */
export function stringWidth(text: string): number {
  if (!NOT_ASCII.test(text)) return text.length;
  let width = 0;
  const rest = MAYBE_EMOJI.test(text)
    ? text.replace(EMOJI, (emoji) => {
        width += emojiWidth(emoji);
        return "";
      })
    : text;
  for (const character of rest) {
    const codePoint = character.codePointAt(0) as number;
    if (codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f)) continue;
    if (ZERO_WIDTH_MARK.test(character)) continue;
    width += isWide(codePoint) ? 2 : 1;
  }
  return width;
}
