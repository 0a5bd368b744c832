// The speaker directory of each snapshot a Library serves: read from every article in the
// background after start-up, then made change by change from the previous one. Apart from the
// library, which applies changes, because it keeps a schedule of its own: a change does not wait
// for the start-up pass over the quotes, and a question never makes a directory.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Article } from "../corpus/types.js";
import { SpeakerQuotes } from "../search/speaker-quotes.js";
import { SpeakerDirectory } from "../search/speakers.js";
import type { LibraryOptions } from "./library-options.js";
import type { Served, SpeakerHolder } from "./served.js";
import { inSlices, libraryTurn, type Priority, type TimeSlice } from "./turns.js";

/** Makes the speaker directories of one library's snapshots, a slice of `sliceMs` at a time. */
export class LiveSpeakers {
  constructor(private readonly options: Pick<LibraryOptions, "sliceMs" | "quotePassTurn">) {}

  /**
   * The speaker directory of `before` with `added` in and `removed` out. When the quotes of
   * `before` are known, it is made a slice at a time before the change serves, so the first
   * question after it has it; while they are still being read (after start-up), the change does
   * not wait: the directory is made once they are, and an older one serves meanwhile.
   */
  async after(
    before: Served,
    added: readonly Article[],
    removed: readonly Article[],
    slice: TimeSlice,
  ): Promise<SpeakerHolder> {
    const old = before.speakers;
    // Copying the changed strings' quotes is not cut: it starts a slice of its own when this one is spent.
    if (old.quotes) await slice.pause();
    const holder: SpeakerHolder = {
      quotes: old.quotes?.withChanges(added, removed) ?? null,
      directory: null,
      fallback: removed.length === 0 ? (old.directory ?? old.fallback) : null,
    };
    if (holder.quotes) {
      // From the previous directory when it was made from the quotes these were changed from.
      holder.directory = await slice.goOn((due) =>
        SpeakerDirectory.steps(holder.quotes as SpeakerQuotes, due, old.directory),
      );
      return holder;
    }
    holder.reading = this.#quotesOf(before).then(async (quotes) => {
      // Changes queued behind the pass would otherwise each copy the quotes in the same turn.
      await libraryTurn("background");
      holder.quotes = quotes.withChanges(added, removed);
      return holder.quotes;
    });
    // After the previous directory, so this one is made from it.
    holder.ready = Promise.all([holder.reading, old.ready]).then(async ([quotes]) => {
      holder.directory = await this.#directoryOf(quotes, "background", old.directory);
    });
    return holder;
  }

  /** After start-up, in the background a slice at a time: the quotes by speaker of `served`, then its directory. */
  async prepare(served: Served): Promise<void> {
    const holder = served.speakers;
    holder.ready ??= this.#quotesOf(served).then(async (quotes) => {
      holder.directory ??= await this.#directoryOf(quotes, "background");
    });
    await holder.ready;
  }

  /**
   * The quotes by speaker of `served`, read from its articles a slice at a time when not known
   * yet (after start-up): the next change starts from them.
   */
  #quotesOf(served: Served): Promise<SpeakerQuotes> {
    const holder = served.speakers;
    if (holder.quotes) return Promise.resolve(holder.quotes);
    // One pass, shared by everything that asks for it while it runs.
    holder.reading ??= (async () => {
      const change = SpeakerQuotes.empty.change();
      await this.options.quotePassTurn();
      let since = performance.now();
      for (const article of served.snapshot.corpus.articles) {
        change.add(article);
        if (performance.now() - since > this.options.sliceMs) {
          await this.options.quotePassTurn();
          since = performance.now();
        }
      }
      holder.quotes = await inSlices(
        (due) => change.finishing(due),
        this.options.sliceMs,
        "background",
      );
      return holder.quotes;
    })();
    return holder.reading;
  }

  /** The speaker directory of `quotes`, made a slice at a time (from `previous`'s when it can: SpeakerDirectory.steps). */
  #directoryOf(
    quotes: SpeakerQuotes,
    priority: Priority,
    previous: SpeakerDirectory | null = null,
  ): Promise<SpeakerDirectory> {
    return inSlices(
      (due) => SpeakerDirectory.steps(quotes, due, previous),
      this.options.sliceMs,
      priority,
    );
  }
}

/** Settles once the holder in service (`inService`, asked again as snapshots change) has its directory. */
export async function directoryReady(inService: () => SpeakerHolder): Promise<void> {
  while (inService().directory === null) await (inService().ready ?? nextTurn());
}
