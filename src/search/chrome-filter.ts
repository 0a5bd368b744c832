/**
 * Page furniture that ingestion may let through: sign-up and cookie notices, share bars, video
 * player text, captions, credit lines. Such a paragraph is never returned as an answer, and the
 * evaluation counts any that reaches a top 5.
 */
const CHROME_PATTERNS: readonly RegExp[] = [
  /\b(sign up|subscribe|unsubscribe|newsletter|mailing list|inbox)\b/i,
  /\b(cookies?|privacy policy|terms of (use|service)|all rights reserved)\b/i,
  /\b(share (this|on)|follow us|click here|read more|read also|related:|more on this story)\b/i,
  /\b(no media source|please wait|direct link|accessibility links|breaking news|advertisement)\b/i,
  /^\s*\d{1,2}:\d{2}(\s+\d{1,2}(:\d{2}){1,2})+\s*$/,
  /^\s*(image|photo|picture|video)( source| caption)?\s*[:,]/i,
  /^\s*(watch|listen)\s*:/i,
  /^\s*(compiled from|with reporting by|additional reporting|copyright|©)/i,
  /^\s*[A-Z][A-Z .'-]+,\s+\w+ \d{1,2}\s+\([^)]+\)\s*$/,
];

/**
 * `pattern`, tested only when the paragraph holds one of `needs` (lower case when the pattern
 * ignores case), a part of every match: a paragraph is searched for a few plain strings far faster
 * than a pattern starting with a word boundary or a choice of words is tried at each character.
 */
export function gated(pattern: RegExp, ...needs: string[]): Pick<RegExp, "test"> {
  // Ignoring case, the strings are looked for as the pattern compares letters (a lower-case copy
  // of every paragraph was most of what indexing allocated besides the articles).
  const anyCase = pattern.ignoreCase
    ? new RegExp(needs.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|"), "i")
    : null;
  return {
    test(paragraph: string): boolean {
      const held = anyCase ? anyCase.test(paragraph) : needs.some((n) => paragraph.includes(n));
      return held && pattern.test(paragraph);
    },
  };
}

/**
 * Photo captions and consent banners run longer than a menu line but are still never reporting:
 * a gallery counter, a licensing link, a photographer's credit at the end, consent wording.
 */
// redos-bounded: looksLikeChrome tests paragraphs of under 400 characters against them
const CAPTION_PATTERNS: readonly Pick<RegExp, "test">[] = [
  /^\s*(item \d+ of \d+|\[\d+\/\d+\])\s/i,
  /\b(purchase licensing rights|opens new tab)\b/i,
  gated(/\b[A-Z]{2,}\/[A-Z][a-z.'-]+( [A-Z][a-z.'-]+)+\s*$/, "/"),
  /\([^()]*\bvia (AP|Reuters|AFP|Getty Images)\)\s*$/,
  gated(/\b(Photograph|Photo|Picture|Illustration|Composite)( by)?: [^.]*$/, ": "),
  /^\s*image (source|caption)\s*[:,]/i,
  gated(
    /\b(use cookies|cookie (policy|settings)|privacy settings|consent|manage (your )?(preferences|choices))\b/i,
    "cookie",
    "privacy",
    "consent",
    "manage",
  ),
];

/**
 * "JUST WATCHED … Replay More Videos": the second phrase searched for from the end of the first, so a
 * paragraph is read once (a `.*` between them rescans to the end from every "JUST WATCHED").
 */
function clipList(paragraph: string): boolean {
  const start = CLIPS_START.exec(paragraph);
  if (!start) return false;
  CLIPS_END.lastIndex = start.index + start[0].length;
  return CLIPS_END.test(paragraph);
}

// Made once: a pattern written in the function is a new object at every paragraph.
const CLIPS_START = /\bJUST WATCHED\b/;
const CLIPS_END = /\bReplay More Videos\b/g;

/** Video player boxes, however long their titles: a list of clips with running times. */
const VIDEO_BOX: readonly Pick<RegExp, "test">[] = [{ test: clipList }, /^\s*Video Ad Feedback\b/];

/** Whether a paragraph looks like page furniture rather than reporting. */
export function looksLikeChrome(paragraph: string): boolean {
  for (const p of VIDEO_BOX) if (p.test(paragraph)) return true;
  if (paragraph.length < 200) {
    for (const p of CHROME_PATTERNS) if (p.test(paragraph)) return true;
  }
  if (paragraph.length < 400) {
    for (const p of CAPTION_PATTERNS) if (p.test(paragraph)) return true;
  }
  return false;
}

/** Photo agencies a caption's credit names after the photographer ("Jane Doe/AP"). */
const AGENCIES = "AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Invision|Shutterstock|Zuma|Sipa|Pool";

/**
 * Photo captions and teasers that read like reporting: a photographer's credit ("Seth Wenig/AP",
 * "via Getty Images", an agency or "Courtesy …" after the last sentence), where someone stands in
 * the picture ("Petro, left, and …"), a picture desk's dateline ("WASHINGTON, DC - NOVEMBER 21:
 * ..."), a "Read more" teaser, a link to another story behind a short label. They may hold an
 * answer, but never before a body paragraph. A newsletter's summary of a story that ends in "Read
 * more" is reporting, not a teaser.
 */
const CAPTION: readonly Pick<RegExp, "test">[] = [
  gated(new RegExp(`[A-Z][\\w.'-]*/(?:[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)*/)*(?:${AGENCIES})\\b`), "/"),
  /\bvia Getty Images\b/,
  /^\s*[A-Z][A-Z .,'-]+ - [A-Z]+ \d{1,2}:/,
  /^\s*Read more\b/,
  // "OPINION:Thorns owners need to go", "More:Who is Naftali Bennett?": a label and a link's
  // text joined with no space, as a page setting the label apart reads without its markup.
  /^\s*[A-Z][A-Za-z '’&.,-]{0,60}[A-Za-z]:[A-Z"“‘']/,
  // Who stands where in the picture: "Petro, left, and Noemi Sanin gesture …".
  gated(
    /[\w.], (?:left|right|center|centre|second from (?:left|right)), /,
    ", left, ",
    ", right, ",
    ", center, ",
    ", centre, ",
    ", second from ",
  ),
  // A credit after the last sentence: "… in New York. Reuters", "… District. Courtesy Jane Doe".
  new RegExp(`\\.\\s+(?:${AGENCIES})\\s*$`),
  /\bCourtesy(?: of)? [A-Z][\w.'’ -]{0,60}$/,
];

/** Whether a paragraph that is not chrome reads as a photo caption or a teaser. */
export function looksLikeCaption(paragraph: string): boolean {
  return CAPTION.some((p) => p.test(paragraph));
}
