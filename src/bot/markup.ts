/**
 * Discord's markup inside typed text: a custom emoji (`<:pepe:123…>`, animated `<a:…>`), a mention
 * of a user, role or channel (`<@123…>`, `<@!123…>`, `<@&123…>`, `<#123…>`), a command
 * (`</ask:123…>`) or a timestamp (`<t:1700000000:R>`). Ids are Discord snowflakes (17–20 digits).
 */
const MARKUP =
  /<(?:a?:\w{1,32}:\d{17,20}|@[!&]?\d{17,20}|#\d{17,20}|\/[\w -]{1,32}:\d{17,20}|t:-?\d{1,13}(?::[tTdDfFR])?)>/g;

/**
 * `text` without Discord's markup, for searching: a custom emoji's name or a mention's id is
 * no word of the question ("pepe" would be read as a name the corpus lacks). What is shown back
 * to the user is the text as typed, escaped.
 *
 * @example withoutDiscordMarkup("who mediated the departure <:pepe:123456789012345678>") // "who mediated the departure"
 */
export function withoutDiscordMarkup(text: string): string {
  return text.replace(MARKUP, " ").replace(/\s+/g, " ").trim();
}
