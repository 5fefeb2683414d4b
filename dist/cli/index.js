#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_signals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3563);
// The slice-oas command's entry: everything happens in cli/main.ts; signals are handled in cli/signals.ts.

// Read through a variable: ncc would otherwise take `new URL('…', import.meta.url)` for an asset to copy.
const bundle = import.meta.url;
// Signals are handled from the start: loading the rest of the CLI takes a while on a busy machine.
const interruption = (0,_cli_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .handleSignals */ .y)(process, process.stderr);
const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(122), __nccwpck_require__.e(925)]).then(__nccwpck_require__.bind(__nccwpck_require__, 925));
process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: interruption.signal,
    onSlicingStarted: interruption.slicingStarted,
    // dist/cli/index.js → dist/worker/index.js
    workers: { url: new URL('../worker/index.js', bundle) }
});
interruption.dispose();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/**
 * The CLI's exit codes, as the README documents them. A module of their own: the signal handler needs
 * them before the rest of the CLI has loaded.
 */
const EXIT = {
    ok: 0,
    belowMinimum: 1,
    usage: 2,
    inputInvalid: 65,
    inputMissing: 66,
    internal: 70,
    partial: 75,
    /** fail-on-change: a change since the base spec at that level or above, not accepted in review. */
    changes: 3
};


/***/ }),

/***/ 3563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ handleSignals)
/* harmony export */ });
/* unused harmony export GRACE_MS */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7679);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8551);
/**
 * SIGINT and SIGTERM end a run within about two seconds wherever it is, with exit code 75 and the
 * interrupted message printed once:
 * - before the first slice (loading, bundling, comparing with the base, preparing the output folder) the
 *   run has written nothing it could not resume from, so the process ends at once;
 * - once slices are being made the run is aborted: it starts no more slices and records what it did. If it
 *   has not ended after GRACE_MS, the process ends anyway: every file is written atomically and the
 *   manifest already says the run is incomplete, so the next run resumes;
 * - a second signal ends the process at once.
 * A handler runs between two turns of the event loop, so one long synchronous step delays it.
 */
// Only these small modules: the handler is installed before the rest of the CLI loads.


const GRACE_MS = 1500;
const SIGNALS = ['SIGINT', 'SIGTERM'];
function handleSignals(target, stderr, graceMs = GRACE_MS) {
    const controller = new AbortController();
    let slicing = false;
    let grace;
    const exitNow = () => {
        dispose();
        const error = new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SliceOasError */ .M$('INTERRUPTED', 'The run was interrupted; run it again to resume where it stopped.');
        // On a terminal, the progress line may still be open.
        stderr.write(`${stderr.isTTY ? '\n' : ''}slice-oas: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}\n`);
        target.exit(_exit_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .d.partial);
    };
    const onSignal = () => {
        if (controller.signal.aborted || !slicing)
            return exitNow();
        controller.abort();
        grace = setTimeout(exitNow, graceMs);
        grace.unref();
    };
    const dispose = () => {
        clearTimeout(grace);
        for (const name of SIGNALS)
            target.off(name, onSignal);
    };
    for (const name of SIGNALS)
        target.on(name, onSignal);
    return {
        signal: controller.signal,
        slicingStarted: () => {
            slicing = true;
        },
        dispose
    };
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ SliceOasError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   s1: () => (/* binding */ isSliceOasError)
/* harmony export */ });
/* unused harmony exports ERROR_CODES, ERROR_MEANINGS */
/**
 * The one catalogue of errors a user can see. Every error has a stable code, a plain sentence that says
 * what to do, and the spec location when it is known. Anything that is not a SliceOasError is a bug and
 * is reported as an internal error by the adapters.
 */
const ERROR_CODES = {
    REQUEST_INVALID: 'usage',
    PATTERN_INVALID: 'usage',
    CONFIG_INVALID: 'usage',
    SELECTION_EMPTY: 'usage',
    SPEC_NOT_FOUND: 'missing',
    SPEC_IS_DIRECTORY: 'missing',
    SPEC_UNREADABLE: 'missing',
    SPEC_EMPTY: 'input',
    SPEC_ENCODING: 'input',
    SPEC_PARSE: 'input',
    SPEC_DUPLICATE_KEY: 'input',
    SPEC_ALIAS_BOMB: 'input',
    SPEC_TOO_DEEP: 'input',
    SPEC_NOT_OPENAPI: 'input',
    SPEC_UNSUPPORTED_VERSION: 'input',
    SPEC_CONVERSION_FAILED: 'input',
    SPEC_PATHS_INVALID: 'input',
    REF_OUTSIDE_ROOT: 'input',
    REF_REMOTE_REFUSED: 'input',
    REF_UNRESOLVED: 'input',
    OUTPUT_NOT_WRITABLE: 'output',
    OUTPUT_ESCAPE: 'output',
    OUTPUT_NOT_OURS: 'output',
    OUTPUT_LOCKED: 'output',
    OUTPUT_OVERWRITES_INPUT: 'usage',
    MANIFEST_INVALID: 'output',
    DISK_FULL: 'output',
    MERGE_INVALID: 'input',
    OVERLAY_INVALID: 'usage',
    INTERRUPTED: 'interrupted',
    INTERNAL: 'internal',
    ARTIFACT_NAME_TAKEN: 'usage'
};
/** One line per error code, for the README's list (a test holds the two equal). */
const ERROR_MEANINGS = {
    REQUEST_INVALID: 'An input or flag has a value it cannot take.',
    PATTERN_INVALID: 'An include or exclude pattern is too long or not a valid linear-time regex.',
    CONFIG_INVALID: 'The config file cannot be read as slice-oas options.',
    SELECTION_EMPTY: 'No operation is left to slice after the filters.',
    SPEC_NOT_FOUND: 'The spec (or the base spec) does not exist.',
    SPEC_IS_DIRECTORY: 'The spec is a folder or another non-regular file.',
    SPEC_UNREADABLE: 'The spec exists but cannot be read.',
    SPEC_EMPTY: 'The spec is empty.',
    SPEC_ENCODING: 'The spec is not UTF-8 or UTF-16 text.',
    SPEC_PARSE: 'The spec is not valid JSON or YAML, or holds several YAML documents.',
    SPEC_DUPLICATE_KEY: 'A mapping in the spec has the same key twice.',
    SPEC_ALIAS_BOMB: 'YAML aliases would expand the spec beyond any sane size.',
    SPEC_TOO_DEEP: 'The spec nests deeper than any OpenAPI document needs.',
    SPEC_NOT_OPENAPI: 'The document is not an OpenAPI or Swagger description.',
    SPEC_UNSUPPORTED_VERSION: 'The document declares an OpenAPI version slice-oas does not read.',
    SPEC_CONVERSION_FAILED: 'A Swagger 2.0 document could not be converted to OpenAPI 3.0.',
    SPEC_PATHS_INVALID: '`paths` is not a mapping of path templates to path items.',
    REF_OUTSIDE_ROOT: 'A file `$ref` (outside literal data) reaches outside the spec’s folder (or `ref-root`).',
    REF_REMOTE_REFUSED: 'A `$ref` (outside literal data) is remote while `allow-remote-refs` is off, or uses another scheme.',
    REF_UNRESOLVED: 'A remote document that a `$ref` needs could not be fetched.',
    OUTPUT_NOT_WRITABLE: 'The output folder cannot be created or written.',
    OUTPUT_ESCAPE: 'A write would land outside the output folder.',
    OUTPUT_NOT_OURS: 'The output folder holds files slice-oas did not write, which the run would replace.',
    OUTPUT_LOCKED: 'Another run holds the output folder’s lock.',
    OUTPUT_OVERWRITES_INPUT: 'The run would replace or remove its own spec, config or base in the output folder.',
    MANIFEST_INVALID: 'The manifest was altered to name a file outside the output folder.',
    DISK_FULL: 'The disk filled up while writing; finished slices are kept.',
    MERGE_INVALID: 'A shard’s output cannot be merged.',
    OVERLAY_INVALID: 'An overlay named by the service map cannot be read as an Overlay 1.0 document.',
    INTERRUPTED: 'The run was stopped by a signal; the next run resumes.',
    INTERNAL: 'An unexpected problem: a bug in slice-oas.',
    ARTIFACT_NAME_TAKEN: 'This workflow run already has an artifact of that name (set `overwrite-artifact` or a unique name).'
};
class SliceOasError extends Error {
    code;
    location;
    constructor(code, message, location, options) {
        super(message, options);
        this.name = 'SliceOasError';
        this.code = code;
        this.location = location;
    }
    get category() {
        return ERROR_CODES[this.code];
    }
}
function isSliceOasError(error) {
    return error instanceof SliceOasError;
}
/** "file:line:column" (as far as known), for log lines. */
function formatLocation(location) {
    if (!location)
        return '';
    let text = location.file;
    if (location.line !== undefined) {
        text += `:${location.line}`;
        if (location.column !== undefined)
            text += `:${location.column}`;
    }
    return text;
}
/** One plain line for a user: code, sentence and location. Never a stack trace. */
function describeError(error) {
    if (isSliceOasError(error)) {
        const where = formatLocation(error.location);
        return `${error.code}: ${error.message}${where ? ` (${where})` : ''}`;
    }
    const message = error instanceof Error ? error.message : String(error);
    return `INTERNAL: slice-oas hit an unexpected problem: ${message}`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
