export const id = 430;
export const ids = [430];
export const modules = {

/***/ 9430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serializeYaml: () => (/* binding */ serializeYaml),
/* harmony export */   yamlSerializer: () => (/* binding */ yamlSerializer)
/* harmony export */ });
/* unused harmony export dumpYaml */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _json_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5978);
/* harmony import */ var _number_literals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90);
/**
 * YAML slices, emitted with js-yaml's dump: much faster than the `yaml` package's stringify on real
 * slices (docs/performance.md); a corpus test proves every slice parses back through `yaml` to exactly
 * the data sliced. `noRefs` because slices share subtrees, which must not become anchors.
 *
 * Slices of one document share most of their bytes: the same components appear in slice after slice.
 * Each shared component is therefore dumped once and its text reused, indented under `components`. With
 * no line folding (`lineWidth: -1`) a block mapping's text does not depend on its depth, so the result is
 * byte for byte what one dump of the whole slice gives; a test holds the two equal over the corpora.
 */



const DUMP_OPTIONS = { noRefs: true, lineWidth: -1 };
function dumpYaml(value) {
    return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].dump */ .Ay.dump(value, DUMP_OPTIONS);
}
const serializeYaml = yamlSerializerWith(dumpYaml);
/** A YAML serializer that writes these numbers as the source wrote them (see load/number-literals.ts). */
function yamlSerializer(literals) {
    return yamlSerializerWith(value => (0,_number_literals_js__WEBPACK_IMPORTED_MODULE_1__/* .withLiterals */ .Ze)(literals, _number_literals_js__WEBPACK_IMPORTED_MODULE_1__/* .YAML_NUMBER */ .qr, replacer => js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].dump */ .Ay.dump(value, { ...DUMP_OPTIONS, replacer })) ??
        dumpYaml(value));
}
/** Each serializer keeps its own component texts, since the literals it writes are part of them. */
function yamlSerializerWith(dump) {
    /** Component text by value object, then by name: only objects shared with the source are reused. */
    const componentText = new WeakMap();
    return document => {
        if (!(0,_json_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(document.components))
            return dump(document);
        let text = '';
        for (const [key, value] of Object.entries(document)) {
            text +=
                key === 'components'
                    ? dumpComponents(value, dump, componentText)
                    : dump({ [key]: value });
        }
        return text;
    };
}
function dumpComponents(components, dump, componentText) {
    const sections = Object.entries(components);
    if (sections.length === 0)
        return dump({ components });
    let text = 'components:\n';
    for (const [section, entries] of sections) {
        if (!(0,_json_value_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(entries) || Object.keys(entries).length === 0) {
            text += indent(dump({ [section]: entries }), '  ');
            continue;
        }
        text += indent(dump({ [section]: {} }).replace(/ \{\}\n$/, '\n'), '  ');
        for (const [name, value] of Object.entries(entries))
            text += component(name, value, dump, componentText);
    }
    return text;
}
function component(name, value, dump, componentText) {
    if (typeof value !== 'object' || value === null)
        return indent(dump({ [name]: value }), '    ');
    let byName = componentText.get(value);
    if (!byName)
        componentText.set(value, (byName = new Map()));
    let text = byName.get(name);
    if (text === undefined)
        byName.set(name, (text = indent(dump({ [name]: value }), '    ')));
    return text;
}
/** Indents every non-empty line (an empty line inside a literal block stays empty, as dump writes it). */
function indent(text, by) {
    return text.replace(/^(?=.)/gm, by);
}


/***/ })

};
