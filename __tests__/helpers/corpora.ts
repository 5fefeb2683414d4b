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
