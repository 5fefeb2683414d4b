// Lets `node --import ./scripts/ts-loader.mjs file.ts` run TypeScript sources directly (dev scripts only).
import { register } from 'node:module'
register('./ts-resolve.mjs', import.meta.url)
