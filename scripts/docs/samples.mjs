// The sample runs the screenshots show: small documents written here, and GitHub's own description.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ok = { responses: { 200: { description: 'ok' } } }
const problem = {
  400: {
    description: 'bad',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } }
  }
}

/** A small shop: one broken shared schema behind many operations, one broken pointer with ~1. */
function failingShop() {
  const paths = {}
  for (const name of ['carts', 'orders', 'payments', 'refunds', 'invoices', 'shipments', 'returns']) {
    // Four services answer errors with the shared Problem schema, which is broken.
    const responses = ['carts', 'orders', 'payments', 'refunds'].includes(name)
      ? { ...ok.responses, ...problem }
      : ok.responses
    const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]
    paths[`/${name}`] = { get: { tags: [name], responses }, post: { tags: [name], responses } }
    paths[`/${name}/{id}`] = {
      get: { tags: [name], parameters: id, responses },
      delete: { tags: [name], parameters: id, responses }
    }
  }
  paths['/catalog/products'] = {
    get: { tags: ['catalog'], responses: { 200: { $ref: '#/paths/~1catalog~1items/get/responses/200' } } }
  }
  paths['/users'] = { get: { tags: ['users'], ...ok } }
  return {
    openapi: '3.0.3',
    info: { title: 'Shop', version: '2.1.0' },
    paths,
    components: {
      schemas: {
        Problem: {
          type: 'object',
          properties: { title: { type: 'string' }, detail: { $ref: '#/components/schemas/ProblemDetail' } }
        }
      }
    }
  }
}

export async function sampleRuns(runBatch) {
  const dir = mkdtempSync(path.join(tmpdir(), 'slice-oas-screens-'))
  const write = (name, doc) => {
    const file = path.join(dir, name)
    writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2))
    return file
  }
  const passing = await runBatch({
    spec: path.resolve('examples/store-platform.yaml'),
    outputDir: path.join(dir, 'passing')
  })
  const failing = await runBatch({
    spec: write('shop.json', failingShop()),
    outputDir: path.join(dir, 'failing')
  })
  const require = createRequire(import.meta.url)
  const github = path.join(
    path.dirname(require.resolve('@octokit/openapi/package.json')),
    'generated',
    'api.github.com.json'
  )
  const doc = JSON.parse(readFileSync(github, 'utf8'))
  const kept = Object.keys(doc.paths).filter((_, i) => i % 3 !== 0)
  const base = write('base.json', {
    ...doc,
    paths: Object.fromEntries(kept.map(key => [key, doc.paths[key]]))
  })
  const big = await runBatch({ spec: github, baseSpec: base, outputDir: path.join(dir, 'big'), dryRun: true })
  let early
  try {
    await runBatch({
      spec: write(
        'openapi.yaml',
        'openapi: 3.0.3\ninfo:\n  title: Shop\n  version: 1.0.0\npaths:\n  /pets:\n    get:\n      tags: [pets\n      responses: {}\n'
      ),
      outputDir: path.join(dir, 'early')
    })
  } catch (error) {
    early = error
  }
  return { dir, passing, failing, big, early }
}
