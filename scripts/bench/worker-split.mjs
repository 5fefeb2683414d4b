// Does a second thread pay on a given input? Starts N slice-pool workers from the built bundle
// (dist/worker/index.js), gives each every Nth operation of the document, and prints how long each
// took from its first answer to its last (setup excluded). Slices are made but not written.
//   node scripts/bench/worker-split.mjs SPEC.json [N=2] [json|yaml]
import { readFileSync } from 'node:fs'
import { serialize } from 'node:v8'
import { Worker } from 'node:worker_threads'

const [spec, count = '2', format = 'json'] = process.argv.slice(2)
const doc = JSON.parse(readFileSync(spec, 'utf8'))
const bytes = serialize(doc)
const shared = new SharedArrayBuffer(bytes.length)
new Uint8Array(shared).set(bytes)
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const keys = Object.entries(doc.paths ?? {}).flatMap(([route, item]) =>
  METHODS.filter(method => item[method]).map(method => `${method.toUpperCase()} ${route}`)
)
const version = String(doc.openapi).startsWith('3.1') ? '3.1' : '3.0'
const threads = Number(count)

const run = share =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../dist/worker/index.js', import.meta.url))
    const mine = keys.filter((_, index) => index % threads === share)
    let answered = 0
    let first = 0
    worker.on('error', reject)
    worker.on('message', reply => {
      if (reply.error) reject(new Error(reply.error))
      if (answered++ === 0) first = performance.now()
      if (answered === mine.length) {
        resolve(Math.round(performance.now() - first))
        void worker.terminate()
      }
    })
    worker.postMessage({ kind: 'setup', doc: shared, outputVersion: version, format })
    mine.forEach((key, id) => worker.postMessage({ kind: 'slice', id, keys: [key] }))
  })

const times = await Promise.all([...Array(threads).keys()].map(run))
console.log(
  `${keys.length} operations on ${threads} worker(s): ms from first to last answer: ${times.join(', ')}`
)
