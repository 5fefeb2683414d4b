// The baseline the targets are set against: a naive in-process slicer that parses once and writes each
// operation's closure as pretty JSON, without validation. With --floor it instead measures the floor:
// parsing the input once plus serialising every slice once with the given serializer, nothing else.
//   node scripts/bench/naive-slicer.mjs INPUT OUTDIR            (whole process is the figure)
//   node scripts/bench/naive-slicer.mjs INPUT --floor yaml|json  (prints the floor in ms)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import jsYaml from 'js-yaml'

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const [input, second, format] = process.argv.slice(2)
const floor = second === '--floor'

const parseStarted = performance.now()
const doc = JSON.parse(readFileSync(input, 'utf8'))
const parseMs = performance.now() - parseStarted

function closure(start) {
  const components = {}
  const seen = new Set()
  const stack = [start]
  while (stack.length) {
    const node = stack.pop()
    if (typeof node !== 'object' || node === null || seen.has(node)) continue
    seen.add(node)
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/components/')) {
      const [, , section, name] = node.$ref.split('/')
      const target = doc.components?.[section]?.[name]
      if (target !== undefined && !components[section]?.[name]) {
        ;(components[section] ??= {})[name] = target
        stack.push(target)
      }
    }
    for (const value of Object.values(node)) if (typeof value === 'object') stack.push(value)
  }
  return components
}

const slices = []
for (const [route, item] of Object.entries(doc.paths ?? {})) {
  for (const method of METHODS) {
    if (!item[method]) continue
    const pathItem = { ...item }
    for (const other of METHODS) if (other !== method) delete pathItem[other]
    const slice = {
      openapi: doc.openapi,
      info: doc.info,
      servers: doc.servers,
      paths: { [route]: pathItem },
      components: closure(pathItem)
    }
    slices.push({ name: `${route.replace(/[^A-Za-z0-9]+/g, '-')}_${method}`, slice })
  }
}

if (floor) {
  const serialize =
    format === 'yaml'
      ? slice => jsYaml.dump(slice, { noRefs: true, lineWidth: -1 })
      : slice => JSON.stringify(slice, null, 2)
  const started = performance.now()
  for (const { slice } of slices) serialize(slice)
  console.log(JSON.stringify({ parseMs, serializeMs: performance.now() - started, slices: slices.length }))
} else {
  mkdirSync(second, { recursive: true })
  for (const { name, slice } of slices)
    writeFileSync(path.join(second, `${name}.json`), JSON.stringify(slice, null, 2))
}
