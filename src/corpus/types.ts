/** A direct quote found in an article. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Who said it, as the article names them ("Kanat Saudabayev", "the spokesman"); null when the text does not say. */
  speaker: string | null;
  /** The speaker's role when the article gives one ("Kazakh Foreign Minister"); null otherwise. */
  role: string | null;
  /** Index into the article's `paragraphs`. */
  paragraph: number;
}

/** A section heading inside an article ("Road closures"). */
export interface Subhead {
  text: string;
  /** Index into the article's `paragraphs` of the paragraph it stands above. */
  paragraph: number;
}

/** One article after ingestion: clean paragraphs, metadata and quotes. */
export interface Article {
  /** Stable id: the file name without its extension ("000_477e95ba24763a34"). */
  id: string;
  /** Path of the source file relative to the corpus directory. */
  file: string;
  outlet: string;
  title: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or date-time as the source gives it; null when unknown. */
  published: string | null;
  language: string | null;
  /** Byline ("By Jane Doe"), place (dateline city) and credit lines, kept as metadata. */
  byline: string | null;
  place: string | null;
  credit: string | null;
  /** Section subheads inside the article, in order, each with its place: part of the article text (the extraction bench scores them), never a passage; each lends its words to the paragraphs of its section (`src/search/section-context.ts`). */
  subheads: Subhead[];
  /** Body paragraphs, page chrome removed, each repeated paragraph kept once. */
  paragraphs: string[];
  quotes: Quote[];
  /** Things a moderator may want to check; the article still loads. */
  warnings: string[];
}

/** A file that could not be loaded, with the reason. */
export interface LoadError {
  file: string;
  message: string;
}

/** The result of reading a corpus directory. */
export interface Corpus {
  /** Absolute path of the directory that was read. */
  dir: string;
  articles: Article[];
  errors: LoadError[];
  /** When the load finished. */
  loadedAt: Date;
}
