/**
 * Discord's payload rules, checked independently of the bot's own renderer so the tests catch a
 * renderer that forgets one. Each problem is a path and a message, like Discord's 50035 errors.
 */

export interface Problem {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json =>
  typeof x === "object" && x !== null && !Array.isArray(x);
const text = (x: unknown): string => (typeof x === "string" ? x : "");
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

function tooLong(problems: Problem[], path: string, value: unknown, max: number): void {
  if (typeof value === "string" && value.length > max) {
    problems.push({ path, message: `Must be ${max} or fewer in length.` });
  }
}

/** Checks a message body (reply, update, edit, follow-up). `partial` edits may omit everything. */
export function validateMessage(body: unknown, partial: boolean): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(body)) return [{ path: "", message: "Expected an object." }];
  tooLong(problems, "content", body.content, 2000);

  const embeds = list(body.embeds);
  if (embeds.length > 10)
    problems.push({ path: "embeds", message: "Must be 10 or fewer in length." });
  let total = 0;
  embeds.forEach((e, i) => {
    if (!isObject(e)) return;
    const at = `embeds.${i}`;
    tooLong(problems, `${at}.title`, e.title, 256);
    tooLong(problems, `${at}.description`, e.description, 4096);
    total += text(e.title).length + text(e.description).length;
    if (isObject(e.footer)) {
      tooLong(problems, `${at}.footer.text`, e.footer.text, 2048);
      total += text(e.footer.text).length;
    }
    if (isObject(e.author)) {
      tooLong(problems, `${at}.author.name`, e.author.name, 256);
      total += text(e.author.name).length;
    }
    const fields = list(e.fields);
    if (fields.length > 25)
      problems.push({ path: `${at}.fields`, message: "Must be 25 or fewer in length." });
    fields.forEach((f, j) => {
      if (!isObject(f)) return;
      tooLong(problems, `${at}.fields.${j}.name`, f.name, 256);
      tooLong(problems, `${at}.fields.${j}.value`, f.value, 1024);
      if (text(f.name) === "" || text(f.value) === "") {
        problems.push({ path: `${at}.fields.${j}`, message: "Field name and value are required." });
      }
      total += text(f.name).length + text(f.value).length;
    });
  });
  if (total > 6000)
    problems.push({ path: "embeds", message: "Embed size exceeds maximum size of 6000" });

  problems.push(...validateComponents(body.components));

  const hasAttachments = list(body.attachments).length > 0;
  const empty =
    text(body.content) === "" && embeds.length === 0 && list(body.components).length === 0;
  if (!partial && empty && !hasAttachments) {
    problems.push({ path: "", message: "Cannot send an empty message" });
  }
  return problems;
}

function validateComponents(components: unknown): Problem[] {
  const problems: Problem[] = [];
  const rows = list(components);
  if (rows.length > 5)
    problems.push({ path: "components", message: "Must be 5 or fewer in length." });
  const ids = new Set<string>();
  rows.forEach((r, i) => {
    const at = `components.${i}`;
    if (!isObject(r) || r.type !== 1) {
      problems.push({ path: at, message: "Expected an action row (type 1)." });
      return;
    }
    const inner = list(r.components);
    const selects = inner.filter((c) => isObject(c) && c.type !== 2).length;
    if (inner.length === 0 || inner.length > 5 || (selects > 0 && inner.length > 1)) {
      problems.push({
        path: `${at}.components`,
        message: "A row holds 1 to 5 buttons or one select menu.",
      });
    }
    inner.forEach((c, j) => {
      if (!isObject(c)) return;
      const cat = `${at}.components.${j}`;
      if (c.type === 2 && c.style === 5) {
        if (typeof c.url !== "string")
          problems.push({ path: `${cat}.url`, message: "Link buttons need a url." });
      } else {
        const id = text(c.custom_id);
        if (id === "" || id.length > 100) {
          problems.push({
            path: `${cat}.custom_id`,
            message: "Must be between 1 and 100 in length.",
          });
        }
        if (ids.has(id))
          problems.push({
            path: `${cat}.custom_id`,
            message: "Component custom id cannot be duplicated",
          });
        ids.add(id);
      }
      tooLong(problems, `${cat}.label`, c.label, 80);
      tooLong(problems, `${cat}.placeholder`, c.placeholder, 150);
      if (c.type === 3) {
        const options = list(c.options);
        if (options.length === 0 || options.length > 25) {
          problems.push({ path: `${cat}.options`, message: "Must be between 1 and 25 in length." });
        }
        const values = new Set<string>();
        options.forEach((o, k) => {
          if (!isObject(o)) return;
          tooLong(problems, `${cat}.options.${k}.label`, o.label, 100);
          tooLong(problems, `${cat}.options.${k}.value`, o.value, 100);
          tooLong(problems, `${cat}.options.${k}.description`, o.description, 100);
          if (values.has(text(o.value)))
            problems.push({ path: `${cat}.options.${k}.value`, message: "Duplicate value." });
          values.add(text(o.value));
        });
      }
    });
  });
  return problems;
}

/** Checks an autocomplete result: at most 25 choices, names and values 1 to 100 characters. */
export function validateChoices(body: unknown): Problem[] {
  const choices = isObject(body) ? list(body.choices) : [];
  const problems: Problem[] = [];
  if (!isObject(body) || !Array.isArray(body.choices))
    problems.push({ path: "choices", message: "Required." });
  if (choices.length > 25)
    problems.push({ path: "choices", message: "Must be 25 or fewer in length." });
  choices.forEach((c, i) => {
    if (!isObject(c)) return;
    for (const key of ["name", "value"] as const) {
      const v = c[key];
      const len = typeof v === "string" ? v.length : String(v).length;
      if (len < 1 || len > 100)
        problems.push({
          path: `choices.${i}.${key}`,
          message: "Must be between 1 and 100 in length.",
        });
    }
  });
  return problems;
}
