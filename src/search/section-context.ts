import { paragraphOf } from "../corpus/packed.js";
import type { Article, Subhead } from "../corpus/types.js";
import type { PassageContext } from "./passage-terms.js";

/**
 * What lends its words to paragraph `p` (past the lead) of `article`, and the key of that
 * context: passages with one key share one object, so the groups it lends are read once (the
 * context is made on need: making it decodes paragraphs).
 *
 * The title and the article's lead, as a rule. Under a subhead (a digest's numbered item, an
 * explainer's "What happened next") the subhead joins the title, and the section's first
 * paragraph stands in for the lead of the section's later paragraphs: in a "5 things" digest
 * the article's lead is another story's. `leadBonus` still goes to the article's lead only.
 *
 * @example
 * // subheads: [{ text: "China protests", paragraph: 3 }]
 * const { key, context } = passageContext(digest, 4);
 * // key "3:3"; context() → { title: "5 things to know China protests", lead: digest.paragraphs[3] }
 */
export function passageContext(
  article: Article,
  p: number,
): { key: string; context: () => PassageContext } {
  const title = article.title ?? "";
  const section = sectionOf(article.subheads, p);
  if (section === undefined)
    return { key: "", context: () => ({ title, lead: paragraphOf(article, 0) ?? "" }) };
  // The section's own first paragraph is lent the article's lead, as any first paragraph is.
  const lead = p === section.paragraph ? 0 : section.paragraph;
  return {
    key: `${section.paragraph}:${lead}`,
    context: () => ({ title: `${title} ${section.text}`, lead: paragraphOf(article, lead) ?? "" }),
  };
}

/** The subhead over paragraph `p`: the last one placed at or above it, past the lead. */
function sectionOf(subheads: readonly Subhead[], p: number): Subhead | undefined {
  let section: Subhead | undefined;
  for (const subhead of subheads)
    if (subhead.paragraph > 0 && subhead.paragraph <= p) section = subhead;
  return section;
}
