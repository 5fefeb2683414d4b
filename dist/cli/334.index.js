export const id = 334;
export const ids = [334];
export const modules = {

/***/ 6334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYaml: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony export parseYamlWithPositions */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _parse_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3197);
/**
 * YAML input through the `yaml` package: exact line and column for errors and for any pointer, duplicate
 * keys refused, and alias expansion bounded so an alias bomb is refused quickly.
 */




/** How many times aliases may be expanded in one document: generous for real specs, fatal for bombs. */
const MAX_ALIAS_COUNT = 1000;
/**
 * Flow collections nested past MAX_NESTING make the YAML parser exhaust memory, so they are refused
 * first, in one linear pass. Brackets inside quoted scalars are counted too: a real document never
 * comes near the limit either way.
 */
function refuseDeepFlowNesting(text, file) {
    let depth = 0;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10)
            line++;
        else if (ch === 91 || ch === 123) {
            if (++depth > _parse_json_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NESTING */ .M) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SliceOasError */ .M$('SPEC_TOO_DEEP', `The spec nests more than ${_parse_json_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_NESTING */ .M} levels deep, which no OpenAPI document needs; it was refused.`, { file, line });
            }
        }
        else if ((ch === 93 || ch === 125) && depth > 0)
            depth--;
    }
}
/** Aliases may make a document expand to at most this many nodes: far above any real spec (GitHub's has ~1M). */
const MAX_EXPANDED_NODES = 20_000_000;
/**
 * js-yaml shares an aliased node instead of copying it, so an alias bomb costs nothing to load but
 * would explode in every walk after. Its expanded size is counted once, memoised per node.
 */
function refuseAliasBomb(data, file) {
    const sizes = new Map();
    const inProgress = new Set();
    const bomb = () => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SliceOasError */ .M$('SPEC_ALIAS_BOMB', 'The spec expands YAML aliases so many times (or recursively) that it looks like an alias bomb; it was refused.', { file });
    const size = (node) => {
        if (typeof node !== 'object' || node === null)
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        if (inProgress.has(node))
            throw bomb();
        inProgress.add(node);
        let total = 1;
        for (const child of Array.isArray(node) ? node : Object.values(node)) {
            total += size(child);
            if (total > MAX_EXPANDED_NODES)
                throw bomb();
        }
        inProgress.delete(node);
        sizes.set(node, total);
        return total;
    };
    size(data);
}
/**
 * YAML input: js-yaml's loader with the YAML 1.2 core schema (dates stay strings) for the data, about
 * ten times faster than the \`yaml\` package on large specs. The \`yaml\` package, with exact positions
 * and messages, runs only when they are needed: to report a syntax error or a duplicate key, and to
 * locate a pointer (lazily, the first time one is asked for).
 */
function parseYaml(text, file) {
    refuseDeepFlowNesting(text, file);
    let data;
    try {
        data = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].load */ .Ay.load(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA });
    }
    catch {
        return parseYamlWithPositions(text, file);
    }
    refuseAliasBomb(data, file);
    let positioned;
    return {
        data: data ?? null,
        locate: tokens => (positioned ??= parseYamlWithPositions(text, file)).locate(tokens)
    };
}
/** The \`yaml\` package's parse: exact line and column for errors and for any pointer. */
function parseYamlWithPositions(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    const error = document.errors[0];
    if (error) {
        const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
        if (error.code === 'DUPLICATE_KEY') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SliceOasError */ .M$('SPEC_DUPLICATE_KEY', 'A key appears twice in one mapping; parsers disagree on which one wins. Remove one of them.', { file, line: position.line, column: position.col });
        }
        const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SliceOasError */ .M$('SPEC_PARSE', `The spec is not valid YAML: ${reason}. Fix the syntax at that place.`, {
            file,
            line: position.line,
            column: position.col
        });
    }
    let data;
    try {
        data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        if (cause instanceof ReferenceError || /alias/i.test(String(cause))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SliceOasError */ .M$('SPEC_ALIAS_BOMB', 'The spec expands YAML aliases so many times that it looks like an alias bomb; it was refused.', { file }, { cause });
        }
        throw cause;
    }
    return { data, locate: tokens => locateInYaml(document, lineCounter, tokens) };
}
function locateInYaml(document, lineCounter, tokens) {
    let node = document.contents;
    let found;
    for (const token of tokens) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find(item => String((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? item.key.value : item.key) === token);
            if (!pair)
                break;
            found = pair.key;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            const item = node.items[Number(token)];
            if (!item)
                break;
            found = item;
            node = item;
        }
        else {
            break;
        }
    }
    const offset = found?.range?.[0];
    if (offset === undefined)
        return undefined;
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
}


/***/ })

};
