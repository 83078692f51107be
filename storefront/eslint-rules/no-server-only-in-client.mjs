import fs from "node:fs"
import path from "node:path"

const EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".jsx", ".mjs"]
const SERVER_ONLY = /^\s*import\s+["']server-only["']/m

/** The file an import names, through the `@/` alias or a relative path; null for packages. */
function resolveImport(source, importer, srcDir) {
  let base
  if (source.startsWith("@/")) base = path.join(srcDir, source.slice(2))
  else if (source.startsWith("."))
    base = path.resolve(path.dirname(importer), source)
  else return null
  const candidates = [
    base,
    ...EXTENSIONS.map((extension) => base + extension),
    ...EXTENSIONS.map((extension) => path.join(base, `index${extension}`)),
  ]
  return (
    candidates.find((candidate) => {
      try {
        return fs.statSync(candidate).isFile()
      } catch {
        return false
      }
    }) ?? null
  )
}

// Keyed by modification time so an editor's long-lived ESLint sees a marker added or removed.
const markedCache = new Map()

function isServerOnly(file) {
  const key = `${file}:${fs.statSync(file).mtimeMs}`
  if (!markedCache.has(key)) {
    markedCache.set(key, SERVER_ONLY.test(fs.readFileSync(file, "utf8")))
  }
  return markedCache.get(key)
}

function isUseClient(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || !statement.directive) {
      return false
    }
    if (statement.directive === "use client") return true
  }
  return false
}

/** Nothing of the import survives compilation: it cannot pull server code into the bundle. */
function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true
  const specifiers = node.specifiers ?? []
  return (
    node.type === "ImportDeclaration" &&
    specifiers.length > 0 &&
    specifiers.every((specifier) => specifier.importKind === "type")
  )
}

/**
 * A client component ("use client") is bundled for the browser, so it may not import a module
 * marked `import "server-only"` (tokens, cookies, backend calls). Server actions ("use server")
 * stay allowed: the bundle only gets references that call them on the server.
 */
export default {
  meta: {
    type: "problem",
    docs: {
      description:
        'Disallow importing "server-only" modules from "use client" files',
    },
    schema: [
      {
        type: "object",
        properties: { srcDir: { type: "string" } },
        additionalProperties: false,
      },
    ],
    messages: {
      serverOnly:
        '"{{source}}" is server-only: a "use client" file may import its server actions or types, not this module.',
    },
  },
  create(context) {
    if (!isUseClient(context.sourceCode.ast)) return {}
    const srcDir = context.options[0]?.srcDir ?? path.join(context.cwd, "src")
    const check = (node) => {
      if (!node.source || isTypeOnly(node)) return
      const target = resolveImport(
        String(node.source.value),
        context.filename,
        srcDir
      )
      if (target && isServerOnly(target)) {
        context.report({
          node: node.source,
          messageId: "serverOnly",
          data: { source: node.source.value },
        })
      }
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    }
  },
}
