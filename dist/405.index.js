export const id = 405;
export const ids = [405];
export const modules = {

/***/ 46405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseYaml: () => (/* binding */ parseYaml)
});

// UNUSED EXPORTS: parseYamlWithPositions

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/load/number-literals.ts
var number_literals = __webpack_require__(48451);
// EXTERNAL MODULE: ./src/engine/load/parse-json.ts + 2 modules
var parse_json = __webpack_require__(59877);
;// CONCATENATED MODULE: ./src/engine/load/yaml-errors.ts

function yamlError(text, file, errors, lineCounter) {
    const [error] = errors;
    const straying = strayingKey(text, errors);
    const { line, col: column } = lineCounter.linePos(straying ?? errorOffset(text, error.pos[0]));
    if (error.code === 'MULTIPLE_DOCS') {
        return new engine_errors/* SliceOasError */.M$('SPEC_PARSE', 'The spec holds more than one YAML document; a spec must be one document. Remove the second document, which starts here, or move it to a file of its own.', { file, line, column });
    }
    if (error.code === 'DUPLICATE_KEY') {
        return new engine_errors/* SliceOasError */.M$('SPEC_DUPLICATE_KEY', 'A key appears twice in one mapping; parsers disagree on which one wins. Remove one of them.', { file, line, column });
    }
    const reason = straying !== undefined
        ? STRAYING
        : (misaligned(text, error, lineCounter) ??
            error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
    return new engine_errors/* SliceOasError */.M$('SPEC_PARSE', `The spec is not valid YAML: ${reason}. Fix the syntax at that place.`, {
        file,
        line,
        column
    });
}
const STRAYING = 'this key is indented more than the keys before it, so it reads as part of the value above';
/**
 * A mapping key that lines up with neither its siblings nor its parent's: said as more or less indented
 * than the line above it, which is where the eye looks for the sibling.
 */
function misaligned(text, error, lineCounter) {
    if (error.code !== 'BAD_INDENT' || !/mapping items/.test(error.message))
        return undefined;
    const at = errorOffset(text, error.pos[0]);
    const { line } = lineCounter.linePos(at);
    const indent = (start) => /^[ \t]*/.exec(text.slice(start, start + 200))[0].length;
    const here = indent(lineCounter.lineStarts[line - 1]);
    for (let above = line - 2; above >= 0; above--) {
        const start = lineCounter.lineStarts[above];
        const end = lineCounter.lineStarts[above + 1] ?? text.length;
        const content = text.slice(start, end).trim();
        if (content === '' || content.startsWith('#'))
            continue;
        const before = indent(start);
        if (here > before)
            return STRAYING;
        if (here < before)
            return 'this key is indented less than the key above it, and lines up with no mapping it could belong to';
        return undefined;
    }
    return undefined;
}
/**
 * A key indented deeper than its siblings makes the value above it a key spanning lines: the library
 * reports that at the value's start, a line early. The straying key begins the last line of that span.
 */
function strayingKey(text, errors) {
    if (errors[0].code !== 'BLOCK_AS_IMPLICIT_KEY' && errors[0].code !== 'MULTILINE_IMPLICIT_KEY')
        return undefined;
    const span = errors.find(error => error.code === 'MULTILINE_IMPLICIT_KEY')?.pos;
    if (!span)
        return undefined;
    const lineStart = text.lastIndexOf('\n', span[1] - 1) + 1;
    if (lineStart <= span[0])
        return undefined;
    let offset = lineStart;
    while (text[offset] === ' ' || text[offset] === '\t')
        offset++;
    return offset;
}
/**
 * The library places some errors (a bad indentation) at the end of the line before the one at fault, or
 * at the start of its indentation, so an offset at a line break or a blank moves to the next text.
 */
function errorOffset(text, offset) {
    // A tab stays where it is: the tab itself is the fault the library reports there.
    if (!/[ \r\n]/.test(text[offset] ?? ''))
        return offset;
    let next = offset;
    while (next < text.length && /\s/.test(text[next]))
        next++;
    return next < text.length ? next : offset;
}

// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __webpack_require__(78227);
;// CONCATENATED MODULE: ./src/engine/load/yaml-notes.ts
/**
 * What a YAML document holds that is not read as written: tags outside the core schema (`!include`,
 * `!Ref`, `!!binary`), whose values are kept without the tag, and numbers a double cannot hold.
 */



const CORE = 'tag:yaml.org,2002:';
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map(name => CORE + name));
function yamlNotes(document, file, positionAt) {
    const log = new number_literals/* NumberLiteralLog */.hz(file);
    const tags = [];
    (0,dist/* visit */.YR)(document, (_key, node, path) => {
        if (!(0,dist/* isNode */.Ll)(node))
            return;
        const position = () => (node.range ? positionAt(node.range[0]) : undefined);
        if (node.tag && !CORE_TAGS.has(node.tag)) {
            const tag = node.tag.startsWith(CORE) ? `!!${node.tag.slice(CORE.length)}` : node.tag;
            const at = pointerOf(path, node);
            tags.push({
                code: 'SPEC_YAML_TAG',
                severity: 'warning',
                message: `The YAML tag ${tag} at ${at || '/'} is not one slice-oas reads; the value is kept as written, without the tag.`,
                pointer: at,
                location: { file, pointer: at, ...position() }
            });
        }
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' && node.source !== undefined)
            log.meet(node.source, node.value, () => pointerOf(path, node), position);
    });
    return { notes: [...tags, ...log.notes], numberLiterals: log.literals };
}
/** The JSON pointer of a node from the ancestors `visit` gives. */
function pointerOf(path, node) {
    const chain = [...path.slice(1), node];
    let pointer = '';
    for (let i = 0; i < chain.length - 1; i++) {
        const parent = chain[i];
        const child = chain[i + 1];
        if ((0,dist/* isPair */.tO)(parent) && child === parent.value)
            pointer += '/' + (0,engine_pointer/* escapeToken */.tj)(String((0,dist/* isScalar */.jn)(parent.key) ? parent.key.value : parent.key));
        else if ((0,dist/* isSeq */.oP)(parent))
            pointer += '/' + String(parent.items.indexOf(child));
    }
    return pointer;
}

;// CONCATENATED MODULE: ./src/engine/load/parse-yaml.ts
/**
 * YAML input through the `yaml` package: exact line and column for errors and for any pointer, duplicate
 * keys refused, and alias expansion bounded so an alias bomb is refused quickly. Merge keys (`<<`) are
 * merged; tags outside the core schema and numbers a double cannot hold are kept and reported.
 */







/** How many times aliases may be expanded in one document: generous for real specs, fatal for bombs. */
const MAX_ALIAS_COUNT = 1000;
/** Set when js-yaml meets a number it cannot hold as written: the `yaml` package then reads and reports. */
let lossySeen = false;
/** js-yaml's built-in types, which its typings leave out. */
const { types } = js_yaml/* default */.Ay;
/** An int or float type of js-yaml that notes a lossy literal (js-yaml reads `-0` as 0, so that too). */
function watched(type) {
    const construct = type.construct;
    return new js_yaml/* default.Type */.Ay.Type(type.tag, {
        kind: 'scalar',
        resolve: type.resolve,
        construct(data) {
            const value = construct(data);
            if ((0,number_literals/* isLossyNumber */.IF)(data, value))
                lossySeen = true;
            return value;
        }
    });
}
/** The YAML 1.2 core schema (dates stay strings) with merge keys. */
const FAST_SCHEMA = js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA.extend({
    implicit: [watched(types.int), watched(types.float), types.merge]
});
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
            if (++depth > parse_json/* MAX_NESTING */.M1) {
                throw new engine_errors/* SliceOasError */.M$('SPEC_TOO_DEEP', `The spec nests more than ${parse_json/* MAX_NESTING */.M1} levels deep, which no OpenAPI document needs; it was refused.`, { file, line });
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
    const bomb = () => new engine_errors/* SliceOasError */.M$('SPEC_ALIAS_BOMB', 'The spec expands YAML aliases so many times (or recursively) that it looks like an alias bomb; it was refused.', { file });
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
 * YAML input: js-yaml's loader with the YAML 1.2 core schema (dates stay strings) for the data, much
 * faster than the \`yaml\` package on large specs. The \`yaml\` package, with exact positions
 * and messages, runs only when they are needed: to report a syntax error or a duplicate key, and to
 * locate a pointer (lazily, the first time one is asked for).
 */
function parseYaml(text, file) {
    refuseDeepFlowNesting(text, file);
    let data;
    lossySeen = false;
    try {
        data = js_yaml/* default.load */.Ay.load(text, { schema: FAST_SCHEMA });
    }
    catch {
        // Syntax errors, several documents and unknown tags: the `yaml` package reports or notes them.
        return parseYamlWithPositions(text, file);
    }
    if (lossySeen)
        return parseYamlWithPositions(text, file);
    refuseAliasBomb(data, file);
    let positioned;
    return {
        data: data ?? null,
        locate: tokens => (positioned ??= parseYamlWithPositions(text, file, false)).locate(tokens),
        notes: [],
        numberLiterals: new Map()
    };
}
/**
 * The \`yaml\` package's parse: exact line and column for errors and for any pointer.
 * @param withNotes whether to walk the document for tags and numbers to report.
 */
function parseYamlWithPositions(text, file, withNotes = true) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, {
        lineCounter,
        uniqueKeys: true,
        prettyErrors: false,
        strict: true,
        merge: true,
        // `!!binary`, `!!timestamp` and the like stay the text written; yaml-notes.ts reports them.
        resolveKnownTags: false
    });
    if (document.errors.length > 0)
        throw yamlError(text, file, document.errors, lineCounter);
    let data;
    try {
        data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (cause) {
        if (cause instanceof ReferenceError || /alias/i.test(String(cause))) {
            throw new engine_errors/* SliceOasError */.M$('SPEC_ALIAS_BOMB', 'The spec expands YAML aliases so many times that it looks like an alias bomb; it was refused.', { file }, { cause });
        }
        throw cause;
    }
    const locate = (tokens) => locateInYaml(document, lineCounter, tokens);
    if (!withNotes)
        return { data, locate, notes: [], numberLiterals: new Map() };
    return { data, locate, ...yamlNotes(document, file, offset => toPosition(lineCounter.linePos(offset))) };
}
function toPosition(position) {
    return { line: position.line, column: position.col };
}
function locateInYaml(document, lineCounter, tokens) {
    let node = document.contents;
    let found;
    for (const token of tokens) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find(item => String((0,dist/* isScalar */.jn)(item.key) ? item.key.value : item.key) === token);
            if (!pair)
                break;
            found = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
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
