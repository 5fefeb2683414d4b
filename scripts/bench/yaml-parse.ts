// Times slice-oas's parse of a YAML spec (checks and all) against js-yaml's load and the yaml package's
// parse of the same text, best of several runs each. Prints one JSON line.
//   node --import ./scripts/ts-loader.mjs scripts/bench/yaml-parse.ts FILE.yaml
import { readFileSync } from 'node:fs'
import jsYaml from 'js-yaml'
import { parse } from 'yaml'
import { parseYaml } from '../../src/engine/load/parse-yaml.js'

const file = process.argv[2]
const text = readFileSync(file, 'utf8')
const time = (run: () => unknown) => {
  const started = performance.now()
  run()
  return performance.now() - started
}
// slice-oas's parse and js-yaml's alternate, five rounds, best of each: js-yaml is inside slice-oas's
// parse too, so whichever ran first would warm the other's code. The yaml package runs three times.
let sliceOas = Infinity
let jsYamlMs = Infinity
for (let round = 0; round < 5; round++) {
  sliceOas = Math.min(
    sliceOas,
    time(() => parseYaml(text, file))
  )
  jsYamlMs = Math.min(
    jsYamlMs,
    time(() => jsYaml.load(text))
  )
}
let yamlMs = Infinity
for (let round = 0; round < 3; round++)
  yamlMs = Math.min(
    yamlMs,
    time(() => parse(text))
  )
console.log(
  JSON.stringify({
    megabytes: +(text.length / 1e6).toFixed(1),
    sliceOasMs: Math.round(sliceOas),
    jsYamlMs: Math.round(jsYamlMs),
    yamlMs: Math.round(yamlMs),
    ratioToFastest: +(sliceOas / Math.min(jsYamlMs, yamlMs)).toFixed(2)
  })
)
