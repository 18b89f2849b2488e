import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { referral } from "@ariadne/domain";
import i18next from "i18next";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { localeFolders, localesDir, readJson } from "../i18n/locale-files.ts";

/**
 * Every audit action and record type the server (and the CLI) can write has a label on the Audit
 * trail page in every language, so no row shows a raw key. The names are read from the sources:
 * - actions: the argument for a parameter `action: string` (auditedRead, auditedInTenant,
 *   appendActorAudit, auditedCaseCommand, … and any new wrapper written the same way), and the
 *   `action` of an audit event literal (an object with `action` and `outcome`, as appendAudit takes);
 * - record types: every `recordType: …` in an object literal, and the arguments of a parameter
 *   that one passes on.
 * A literal, a `cond ? "a" : "b"`, `x ?? "a"` and a local `const` are read; a parameter passed on is
 * followed to its callers. A template literal's values are listed below, each from where it is built.
 */
const repo = join(import.meta.dirname, "../../../..");
const sourceDirs = ["packages/server/src", "packages/cli/src"];

/** The referral boxes the list route takes, read from the server (it is not a web dependency). */
function referralBoxes(): string[] {
  const text = readFileSync(join(repo, "packages/server/src/referral/referral-lists.ts"), "utf8");
  const list = /export const referralBoxes = \[([^\]]*)\]/.exec(text)?.[1];
  if (!list) throw new Error("referralBoxes not found in referral-lists.ts");
  return [...list.matchAll(/"(\w+)"/g)].map((m) => m[1]!);
}

const templates: Record<string, string[]> = {
  // referral/referral-lists.ts: `box` is a referral box, or "case" (one case's referrals), or
  // "overdue" (neither given).
  "`referrals.list.${box}`": [...referralBoxes(), "case", "overdue"],
  // referral/referrals-commands.ts transitionReferral: the referral state machine's steps.
  "`referrals.${t.action}`": [...referral.referralActions],
  // cases/timeline-commands.ts addEntry: the timeline kinds it is called with (note, contact, task,
  // screening, attachment; casesDb.TimelineKind).
  "`cases.${kind}.add`": ["note", "contact", "task", "screening", "attachment"],
  // stats/routes.ts registerExport: its two exports, "ctdc" and "htcds".
  "`stats.${name}_export`": ["ctdc", "htcds"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

type FunctionLike = ts.FunctionLikeDeclaration;
type Sink = "action" | "record";

interface Found {
  actions: Map<string, string>;
  records: Map<string, string>;
  problems: string[];
}

function scan(): Found {
  const files = sourceDirs
    .flatMap((d) => sourceFiles(join(repo, d)))
    .map((path) => ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true));
  const found: Found = { actions: new Map(), records: new Map(), problems: [] };
  const where = (node: ts.Node) => {
    const sf = node.getSourceFile();
    return `${relative(repo, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  };

  const exported = (n: ts.Node) =>
    ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  /** A name as calls name it: an exported one anywhere, any other in its own file only. */
  const scoped = (name: string, n: ts.Node, isExported: boolean) =>
    isExported ? name : `${n.getSourceFile().fileName}#${name}`;

  /** The name a function is called by: its own, its variable's, or (curried) the outer variable's. */
  function nameOf(fn: FunctionLike): { name: string; curried: boolean } | null {
    if (ts.isMethodDeclaration(fn)) return { name: fn.name.getText(), curried: false };
    if (ts.isFunctionDeclaration(fn) && fn.name) {
      return { name: scoped(fn.name.text, fn, exported(fn)), curried: false };
    }
    let node: ts.Node = fn;
    let curried = false;
    while (ts.isArrowFunction(node.parent) || ts.isFunctionExpression(node.parent)) {
      node = node.parent;
      curried = true;
    }
    const declaration = node.parent;
    if (ts.isVariableDeclaration(declaration) && ts.isIdentifier(declaration.name)) {
      const statement = declaration.parent.parent;
      return { name: scoped(declaration.name.text, fn, exported(statement)), curried };
    }
    return null;
  }

  // Functions whose parameter at an index takes an action or a record type, by name.
  const sinks = new Map<string, { sink: Sink; index: number }[]>();
  const addSink = (name: string, sink: Sink, index: number) => {
    const list = sinks.get(name) ?? [];
    if (!list.some((s) => s.sink === sink && s.index === index)) list.push({ sink, index });
    sinks.set(name, list);
  };
  // Curried functions whose inner function takes an action, by name, with its index.
  const factories = new Map<string, number>();
  const record = (sink: Sink, value: string, node: ts.Node) =>
    (sink === "action" ? found.actions : found.records).set(value, where(node));

  function enclosingParameter(id: ts.Identifier): { fn: FunctionLike; index: number } | null {
    for (let n: ts.Node | undefined = id.parent; n; n = n.parent) {
      if (ts.isFunctionLike(n) && "body" in n) {
        const index = n.parameters.findIndex((p) => p.name.getText() === id.text);
        if (index >= 0) return { fn: n as FunctionLike, index };
      }
    }
    return null;
  }

  function localConst(id: ts.Identifier): ts.Expression | null {
    let init: ts.Expression | null = null;
    const visit = (n: ts.Node) => {
      if (ts.isVariableDeclaration(n) && n.name.getText() === id.text && n.initializer) init = n.initializer;
      ts.forEachChild(n, visit);
    };
    visit(id.getSourceFile());
    return init;
  }

  /** Records the values an expression can take; a parameter passed on makes its function a sink. */
  function values(sink: Sink, e: ts.Expression): void {
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) record(sink, e.text, e);
    else if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) values(sink, e.expression);
    else if (ts.isConditionalExpression(e)) {
      values(sink, e.whenTrue);
      values(sink, e.whenFalse);
    } else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
      // `out.recordType ?? "case"`: the left side is a record type given elsewhere.
      values(sink, e.right);
    } else if (ts.isTemplateExpression(e)) {
      const known = templates[e.getText()];
      if (known)
        for (const v of known)
          record(
            sink,
            e
              .getText()
              .slice(1, -1)
              .replace(/\$\{[^}]+\}/, v),
            e,
          );
      else found.problems.push(`${where(e)}: list the values of ${e.getText()} in this test`);
    } else if (ts.isIdentifier(e)) {
      const param = enclosingParameter(e);
      const name = param && nameOf(param.fn);
      if (param && name && !name.curried) addSink(name.name, sink, param.index);
      else if (param && name && factories.get(name.name) === param.index) {
        // A factory's action, passed on by what it makes: read at the calls of that (step 1).
      } else if (param) found.problems.push(`${where(e)}: cannot follow parameter ${e.text}`);
      else {
        const init = localConst(e);
        if (init) values(sink, init);
        else found.problems.push(`${where(e)}: cannot read ${e.text}`);
      }
    } else if (ts.isPropertyAccessExpression(e) || e.kind === ts.SyntaxKind.NullKeyword) {
      // A value passed on from an object literal read elsewhere (`out.recordType`), or none.
    } else found.problems.push(`${where(e)}: cannot read ${e.getText()}`);
  }

  // 1. Parameters `action: string`, and curried factories of them (`const controlled = controlledRoute(s)`).
  for (const sf of files) {
    const visit = (n: ts.Node) => {
      if (ts.isFunctionLike(n) && "body" in n) {
        const fn = n as FunctionLike;
        fn.parameters.forEach((p, index) => {
          if (p.name.getText() !== "action" || p.type?.getText() !== "string") return;
          const name = nameOf(fn);
          if (!name) found.problems.push(`${where(p)}: an action parameter of a function without a name`);
          else if (name.curried) factories.set(name.name, index);
          else addSink(name.name, "action", index);
        });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  for (const sf of files) {
    const visit = (n: ts.Node) => {
      if (ts.isVariableDeclaration(n) && n.initializer && ts.isCallExpression(n.initializer)) {
        const callee = n.initializer.expression.getText();
        const index = factories.get(callee) ?? factories.get(scoped(callee, n, false));
        const statement = n.parent.parent;
        if (index !== undefined) addSink(scoped(n.name.getText(), n, exported(statement)), "action", index);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }

  // 2. Audit event literals and `recordType:` properties; these may add sinks (a parameter passed on).
  for (const sf of files) {
    const visit = (n: ts.Node) => {
      if (ts.isObjectLiteralExpression(n)) {
        const props = new Map(
          n.properties.flatMap((p) =>
            ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? [[p.name.getText(), p]] : [],
          ),
        );
        const initializerOf = (p: ts.ObjectLiteralElementLike) =>
          ts.isPropertyAssignment(p) ? p.initializer : (p as ts.ShorthandPropertyAssignment).name;
        const action = props.get("action");
        if (action && props.has("outcome")) values("action", initializerOf(action));
        const recordType = props.get("recordType");
        if (recordType) values("record", initializerOf(recordType));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }

  // 3. The arguments at every call of a sink, until no new sink turns up.
  for (let before = -1; before !== [...sinks.values()].flat().length; ) {
    before = [...sinks.values()].flat().length;
    for (const sf of files) {
      const visit = (n: ts.Node) => {
        if (ts.isCallExpression(n)) {
          const callee = (
            ts.isPropertyAccessExpression(n.expression) ? n.expression.name : n.expression
          ).getText();
          const called = [...(sinks.get(callee) ?? []), ...(sinks.get(scoped(callee, n, false)) ?? [])];
          for (const { sink, index } of called) {
            const arg = n.arguments[index];
            if (arg) values(sink, arg);
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  }
  return found;
}

const { actions, records, problems } = scan();

/** The language's own labels (no fallback to English), found the way the page asks i18next for them. */
async function labelsOf(lang: string) {
  const i18n = i18next.createInstance();
  const audit = readJson<Record<string, unknown>>(join(localesDir, lang, "audit.json"));
  await i18n.init({ lng: lang, fallbackLng: false, resources: { [lang]: { translation: { audit } } } });
  return (key: string) => i18n.exists(key) && i18n.t(key).trim() !== "";
}

describe("audit labels", () => {
  it("reads every audit action and record type from the server's sources", () => {
    expect(problems).toEqual([]);
    // The reading itself: names written each way, and in the CLI.
    for (const a of [
      "auth.sign_in",
      "audit.read",
      "cases.create",
      "referrals.list.municipality",
      "referrals.send",
      "stats.cases",
      "services.archive",
      "cases.retention.anonymise",
      "keys.rotate",
    ])
      expect([...actions.keys()]).toContain(a);
    for (const r of ["user", "case", "statistics", "referral", "region", "mapping_entry"])
      expect([...records.keys()]).toContain(r);
    expect(actions.size).toBeGreaterThan(150);
  });

  it.each(localeFolders())("%s: labels every action and record type", async (lang) => {
    const has = await labelsOf(lang);
    const unlabelled = [
      ...[...actions].filter(([a]) => !has(`audit.actions.${a}`)).map(([a, at]) => `action ${a} (${at})`),
      ...[...records].filter(([r]) => !has(`audit.records.${r}`)).map(([r, at]) => `record ${r} (${at})`),
    ];
    expect(unlabelled).toEqual([]);
  });
});
