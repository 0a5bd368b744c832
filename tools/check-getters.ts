// Part of `npm run lint`: no getter written in an object literal under src/ or commands/. Each such
// literal is a new accessor, and V8 then keeps what the getter's closure holds through every
// scavenge until a full collection: two of them once kept a whole question's objects alive, a
// third of what each question allocated (docs/scaling.md, "a question's objects no longer kept
// through scavenges"). A class with a getter, a method or a plain value does not.
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { readSources } from "./check-layers.js";

/** "file:line get name()" for every getter written in an object literal of `files`. */
export function literalGetters(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isGetAccessorDeclaration(node) && ts.isObjectLiteralExpression(node.parent)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push(`${file}:${line} get ${node.name.getText(sf)}()`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = literalGetters(readSources(process.cwd()));
  for (const f of found)
    console.error(`${f}: a getter in an object literal; make it a class's getter or a method.`);
  if (found.length > 0) {
    console.error(`${found.length} getter(s) in object literals; why: tools/check-getters.ts.`);
    process.exit(1);
  }
}
