// `npm run lint:regex` (part of npm run lint): every regular expression literal in the given files
// (default: src/ and commands/) is put through recheck, a ReDoS checker; a pattern that can take
// super-linear time on some input fails the lint. recheck runs its bundled checker in this process or its prebuilt npm binary: nothing is
// downloaded. A polynomial pattern whose input is bounded by construction may carry a `redos-bounded:`
// comment saying why (see boundedReason); it is reported but does not fail the lint. recheck's fuzzer
// estimates the degree (2 or 3 for one pattern, run to run), so a bound covers any polynomial degree;
// exponential time always fails. The fuzzer is seeded so every run sees the same attack strings; a
// pattern recheck cannot decide within its time (wall time, so it depends on load) is listed, not failed.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type * as Recheck from "recheck";
import ts from "typescript";

/** A regular expression literal found in a source file. */
export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** The reason given in a `redos-bounded:` comment on the line above, if any. */
  bounded: string | null;
}

/** The verdict on one pattern. */
export interface RegexVerdict extends FoundRegex {
  status: "safe" | "vulnerable" | "unknown";
  /** "polynomial (degree 2)" or "exponential" for a vulnerable one, and an attack string recheck built. */
  complexity: string | null;
  attack: string | null;
}

const BOUNDED = /redos-bounded:([^\n]+)/;

/** Every regular expression literal in `text` (TypeScript or JavaScript source). */
export function findRegexes(file: string, text: string): FoundRegex[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const slash = literal.lastIndexOf("/");
      found.push({
        file,
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        source: literal.slice(1, slash),
        flags: literal.slice(slash + 1),
        bounded: boundedReason(text, node),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * The `redos-bounded:` reason in a comment written before the regex or before a statement, element
 * or property enclosing it, up to the enclosing function: the reason must hold where it is written.
 */
function boundedReason(text: string, regex: ts.Node): string | null {
  for (let node: ts.Node = regex; !ts.isSourceFile(node); node = node.parent) {
    for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
      const m = BOUNDED.exec(text.slice(range.pos, range.end));
      if (m) return (m[1] as string).trim();
    }
    // An arrow function or function expression is part of the statement that holds it.
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isClassLike(node))
      break;
  }
  return null;
}

/** recheck's fuzzer seed: unseeded, one pattern is found quadratic in one run and cubic in the next. */
const SEED = 1;

/** recheck's time on a pattern it could not decide in the first 10 s. */
const RETRY_TIMEOUT_MS = 60_000;

let recheck: typeof Recheck | undefined;

/** recheck, loaded for the first pattern without a cached verdict: a run that has them all never loads it. */
function loadRecheck(): typeof Recheck {
  recheck ??= createRequire(import.meta.url)("recheck") as typeof Recheck;
  return recheck;
}

/** Checks one pattern; `timeoutMs` bounds recheck's own time on it (then "unknown"). */
export function checkRegex(found: FoundRegex, timeoutMs = 10_000): RegexVerdict {
  const d = loadRecheck().checkSync(found.source, found.flags, {
    timeout: timeoutMs,
    randomSeed: SEED,
    // recheck's per-phase budgets default to wall time, so a busy machine turned "safe" into
    // "vulnerable"; without them the fuzzer's step limits alone decide, the same on every run. An
    // attack reading 100 million characters is super-linear on recheck's attack strings (at most
    // maxAttackStringSize, 300,000); the default 1.5 billion took minutes on linear patterns.
    incubationTimeout: null,
    attackTimeout: null,
    attackLimit: 100_000_000,
    seedingTimeout: null,
  });
  return {
    ...found,
    status: d.status,
    complexity:
      d.status !== "vulnerable"
        ? null
        : d.complexity.type === "polynomial"
          ? `polynomial (degree ${d.complexity.degree})`
          : d.complexity.type,
    attack: d.status === "vulnerable" ? d.attack.pattern : null,
  };
}

type Verdict = Pick<RegexVerdict, "status" | "complexity" | "attack">;

/**
 * Verdicts of earlier runs by pattern, for this version of recheck: a pattern takes recheck up to
 * seconds, and most do not change between runs. Kept under node_modules/.cache, never committed.
 */
class VerdictCache {
  private readonly file: string;
  private readonly verdicts: Record<string, Verdict>;

  constructor() {
    const version = (createRequire(import.meta.url)("recheck/package.json") as { version: string })
      .version;
    this.file = path.join("node_modules", ".cache", "check-regex", `recheck-${version}.json`);
    try {
      this.verdicts = JSON.parse(readFileSync(this.file, "utf8")) as Record<string, Verdict>;
    } catch {
      this.verdicts = {};
    }
  }

  check(found: FoundRegex): RegexVerdict {
    const key = `/${found.source}/${found.flags}`;
    const known = this.verdicts[key];
    if (known) return { ...found, ...known };
    // recheck's budget is wall time: on a busy machine a large alternation can run out of it, so an
    // undecided pattern gets one longer try before it is reported undecided.
    let v = checkRegex(found);
    if (v.status === "unknown") v = checkRegex(found, RETRY_TIMEOUT_MS);
    // An undecided pattern is asked again next time.
    if (v.status !== "unknown")
      this.verdicts[key] = { status: v.status, complexity: v.complexity, attack: v.attack };
    return v;
  }

  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.verdicts));
  }
}

function sourceFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(?:ts|mts|mjs|js)$/.test(f) && !f.endsWith(".d.ts"))
    .map((f) => path.join(target, f))
    .sort();
}

/** What a run over some files found: lines for stdout and stderr, and how many patterns failed. */
export interface RegexReport {
  out: string[];
  err: string[];
  failed: number;
}

/** Checks every regex literal in `targets` (files or folders), with verdicts cached between runs. */
export function checkFiles(targets: readonly string[]): RegexReport {
  const files = targets.flatMap(sourceFiles);
  const report: RegexReport = { out: [], err: [], failed: 0 };
  let checked = 0;
  const cache = new VerdictCache();
  for (const file of files) {
    for (const found of findRegexes(file, readFileSync(file, "utf8"))) {
      checked++;
      const v = cache.check(found);
      if (v.status === "safe") continue;
      const where = `${v.file}:${v.line} /${v.source}/${v.flags}`;
      // Undecided after the longer try depends on the machine's load, not on the pattern: reported
      // for a look by hand, never failed, so the lint gives the same answer on every machine.
      if (v.status === "unknown") {
        report.out.push(`undecided by recheck (check it by hand): ${where}`);
        continue;
      }
      // A bound on the input length makes polynomial time small; exponential time stays too slow.
      if (v.bounded !== null && v.complexity?.startsWith("polynomial")) {
        report.out.push(`bounded input (${v.bounded}): ${where}`);
        continue;
      }
      report.failed++;
      report.err.push(
        `${where}\n  ReDoS: ${v.complexity} time on input like ${v.attack}; rewrite it to run in linear time`,
      );
    }
  }
  cache.save();
  report.out.push(
    `${checked} regular expressions checked in ${files.length} files; ${report.failed} failed`,
  );
  return report;
}

function main(): void {
  const targets = process.argv.slice(2);
  const report = checkFiles(targets.length > 0 ? targets : ["src", "commands"]);
  for (const line of report.err) console.error(line);
  for (const line of report.out) console.log(line);
  if (report.failed > 0) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
