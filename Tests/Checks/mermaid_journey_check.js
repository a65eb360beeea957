// Parses a Mermaid `journey` diagram with Mermaid's own generated parser
// (journey.jison, as built into mermaid 11.16.1) and prints what Mermaid
// would draw, as JSON: title, accTitle, accDescr, sections, tasks (section,
// task, score, people), names with entities decoded as a browser shows them;
// sectionLines and taskLines hold each section's and task's name as the
// lines the journey renderer draws (svgDraw.js splits at /<br\s*\/?>/gi
// before entities are decoded).
// Exits 1 with Mermaid's message on a parse error.
//
// Mermaid is not on npm here, so the parser is taken from the Mermaid bundle
// that ships in JupyterLab's wheel (`pip install jupyterlab==4.6.6`): the
// chunk holding the journey grammar is found by its symbol table and run with
// stub imports. Before parsing, the text goes through what mermaid.render
// does first (mermaid-js/mermaid packages/mermaid/src/mermaidAPI.ts and
// preprocess.ts): CRLF to LF, front matter and %%{}%% directives removed,
// whole-line %% comments removed, then encodeEntities (`#58;` and the like).
//
// usage: node mermaid_journey_check.js FILE   (JOURNEY_JUPYTERLAB_STATIC may name the static folder)
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

function staticFolder() {
  if (process.env.JOURNEY_JUPYTERLAB_STATIC) return process.env.JOURNEY_JUPYTERLAB_STATIC;
  const script = "import importlib.util,os;s=importlib.util.find_spec('jupyterlab');print(os.path.join(list(s.submodule_search_locations)[0],'static') if s else '')";
  const found = execFileSync("python3", ["-c", script], { encoding: "utf8" }).trim();
  if (!found) throw new Error("JupyterLab is not installed: pip install jupyterlab==4.6.6 (it bundles Mermaid's parser)");
  return found;
}

function journeyParser() {
  const folder = staticFolder();
  for (const name of fs.readdirSync(folder).filter((n) => n.endsWith(".js"))) {
    const source = fs.readFileSync(path.join(folder, name), "utf8");
    if (!source.includes("symbols_:{error:2,start:3,journey:4")) continue;
    const chunks = {};
    new Function("self", source)(chunks);
    const list = Object.values(chunks).find(Array.isArray);
    for (const [, modules] of list) {
      for (const key of Object.keys(modules)) {
        if (!modules[key].toString().includes("symbols_:{error:2,start:3,journey:4")) continue;
        const stub = new Proxy(function () {}, { get: (_, p) => (p === "K" ? (f) => f : stub), apply: () => stub });
        const require = () => stub;
        require.d = (e, defs) => { for (const k in defs) Object.defineProperty(e, k, { get: defs[k], enumerable: true }); };
        const exports = {};
        modules[key]({}, exports, require);
        return exports.diagram.parser;
      }
    }
  }
  throw new Error("no Mermaid journey parser in " + folder);
}

function preprocess(text) {
  text = text.replace(/\r\n?/g, "\n");
  text = text.replace(/^-{3}\s*[\n\r](.*?)[\n\r]-{3}\s*[\n\r]+/s, "");
  text = text.replace(/%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi, "");
  text = text.replace(/^\s*%%(?!{)[^\n]+\n?/gm, "").trimStart();
  return text.replace(/#\w+;/g, (s) => {
    const inner = s.substring(1, s.length - 1);
    return /^\+?\d+$/.test(inner) ? "ﬂ°°" + inner + "¶ß" : "ﬂ°" + inner + "¶ß";
  });
}

const named = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00a0" };
function shown(text) {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (s, n) => named[n.toLowerCase()] ?? s);
}

const file = process.argv[2];
const text = preprocess(fs.readFileSync(file, "utf8"));
if (!/^\s*journey/.test(text)) {
  console.error(`${file}: not a journey diagram (Mermaid's detector wants it to start with "journey")`);
  process.exit(1);
}
const result = { title: null, accTitle: null, accDescr: null, sections: [], tasks: [], sectionLines: [], taskLines: [] };
let section = "";
const drawnLines = (text) => text.split(/<br\s*\/?>/gi).map(shown);
const parser = journeyParser();
parser.yy = {
  setDiagramTitle: (t) => (result.title = shown(t)),
  // As commonDb.ts (without its HTML sanitizing): the title loses leading
  // whitespace, the description each line's indentation (and blank lines).
  setAccTitle: (t) => (result.accTitle = t.replace(/^\s+/g, "")),
  setAccDescription: (t) => (result.accDescr = t.replace(/\n\s+/g, "\n")),
  addSection: (t) => { section = shown(t); result.sections.push(section); result.sectionLines.push(drawnLines(t)); },
  // As journeyDb.addTask: the data after ':' splits at ':' into score and people.
  addTask: (name, data) => {
    const pieces = data.substr(1).split(":");
    const people = pieces.length === 1 ? [] : pieces[1].split(",").map((s) => shown(s.trim()));
    result.tasks.push({ section, task: shown(name), score: Number(pieces[0]), people });
    result.taskLines.push(drawnLines(name));
  },
};
try {
  parser.parse(text);
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}
for (const task of result.tasks) {
  if (!Number.isFinite(task.score) || task.score < 0 || task.score > 5) {
    console.error(`${file}: task "${task.task}" has score ${task.score}, which Mermaid draws off the chart`);
    process.exit(1);
  }
}
console.log(JSON.stringify(result));
