/**
 * Function words that say nothing about what a passage is about, plus question words and
 * reporting filler ("tell me about"). "us" is kept out on purpose: it is also "U.S." folded.
 * Contractions are folded without their apostrophe ("where'd" -> "whered"), so they are listed
 * that way, with the spoken forms people type ("gonna"); "won" is a verb, "won't" is "wont".
 * "didn't" folds to "didn" and "t"; typed without the apostrophe, as chat often is, it is "didnt",
 * listed too, with the other negatives, "they're", "you're" and "I'm".
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are aren as at be because been before " +
    "being below between both but by can cannot could couldn did didn do does doesn doing don down " +
    "during each few for from further had hadn has hasn have haven having he her here hers herself " +
    "him himself his how i if in into is isn it its itself just let me more most mustn my myself no " +
    "nor not now of off on once only or other ought our ours ourselves out over own same shan she " +
    "should shouldn so some such than that the their theirs them themselves then there these they " +
    "this those through to too under until up very was wasn we were weren what when where which " +
    "while who whom whose why will with wont would wouldn you your yours yourself yourselves " +
    "tell know happened happen anything something thing things please did whether also another any " +
    "anyone anybody someone somebody everyone everybody nobody " +
    "whered whatd whod howd whos whats wheres hows whens whys gonna wanna gotta " +
    "didnt doesnt dont isnt wasnt werent arent hasnt havent hadnt wouldnt shouldnt couldnt mustnt " +
    "cant theyre youre im"
  ).split(" "),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
