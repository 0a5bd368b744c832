import { type DiversifyOptions, defaultDiversifyOptions } from "./diversify.js";
import { defaultTopicOptions, type TopicOptions } from "./no-match.js";
import { defaultPassageOptions, type PassageOptions } from "./passage-options.js";
import { defaultQueryOptions, type QueryOptions } from "./query.js";

/** Tuning of ranking at question time. */
export interface RankOptions {
  /** Paragraphs re-scored sentence by sentence after the first BM25 pass. Default 30. */
  candidates: number;
  /**
   * Postings read at most for one word: lists are stored highest impact first, so a very
   * common word only contributes its best paragraphs. Scaled down for weaker alternatives and for
   * words below `informativeWeight`. Default 20,000.
   */
  maxPostings: number;
  /**
   * IDF from which a word gets the full postings budget; commoner words get a share. A how-many
   * question's verb this informative binds its count (`passageTerms`). Default 4.
   */
  informativeWeight: number;
  /**
   * Share of the question's weight the best paragraph must hold, else "no match", where the topic
   * is in doubt (`TopicOptions.wholeTopicAnswers`). A word the corpus never uses weighs the most,
   * so an off-topic question falls short. Default 0.35 (chosen on fold 0, docs/retrieval.md).
   */
  minCoverage: number;
  /**
   * Score bonus, as a share of the score, for a paragraph holding a quote whose speaker or role
   * a question asking for words names ("what did the governor say"). Default 0.2.
   */
  speakerBoost: number;
  /**
   * For a question asking for words, the paragraphs of the best candidates' articles holding a
   * quote by someone the question names join the candidates, from this many articles: the quote
   * often sits in a paragraph that names neither the event nor, beyond "she said", the speaker.
   * Default 5.
   */
  speakerArticles: number;
  /**
   * For a question asking for a figure or an age, the paragraphs writing a figure and a question
   * word in the articles of this many of the best candidates join the candidates, for ranking
   * only ("no match" is decided as before): the count often sits in a later paragraph that names
   * neither the story nor the thing counted as the question does ("the influencer, who has almost
   * eight million followers"), which the first pass never reaches. 0 turns it off. Default 5
   * (chosen on fold 0, docs/retrieval.md).
   */
  figureArticles: number;
  /**
   * Score bonus, as a share of the score, for an article's first paragraph: news puts the answer
   * to "what happened" in its lead. Default 0.15 (chosen on fold 0, docs/retrieval.md).
   */
  leadBonus: number;
  /**
   * Score bonus, as a share of the score, for a later paragraph p, divided by 1 + ln(1 + p)
   * (paragraph 1 gets 0.59 of it, paragraph 9 0.30, paragraph 30 0.23): past the lead, news
   * still tells the facts first and the background after. Default 0.1 (chosen on fold 0,
   * docs/retrieval.md).
   */
  positionBonus: number;
  /**
   * Share of its score a passage loses when its quote is mostly a direct quotation
   * (`mostlyQuoted`) and the question asks for a kind of answer other than someone's words (a
   * count, a date, a place, a person, a reason): a quotation tells what someone said, the
   * narrative around it tells the fact. A keyword search or a what-question keeps its quotations.
   * Default 0.2 (the value chosen on fold 0, the rule judged on a held-out set: docs/retrieval.md,
   * "A quotation below the narrative when a kind of answer is asked").
   */
  quotationPenalty: number;
  /**
   * Score bonus, as a share of the score, for another outlet's passage holding the names and
   * figures of the best passage's quote that the question does not ("187", "Chocolate and Chip"),
   * in proportion to their IDF share: each outlet's own report of the same answer. Default 1 (chosen on fold 0, docs/retrieval.md).
   */
  echoBonus: number;
  /**
   * Whether, when a figure is asked for (`asksForFigure`), a tie goes to the passage holding one
   * (`PassageMatch.answered`). Default true (docs/retrieval.md, "Tied rules read on a third blind
   * set").
   */
  figureTie: boolean;
  /**
   * For a question asking for the words of someone it names, the share of its score a paragraph
   * keeps where they do not speak: no quote of it is credited to them, and no sentence gives them
   * words (`attributesWords`), or one does but the paragraph quotes nobody (a report: "Twitter
   * said it is testing …"). Default 0.5 (chosen on fold 0, docs/retrieval.md, "Shelved rules
   * read on a second blind set"; the report since "Reports of what the speaker said").
   */
  silentSpeakerFactor: number;
  /**
   * Share of its score a passage loses when its article lacks every key word of the question, in
   * proportion to the share of their weight it lacks (the no-match decision's `offTopic`, 0..1): a
   * passage on another earthquake or from another year ranks below the story asked about.
   * Default 0.5 (docs/retrieval.md, "Passages of articles lacking the question's key words ranked
   * lower; a seventeenth blind set").
   */
  offTopicPenalty: number;
  query: QueryOptions;
  passage: PassageOptions;
  diversify: DiversifyOptions;
  /** Whether a passage is about the question's names, places and events at all. */
  topic: TopicOptions;
}

export const defaultRankOptions: RankOptions = {
  candidates: 30,
  maxPostings: 20_000,
  informativeWeight: 4,
  minCoverage: 0.35,
  speakerBoost: 0.2,
  speakerArticles: 5,
  figureArticles: 5,
  leadBonus: 0.15,
  positionBonus: 0.1,
  quotationPenalty: 0.2,
  echoBonus: 1,
  figureTie: true,
  silentSpeakerFactor: 0.5,
  offTopicPenalty: 0.5,
  query: defaultQueryOptions,
  passage: defaultPassageOptions,
  diversify: defaultDiversifyOptions,
  topic: defaultTopicOptions,
};
