// Times slice-oas's parse of a YAML spec (checks and all) against js-yaml's load and the yaml package's
// parse of the same text; the best of three runs each. Prints one JSON line.
//   node --import ./scripts/ts-loader.mjs scripts/bench/yaml-parse.ts FILE.yaml
import { readFileSync } from 'node:fs'
import jsYaml from 'js-yaml'
import { parse } from 'yaml'
import { parseYaml } from '../../src/engine/load/parse-yaml.js'

const file = process.argv[2]
const text = readFileSync(file, 'utf8')
const best = (run: () => unknown) => {
  let fastest = Infinity
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - started)
  }
  return Math.round(fastest)
}
const sliceOas = best(() => parseYaml(text, file))
const jsYamlMs = best(() => jsYaml.load(text))
const yamlMs = best(() => parse(text))
console.log(
  JSON.stringify({
    megabytes: +(text.length / 1e6).toFixed(1),
    sliceOasMs: sliceOas,
    jsYamlMs,
    yamlMs,
    ratioToFastest: +(sliceOas / Math.min(jsYamlMs, yamlMs)).toFixed(2)
  })
)
