/** Servers in force: a URL gone or added, and a base path that moved (every path of the operation moves). */
import type { JsonObject } from '../../json-value.js'
import { isObject } from '../../json-value.js'
import { child, root, type Located } from './found.js'
import { record, type OperationPair, type OperationSide } from './operation-pair.js'

function serversOf(side: OperationSide): { at: Located; urls: string[] } {
  for (const owner of [side.operation, side.pathItem]) {
    const list = (owner.node as JsonObject).servers
    if (Array.isArray(list) && list.length > 0) return { at: child(owner, 'servers'), urls: urlsOf(list) }
  }
  const list = side.doc.servers
  const urls = Array.isArray(list) && list.length > 0 ? urlsOf(list) : ['/']
  return { at: root(side.doc, ['servers']), urls }
}

function urlsOf(list: unknown[]): string[] {
  return list.filter(isObject).map(server => String(server.url))
}

/** The path part of a server URL: what comes before every operation path. */
export function basePath(url: string): string {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/^\{[^}]*\}/, '')
  const trimmed = path.replace(/\/+$/, '')
  return trimmed === '' ? '/' : trimmed
}

export function compareServers(pair: OperationPair): void {
  const b = serversOf(pair.base)
  const h = serversOf(pair.head)
  const bp = new Set(b.urls.map(basePath))
  const hp = new Set(h.urls.map(basePath))
  if (![...bp].some(path => hp.has(path))) {
    const what = `base path changed from \`${[...bp].join('`, `')}\` to \`${[...hp].join('`, `')}\``
    return record(pair, 'api-base-path-changed', what, b.at, h.at)
  }
  for (const url of b.urls)
    if (!h.urls.includes(url)) record(pair, 'api-server-removed', `server \`${url}\` removed`, b.at, h.at)
  for (const url of h.urls)
    if (!b.urls.includes(url)) record(pair, 'api-server-added', `server \`${url}\` added`, b.at, h.at)
}
