/** The real-world documents the integration tests run over (devDependencies, never copied in). */
import { readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

export const readmeExamplesDir = path.dirname(require.resolve('@readme/oas-examples/package.json'))
export const octokitDir = path.dirname(require.resolve('@octokit/openapi/package.json'))
export const githubRestJson = path.join(octokitDir, 'generated', 'api.github.com.json')

/** Every document of a version folder of @readme/oas-examples, JSON and YAML, subfolders included. */
export function readmeDocuments(version: '2.0' | '3.0' | '3.1'): string[] {
  const found: string[] = []
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const full = path.join(dir, entry)
      if (statSync(full).isDirectory()) visit(full)
      else if (/\.(json|ya?ml)$/.test(entry)) found.push(full)
    }
  }
  visit(path.join(readmeExamplesDir, version))
  return found
}

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`))

/** A public description that an npm package ships, beside GitHub's and ReadMe's. */
export interface NpmCorpus {
  name: string
  file: string
  /** Its `$ref`s reach other files. */
  multiFile?: boolean
}

/**
 * GHEC's REST description (3.0, with SCIM and external refs kept as data), GitHub's webhooks
 * (3.1, webhooks only), Blockfrost (3.0 YAML), Directus (3.0 JSON), Dialogporten (3.0, UTF-8 with a
 * byte-order mark) and a Swagger 2.0 layout split over eight files, `paths` and `info` given by `$ref`.
 */
export const npmCorpora: readonly NpmCorpus[] = [
  { name: 'GHEC REST', file: path.join(octokitDir, 'generated', 'ghec.json') },
  {
    name: 'GitHub webhooks',
    file: path.join(packageDir('@octokit/openapi-webhooks'), 'generated', 'api.github.com.json')
  },
  { name: 'Blockfrost', file: path.join(packageDir('@blockfrost/openapi'), 'openapi.yaml') },
  { name: 'Directus', file: path.join(packageDir('@directus/specs'), 'dist', 'openapi.json') },
  {
    name: 'Dialogporten',
    file: path.join(packageDir('@digdir/dialogporten-schema'), 'swagger.verified.json')
  },
  {
    name: 'multi-file Swagger 2.0',
    file: path.join(packageDir('multi-file-swagger'), 'index.yaml'),
    multiFile: true
  }
]
