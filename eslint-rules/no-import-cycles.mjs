import { statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * No file may reach itself through its imports, type-only imports included: a cycle means two
 * files each hold half of one idea (docs/architecture.md, "What each folder may import").
 * eslint-plugin-import's `no-cycle` skips type-only imports, which is where our cycles were, and
 * costs four times the whole lint; this rule reads each file's imports once per lint run with
 * TypeScript's own scanner and resolver (tsconfig.json's paths included).
 */
export const noImportCycles = {
  meta: {
    type: "problem",
    docs: {
      description: "Forbid import cycles between the project's files, type imports included",
    },
    schema: [],
    messages: {
      cycle:
        "This import makes a cycle: {{cycle}}. Move what the files share into a file of its own that both import.",
    },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const project = projectOf(context.cwd);
    if (!project.covers(file)) return {};
    return {
      ImportDeclaration: (node) => check(node),
      ExportNamedDeclaration: (node) => node.source && check(node),
      ExportAllDeclaration: (node) => check(node),
      ImportExpression: (node) => node.source.type === "Literal" && check(node),
    };

    function check(node) {
      const target = project.resolve(node.source.value, file);
      if (!target) return;
      const way = project.pathBetween(target, file);
      if (!way) return;
      const cycle = [file, ...way].map((each) => path.relative(context.cwd, each)).join(" → ");
      context.report({ node: node.source, messageId: "cycle", data: { cycle } });
    }
  },
};

const projects = new Map();

/** The project's import graph, read lazily: each file's imports, kept while the file is unchanged. */
function projectOf(cwd) {
  const known = projects.get(cwd);
  if (known) return known;
  const configFile = ts.findConfigFile(cwd, ts.sys.fileExists, "tsconfig.json");
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configFile, ts.sys.readFile).config,
    ts.sys,
    path.dirname(configFile),
  );
  const root = path.dirname(configFile);
  const importsOf = new Map();

  const project = {
    covers: (file) =>
      !path.relative(root, file).startsWith("..") &&
      !file.includes(`${path.sep}node_modules${path.sep}`),
    resolve(specifier, from) {
      const resolved = ts.resolveModuleName(specifier, from, parsed.options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) return undefined;
      const target = path.resolve(resolved.resolvedFileName);
      return project.covers(target) && !target.endsWith(".d.ts") ? target : undefined;
    },
    /** The files from `start` to `goal`, following imports (breadth first: the shortest way). */
    pathBetween(start, goal) {
      const cameFrom = new Map([[start, undefined]]);
      const queue = [start];
      while (queue.length > 0) {
        const current = queue.shift();
        if (current === goal) return wayBack(cameFrom, current);
        for (const next of imports(current)) {
          if (!cameFrom.has(next)) {
            cameFrom.set(next, current);
            queue.push(next);
          }
        }
      }
      return undefined;
    },
  };

  function imports(file) {
    let modified;
    try {
      modified = statSync(file).mtimeMs;
    } catch {
      return [];
    }
    const known = importsOf.get(file);
    if (known?.modified === modified) return known.targets;
    const text = ts.sys.readFile(file) ?? "";
    const targets = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((each) => project.resolve(each.fileName, file))
      .filter((target) => target !== undefined);
    importsOf.set(file, { modified, targets });
    return targets;
  }

  projects.set(cwd, project);
  return project;
}

function wayBack(cameFrom, last) {
  const way = [];
  for (let at = last; at !== undefined; at = cameFrom.get(at)) way.unshift(at);
  return way;
}
