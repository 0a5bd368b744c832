/**
 * `npm run corpus -- add FILE [--outlet …] [--title …] [--url …] [--published …]`, `… remove ID`,
 * `… restore ID`, `… trash`: the /corpus commands for people with a shell on the bot's host.
 * Same store as the bot (validated, atomic, nothing lost); a running bot picks changes up on /reload,
 * or at once with CORPUS_WATCH=true.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { addLink } from "../../admin/add-link.js";
import { FetchError } from "../../admin/fetch-page.js";
import { listTrash, removeArticle, restoreArticle, StoreError } from "../../corpus/store.js";
import { addUpload } from "../../corpus/store-page.js";
import { cliConfig } from "./settings.js";

const usage = `usage:
  npm run corpus -- add FILE [--outlet NAME] [--title TEXT] [--url URL] [--published YYYY-MM-DD] [--corpus DIR]
  npm run corpus -- add --url LINK [--outlet NAME] [--title TEXT] [--published YYYY-MM-DD] [--corpus DIR]
  npm run corpus -- remove ID [--corpus DIR]
  npm run corpus -- restore ID [--corpus DIR]
  npm run corpus -- trash [--corpus DIR]`;

const after =
  "A running bot serves this after /reload (or at once when it runs with CORPUS_WATCH=true).";

/** Runs one subcommand (`argv[0]`); returns the exit code: 0 done, 1 refused, 2 bad usage. */
export async function runCorpusAdmin(argv: string[]): Promise<number> {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const fail = (text: string, code: number) => {
    process.stderr.write(`${text}\n`);
    return code;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2);
  }
  const { command, target, values } = parsed;
  const config = cliConfig(values.corpus);
  const dir = config.corpusDir;
  const options = { maxFileBytes: config.maxFileBytes, maxPageBytes: config.maxPageBytes };
  try {
    if (command === "trash") {
      const ids = await listTrash(dir, options);
      out(ids.length === 0 ? `The trash of ${dir} is empty.` : ids.join("\n"));
      return 0;
    }
    // Without a FILE, add fetches the --url link.
    const link = command === "add" ? values.url : undefined;
    if (target === undefined && link === undefined)
      return fail(
        `${command} needs ${command === "add" ? "a FILE or --url LINK" : "an ID"}\n${usage}`,
        2,
      );
    if (command === "add") {
      const fields = {
        outlet: values.outlet,
        title: values.title,
        url: target === undefined ? undefined : values.url,
        published: values.published,
      };
      const added =
        target === undefined
          ? await addLink(dir, link as string, fields, {
              fetch: { allowHosts: config.fetchAllowHosts },
              store: options,
            })
          : await addUpload(dir, path.basename(target), await readFile(target), fields, options);
      const a = added.article;
      out(
        `${added.previous === null ? "Added" : "Replaced"} ${a.id} (${path.join(dir, added.file)})`,
      );
      out(
        `  outlet: ${a.outlet}; title: ${a.title ?? "none"}; published: ${a.published ?? "unknown"}; ${a.paragraphs.length} paragraphs; ${a.quotes.length} quotes`,
      );
      if (a.paragraphs[0]) out(`  first paragraph: ${a.paragraphs[0]}`);
      for (const q of a.quotes.slice(0, 3))
        out(`  “${q.text}” — ${q.speaker ?? "no speaker found"}`);
      for (const w of a.warnings) out(`  warning: ${w}`);
      if (added.previous !== null)
        out(`  previous version kept in ${path.join(dir, added.previous)}`);
    } else if (target !== undefined) {
      const moved =
        command === "remove"
          ? await removeArticle(dir, target, options)
          : await restoreArticle(dir, target, options);
      out(
        `${command === "remove" ? "Removed" : "Restored"} ${moved.id}: ${moved.from} → ${moved.to} in ${dir}`,
      );
    }
    out(after);
    return 0;
  } catch (error) {
    if (error instanceof StoreError || error instanceof FetchError) return fail(error.message, 1);
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && command === "add") {
      return fail(`cannot read ${target}: no such file`, 1);
    }
    throw error;
  }
}

function parse(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      outlet: { type: "string" },
      title: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      corpus: { type: "string" },
    },
  });
  const [command, target, ...extra] = positionals;
  if (command !== "add" && command !== "remove" && command !== "restore" && command !== "trash") {
    throw new Error(`unknown subcommand "${command ?? ""}"`);
  }
  if (extra.length > 0) throw new Error(`unexpected ${extra.join(" ")}`);
  if (command !== "add" && Object.keys(values).some((k) => k !== "corpus")) {
    throw new Error(`--outlet, --title, --url and --published go with add only`);
  }
  return { command, target, values };
}
