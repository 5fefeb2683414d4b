#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = exports.U9 = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.U9 = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
__webpack_unused_export__ = {
    ...exports.U9,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
__webpack_unused_export__ = Object.keys(exports.U9);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2775);
// The slice-oas command's entry: everything happens in cli/main.ts.

// Read through a variable: ncc would otherwise take `new URL('…', import.meta.url)` for an asset to copy.
const bundle = import.meta.url;
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        if (controller.signal.aborted)
            process.exit(130);
        controller.abort();
    });
}
process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .iW)(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: controller.signal,
    // dist/cli/index.js → dist/worker/index.js
    workers: { url: new URL('../worker/index.js', bundle) }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2775:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT, exitCodeFor, printSummary

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./node_modules/p-map/index.js
function pMap(iterable, mapper, options) {
	return mapConcurrently(iterable, mapper, options, false);
}

function pMapSettled(iterable, mapper, options) {
	return mapConcurrently(iterable, mapper, options, true);
}

function pMapKeyed(input, mapper, options) {
	return mapKeyed(input, mapper, options, false);
}

function pMapSettledKeyed(input, mapper, options) {
	return mapKeyed(input, mapper, options, true);
}

// Like `Promise.allKeyed` and `Promise.allSettledKeyed`, with a mapper, and for a `Map` too. Each value travels with its key, so a skipped key, which leaves no slot in the result, cannot shift the keys after it.
async function mapKeyed(input, mapper, options, isSettled) {
	const entries = getKeyedEntries(input);

	// After the values have their handlers, like the other argument errors, which `mapConcurrently` checks. It cannot check this one, as it gets the wrapper below as its mapper.
	if (typeof mapper !== 'function') {
		throw new TypeError('Mapper function is required');
	}

	const mappedEntries = await mapConcurrently(entries, async ([key, inputResult]) => {
		try {
			if (inputResult.status === 'rejected') {
				throw inputResult.reason;
			}

			const result = await mapper(inputResult.value, key);

			if (result === pMapSkip || result === pMapStop) {
				return result;
			}

			return [key, isSettled ? {status: 'fulfilled', value: result} : result];
		} catch (error) {
			if (!isSettled) {
				throw error;
			}

			return [key, {status: 'rejected', reason: error}];
		}
	}, options, false);

	if (input instanceof Map) {
		return new Map(mappedEntries);
	}

	// A null prototype, like `Promise.allKeyed`, so a key like `__proto__` or `toString` is an own property like any other.
	return Object.setPrototypeOf(Object.fromEntries(mappedEntries), null);
}

// The engine behind all the functions, except `pMapIterable`. With `isSettled`, an element or a mapper that rejects gives a `{status: 'rejected'}` result instead of an error, like `Promise.allSettled`, so `stopOnError` does not apply.
async function mapConcurrently(
	iterable,
	mapper,
	{
		concurrency = Number.POSITIVE_INFINITY,
		stopOnError = true,
		signal,
	} = {},
	isSettled,
) {
	return new Promise((resolve_, reject_) => {
		validateOptions(iterable, mapper, concurrency);

		const result = [];
		// Stage the errors by index, like `result`, so they are reported in input order.
		const errors = [];
		let skippedCount = 0;
		let isResolved = false;
		let isIterableDone = false;
		const pendingIndexes = new Set();
		let doneIndex = Number.POSITIVE_INFINITY;
		let currentIndex = 0;
		const iterator = getIterator(iterable);

		const signalListener = () => {
			reject(signal.reason);
		};

		const cleanup = () => {
			signal?.removeEventListener('abort', signalListener);
		};

		const resolve = value => {
			resolve_(value);
			cleanup();
		};

		const reject = reason => {
			if (isResolved) {
				return;
			}

			isResolved = true;
			reject_(reason);
			cleanup();

			if (!isIterableDone) {
				closeIterator(iterator);
			}
		};

		if (signal) {
			if (signal.aborted) {
				reject(signal.reason);
				return;
			}

			signal.addEventListener('abort', signalListener, {once: true});
		}

		const pull = createPuller(iterator);

		// Settle only once the source is done, or a mapper stopped, and every earlier pull and mapper has finished. A pull before the `done` or the stop can still produce an element, while pulls after it do not affect the result.
		const settleIfFinished = () => {
			if (isResolved || doneIndex === Number.POSITIVE_INFINITY) {
				return;
			}

			for (const index of pendingIndexes) {
				if (index < doneIndex) {
					return;
				}
			}

			if (!stopOnError) {
				const collectedErrors = [];

				for (let index = 0; index < Math.min(doneIndex, errors.length); index++) {
					if (index in errors) {
						collectedErrors.push(errors[index]);
					}
				}

				if (collectedErrors.length > 0) {
					reject(new AggregateError(collectedErrors)); // eslint-disable-line unicorn/error-message
					return;
				}
			}

			isResolved = true;

			// A stop ended the result before the source did, so close it, like `for await` does on a `break`. Not at the stop itself, as a source that settles its `next()` calls out of call order may still owe an earlier element, and closing could drop it.
			if (!isIterableDone) {
				closeIterator(iterator);
			}

			// `done` is final, like `for await`, so a `done` that lands between two elements ends
			// the result there and everything the source produced past it is dropped. A stop cuts it the same way.
			const lastIndex = Math.min(doneIndex, result.length);

			// Every index below `lastIndex` has a value: an index only goes unassigned when its pull reported `done` or its mapper returned `pMapStop`, and the lowest such index is `doneIndex`. So the array is dense below `lastIndex`, and the fast path can hand it over untouched.
			if (lastIndex === result.length && skippedCount === 0) {
				resolve(result);
				return;
			}

			// Otherwise this drops the skipped results and whatever the `done` or the stop cut off.
			resolve(result.slice(0, lastIndex).filter(value => value !== pMapSkip));
		};

		const next = async () => {
			// After a `done` or a stop, a pull would take an item nobody is going to map, which a one-shot source, like a queue, would lose.
			if (isResolved || currentIndex >= doneIndex) {
				return;
			}

			// Take the index when the pull starts, not when it resolves, so a source that settles
			// its `next()` calls out of call order still gets the right position.
			const index = currentIndex++;
			pendingIndexes.add(index);

			let nextItem;
			try {
				nextItem = await pull();
			} catch (error) {
				pendingIndexes.delete(index);

				if (index < doneIndex) {
					throw error;
				}

				settleIfFinished();
				return;
			}

			if (nextItem.done) {
				pendingIndexes.delete(index);
				doneIndex = Math.min(doneIndex, index);
				isIterableDone = true;
				settleIfFinished();
				return;
			}

			// Intentionally detached
			const runner = (async () => {
				try {
					const element = await nextItem.value;

					if (isResolved || index >= doneIndex) {
						return;
					}

					const value = await mapper(element, index);

					// Ignore an item produced after an earlier pull reported `done` or an earlier mapper returned `pMapStop`.
					if (index >= doneIndex) {
						return;
					}

					// A stop ends the result here, like a `done` from the source, so settling waits only for the earlier elements.
					if (value === pMapStop) {
						doneIndex = index;
						return;
					}

					if (value === pMapSkip) {
						skippedCount++;
					}

					result[index] = isSettled && value !== pMapSkip ? {status: 'fulfilled', value} : value;
				} catch (error) {
					if (index >= doneIndex) {
						return;
					}

					if (isSettled) {
						result[index] = {status: 'rejected', reason: error};
					} else if (stopOnError) {
						reject(error);
						return;
					} else {
						errors[index] = error;
					}
				} finally {
					pendingIndexes.delete(index);
					settleIfFinished();
				}

				// If the iterable throws we can't really continue regardless of `stopOnError` state
				// since an iterable is likely to continue throwing after it throws once.
				// If we continue calling `next()` indefinitely we will likely end up
				// in an infinite loop of failed iteration.
				try {
					await next();
				} catch (error) {
					reject(error);
				}
			})();

			// Link the runner to the returned promise, so the async stack trace of a mapper error reaches the caller. Nothing awaits the runner, so the trace would stop there, but V8 follows a reaction that resolves another promise. The link never settles, so it never resolves the returned promise. It is a new promise for each runner, as a shared one would keep a reaction for every element.
			runner.then(() => new Promise(() => {})).then(resolve_);
		};

		// Create the concurrent runners in a detached (non-awaited)
		// promise. We need this so we can await the `next()` calls
		// to stop creating runners before hitting the concurrency limit
		// if the iterable has already been marked as done or a mapper stopped.
		// NOTE: We *must* do this for async iterators otherwise we'll spin up
		// infinite `next()` calls by default and never start the event loop.
		(async () => {
			for (let index = 0; index < concurrency; index++) {
				try {
					// eslint-disable-next-line no-await-in-loop
					await next();
				} catch (error) {
					reject(error);
					break;
				}

				if (isResolved || currentIndex >= doneIndex) {
					break;
				}
			}
		})();
	});
}

function pMapIterable(
	iterable,
	mapper,
	{
		concurrency = Number.POSITIVE_INFINITY,
		backpressure = concurrency,
		preserveOrder = true,
	} = {},
) {
	validateOptions(iterable, mapper, concurrency);

	if (!isLimit(backpressure, concurrency)) {
		throw new TypeError(`Expected \`backpressure\` to be an integer from \`concurrency\` (${concurrency}) and up or \`Infinity\`, got \`${backpressure}\` (${typeof backpressure})`);
	}

	return {
		[Symbol.asyncIterator]() {
			// `isDone` lives outside the generator so the wrapper below can set it the moment the
			// consumer asks to stop. The generator is suspended on a pending `next()` at that point,
			// so its `finally` would not run until much later and workers finishing in the meantime
			// would keep pulling and mapping input for nobody.
			let isDone = false;

			const generator = (async function * () {
				const iterator = getIterator(iterable);

				// Results are consumed from the front with a moving `headIndex` instead of `shift()`.
				// `shift()` moves every remaining entry, which is O(n) per element and made the whole
				// run O(n²) whenever `backpressure` let the array grow, which is the default.
				let promises = [];
				let headIndex = 0;
				let isIterableDone = false;

				// The lowest index whose pull reported `done`. Without `preserveOrder`, the pulls after it have their slots given back, so their errors are dropped.
				let doneIndex = Number.POSITIVE_INFINITY;

				// An element that is being read, or is waiting for a mapper, does not hold a mapper slot, so the next element can be read while the mappers run. Those elements have their own cap of `concurrency`, so the source never sees more than `concurrency` overlapping `next()` calls, even with `backpressure: Infinity`. `backpressure` caps everything in flight together.
				let readingCount = 0;
				let runningMappersCount = 0;

				// The workers waiting for a mapper slot, in the order they started waiting. A finished mapper hands its slot to the oldest one.
				const mapperWaiters = new Map();
				let mapperWaiterCount = 0;
				let wokenMapperWaiterCount = 0;

				const releaseMapperSlot = () => {
					if (wokenMapperWaiterCount === mapperWaiterCount) {
						runningMappersCount--;
						return;
					}

					mapperWaiters.get(wokenMapperWaiterCount)();
					mapperWaiters.delete(wokenMapperWaiterCount++);
				};

				let index = 0;

				// The lowest index whose mapper returned `pMapStop`, or, with `preserveOrder`, whose pull, element, or mapper threw. The stream ends there, like a `break` or a `throw` in a loop. Once it is set, nothing past it is pulled, and no pending element past it is mapped, while the earlier elements still finish and are yielded first. `isDone` cannot do this, as it would drop the values of the earlier elements too.
				let stopIndex = Number.POSITIVE_INFINITY;

				// Without `preserveOrder`, each spawn still takes a slot in `promises`, so `backpressure` counts the same, but the slots are filled in the order the workers settle rather than the order they were spawned in, so the consumer gets whichever result is ready first. A worker always fills the oldest empty slot, at `fillIndex`. An empty slot is `undefined`, and a filled one holds the result itself rather than a promise, so a result costs a promise only when the consumer has to wait for it, through `wake`.
				let fillIndex = 0;
				let wake;

				// The indexes of the pulls whose worker has not filled a slot yet, without `preserveOrder`.
				const unfilledIndexes = new Set();

				// The consumer waits only when the head is empty, and then the oldest empty slot is the head, so the first fill wakes it.
				const fillSlot = result => {
					promises[fillIndex++] = result;
					wake?.(result);
					wake = undefined;
				};

				const pull = createPuller(iterator);

				function trySpawn() {
					// Do not spawn once the consumer is gone, the source is done, or the stream ends at an earlier element. The pull would be wasted work, and for a one-shot source, like a queue, it takes an item nobody is going to ask for.
					if (isDone || isIterableDone || index > stopIndex || readingCount >= concurrency || promises.length - headIndex >= backpressure) {
						return;
					}

					readingCount++;

					// Take the index when the pull starts, not when it resolves, so a source that
					// settles its `next()` calls out of call order still gets the right position.
					const currentIndex = index++;

					// Errors must be returned as a value instead of rejecting, otherwise a promise that
					// the consumer abandons after an earlier error becomes an unhandled rejection.
					const promise = (async () => {
						try {
							let element;
							try {
								const {done, value} = await pull();

								if (done) {
									isIterableDone = true;
									doneIndex = Math.min(doneIndex, currentIndex);
									return {done: true};
								}

								// Spawn if still below the reading and backpressure limits
								trySpawn();

								element = await value;

								if (runningMappersCount < concurrency) {
									runningMappersCount++;
								} else {
									// `releaseMapperSlot` hands the slot over without decrementing `runningMappersCount`, so it is already counted.
									await new Promise(resolve => {
										mapperWaiters.set(mapperWaiterCount++, resolve);
									});
								}
							} finally {
								readingCount--;
							}

							// Spawn now that this element is no longer waiting for a mapper, so the next one is read while this one is mapped
							trySpawn();

							let returnValue;
							try {
								// The consumer stopped iterating, or the stream ends before this element, while this element was being read or waiting for a mapper, so drop it instead of doing work nobody will consume.
								if (isDone || currentIndex > stopIndex) {
									return {done: false, value: pMapSkip};
								}

								returnValue = await mapper(element, currentIndex);
							} finally {
								releaseMapperSlot();
							}

							if (returnValue === pMapStop) {
								stopIndex = Math.min(stopIndex, currentIndex);
							}

							return {done: false, value: returnValue};
						} catch (error) {
							// With `preserveOrder`, the error is thrown at its own position, after the results before it, so those still finish. Without it, the error is thrown as soon as it settles, so nothing still pending can be yielded anymore.
							// An error from a pull after the end of the source is dropped, as `done` is final, so it must have no effect. `doneIndex` is set before the worker that saw `done` settles, so its slot hand-back runs before the delivery check of any error that sees it here, and the two always agree.
							if (preserveOrder) {
								stopIndex = Math.min(stopIndex, currentIndex);
							} else if (currentIndex < doneIndex) {
								isDone = true;
							}

							return {error};
						}
					})();

					if (preserveOrder) {
						promises.push(promise);
						return;
					}

					promises.push(undefined);

					unfilledIndexes.add(currentIndex);

					// The worker never rejects, as errors are returned as a value.
					// The slot is filled here, a tick after the worker settles, rather than by the worker itself, for the same reason the consumer awaits a filled slot: so the consumer never runs, and pulls, earlier.
					promise.then(result => {
						// The slot was already given back, as the pull came after the end of the source.
						if (!unfilledIndexes.delete(currentIndex)) {
							return;
						}

						if (result.done) {
							// The pulls made after this one came after the end of the source, and a source like a queue may never answer them, so give their slots back now instead of waiting on them.
							for (const unfilledIndex of unfilledIndexes) {
								if (unfilledIndex > currentIndex) {
									unfilledIndexes.delete(unfilledIndex);
									fillSlot({done: true});
								}
							}
						}

						fillSlot(result);
					});
				}

				trySpawn();

				try {
					while (headIndex < promises.length) {
						// Without `preserveOrder`, a filled slot holds the result itself, and it is still awaited. That takes one tick, like awaiting a settled promise, so the consumer, and its `trySpawn()`, never run earlier than with a promise in the slot. Taking a ready result without the tick can make the consumer pull before it sees a stop or the end of the source, and a one-shot source, like a queue, would lose that item.
						// eslint-disable-next-line no-await-in-loop
						const result = await (promises[headIndex] ?? new Promise(resolve => {
							wake = resolve;
						}));
						const {done, value} = result;

						// Release the entry instead of leaving it for a `shift()` to move, and drop the
						// consumed prefix once it is at least half the array. That keeps the backing
						// store proportional to the results still in flight rather than to the total
						// ever spawned, which matters for an endless source, while costing one copy per
						// half of the array, so it stays O(1) per element.
						promises[headIndex] = undefined;
						headIndex++;

						if (headIndex * 2 >= promises.length) {
							promises = promises.slice(headIndex);
							fillIndex -= headIndex;
							headIndex = 0;
						}

						if (Object.hasOwn(result, 'error')) {
							throw result.error;
						}

						if (done) {
							// Without `preserveOrder`, the `done` can arrive while other workers are still running.
							if (preserveOrder) {
								return;
							}

							continue;
						}

						// The stream ends where the stop would have been yielded: after the earlier elements with `preserveOrder`, and after the results that were ready before it without.
						if (value === pMapStop) {
							return;
						}

						// Spawn if just dropped below the backpressure limit and still below the reading limit
						trySpawn();

						// A `pMapSkip` result stays in `promises` and is stepped over here. Splicing it out
						// in the worker instead would make every skip an O(n) scan and move, so a run of
						// skips would be O(n²).
						if (value === pMapSkip) {
							continue;
						}

						yield value;
					}
				} finally {
					// Stop pulling input once the consumer stops iterating, otherwise pending skipped mappers keep spawning work.
					isDone = true;

					if (!isIterableDone) {
						closeIterator(iterator);
					}
				}
			})();

			// Override `return()` and `throw()` on the generator itself instead of wrapping it, so it
			// keeps what it inherits, like `Symbol.asyncDispose` for `await using`, and `next()` stays
			// the native one. Plain functions, not `async`: the generator already returns a promise,
			// and an `async` function would wrap it in two more promises and two more microtask hops.
			const {return: generatorReturn, throw: generatorThrow} = generator;

			generator.return = value => {
				isDone = true;
				return generatorReturn.call(generator, value);
			};

			generator.throw = error => {
				isDone = true;
				return generatorThrow.call(generator, error);
			};

			return generator;
		},
	};
}

const pMapSkip = Symbol('skip');

const pMapStop = Symbol('stop');

// The checks `pMap` and `pMapIterable` share, so both reject the same input the same way.
// `mapConcurrently` runs this inside its promise, so a bad argument rejects rather than throws.
function validateOptions(iterable, mapper, concurrency) {
	// Optional chaining, so a nullish input gets this message rather than Node's internal
	// "null is not iterable".
	if (iterable?.[Symbol.iterator] === undefined && iterable?.[Symbol.asyncIterator] === undefined) {
		throw new TypeError(`Expected \`input\` to be either an \`Iterable\` or \`AsyncIterable\`, got (${typeof iterable})`);
	}

	if (typeof mapper !== 'function') {
		throw new TypeError('Mapper function is required');
	}

	if (!isLimit(concurrency, 1)) {
		throw new TypeError(`Expected \`concurrency\` to be an integer from 1 and up or \`Infinity\`, got \`${concurrency}\` (${typeof concurrency})`);
	}
}

// Whether the value is an integer from `minimum` and up, or `Infinity`, as `concurrency` and `backpressure` must be.
function isLimit(value, minimum) {
	return (Number.isSafeInteger(value) && value >= minimum) || value === Number.POSITIVE_INFINITY;
}

// Read the entries of a `Map`, or else the own enumerable keys, strings and symbols, in the order and the way `Promise.allKeyed` does, all up front. Each value gets a handler right away, also like `Promise.allKeyed`, so a value that rejects before a mapper slot reaches it is not an unhandled rejection.
function getKeyedEntries(input) {
	if (input === null || (typeof input !== 'object' && typeof input !== 'function')) {
		throw new TypeError(`Expected \`input\` to be an object, got (${input === null ? 'null' : typeof input})`);
	}

	const entries = [];

	const addEntry = (key, value) => {
		// Resolve the whole entry, so the engine checks termination after the value settles and before the mapper runs.
		entries.push(Promise.resolve(value).then(
			value => [key, {status: 'fulfilled', value}],
			error => [key, {status: 'rejected', reason: error}],
		));
	};

	if (input instanceof Map) {
		for (const [key, value] of input) {
			addEntry(key, value);
		}
	} else {
		for (const key of Reflect.ownKeys(input)) {
			if (Object.getOwnPropertyDescriptor(input, key)?.enumerable) {
				addEntry(key, input[key]);
			}
		}
	}

	return entries;
}

// Take the async iterator when the input has both, like `for await` does.
function getIterator(iterable) {
	return iterable[Symbol.asyncIterator] === undefined ? iterable[Symbol.iterator]() : iterable[Symbol.asyncIterator]();
}

// Close the source so it can release its resources, like `for await` does.
// Callers must not await this so a source that is blocked in `next()` cannot block them.
async function closeIterator(iterator) {
	try {
		await iterator.return?.();
	} catch {}
}

// Pull the next item, and stop pulling once the source has reported `done`: a source like a queue
// may block in `next()` after it is exhausted, which would hang the caller. `done` is final, like
// `for await`, so anything the source produces after it is dropped.
function createPuller(iterator) {
	let isSourceDone = false;

	// A sync iterable, like an array, answers right away, so `done` can be seen here. An async
	// iterable is seen in the `then` below, as soon as its pull settles.
	const markDone = item => {
		if (item?.done) {
			isSourceDone = true;
		}
	};

	return () => {
		if (isSourceDone) {
			return {done: true};
		}

		const result = iterator.next();
		markDone(result);

		// A sync iterable, like an array, answers right away, so `done` has been read already and
		// the result can go back untouched.
		if (typeof result?.then !== 'function') {
			return result;
		}

		// An async iterable settles later, so `done` is read off the pull once it does. That is a
		// branch of its own, which leaves the caller awaiting the pull itself rather than a promise
		// derived from it, so an async source does not pay an extra microtask per element. The
		// rejection is handled here as well as by the caller, so a pull cannot escape as an
		// unhandled rejection. A thenable that is not a promise is turned into one first, so it is
		// subscribed to once, like `for await` does, while a native promise is returned as is.
		const promise = Promise.resolve(result);
		promise.then(markDone, () => {});

		return promise;
	};
}

// EXTERNAL MODULE: ./src/engine/json-value.ts
var json_value = __nccwpck_require__(5978);
;// CONCATENATED MODULE: ./src/engine/openapi/kinds.ts
/**
 * What kind of OpenAPI object sits at a place in a document. The slicer needs it to put a carried target
 * under the right `components` section, and the converter and version checks need to know which nodes
 * are Schema Objects.
 */
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const METHOD_SET = new Set(HTTP_METHODS);
function isHttpMethod(key) {
    return METHOD_SET.has(key);
}
/** The components section that holds each kind, and back. */
const COMPONENT_SECTION = {
    schema: 'schemas',
    response: 'responses',
    parameter: 'parameters',
    example: 'examples',
    requestBody: 'requestBodies',
    header: 'headers',
    securityScheme: 'securitySchemes',
    link: 'links',
    callback: 'callbacks',
    pathItem: 'pathItems'
};
const COMPONENT_SECTIONS = Object.values(COMPONENT_SECTION);
const KIND_OF_SECTION = Object.fromEntries(Object.entries(COMPONENT_SECTION).map(([kind, section]) => [section, kind]));
function kindOfSection(section) {
    return KIND_OF_SECTION[section];
}
const schemaMap = { mapOf: 'schema' };
const schemaList = { listOf: 'schema' };
const contentMap = { mapOf: 'mediaType' };
const exampleMap = { mapOf: 'example' };
const headerMap = { mapOf: 'header' };
const FIELDS = {
    document: {
        paths: 'paths',
        webhooks: { mapOf: 'pathItem' },
        components: 'components'
    },
    components: Object.fromEntries(Object.entries(COMPONENT_SECTION).map(([kind, section]) => [section, { mapOf: kind }])),
    pathItem: {
        ...Object.fromEntries(HTTP_METHODS.map(method => [method, 'operation'])),
        parameters: { listOf: 'parameter' }
    },
    operation: {
        parameters: { listOf: 'parameter' },
        requestBody: 'requestBody',
        responses: 'responses',
        callbacks: { mapOf: 'callback' }
    },
    parameter: { schema: 'schema', content: contentMap, examples: exampleMap },
    header: { schema: 'schema', content: contentMap, examples: exampleMap },
    requestBody: { content: contentMap },
    mediaType: { schema: 'schema', examples: exampleMap, encoding: { mapOf: 'encoding' } },
    encoding: { headers: headerMap },
    response: { headers: headerMap, content: contentMap, links: { mapOf: 'link' } },
    schema: {
        properties: schemaMap,
        patternProperties: schemaMap,
        $defs: schemaMap,
        definitions: schemaMap,
        dependentSchemas: schemaMap,
        items: 'schema',
        additionalItems: 'schema',
        additionalProperties: 'schema',
        unevaluatedItems: 'schema',
        unevaluatedProperties: 'schema',
        not: 'schema',
        if: 'schema',
        then: 'schema',
        else: 'schema',
        contains: 'schema',
        propertyNames: 'schema',
        contentSchema: 'schema',
        allOf: schemaList,
        anyOf: schemaList,
        oneOf: schemaList,
        prefixItems: schemaList
    }
};
/** The shape of `node[key]` given the shape of `node`. Extensions and unknown fields are plain data. */
function childShape(shape, key) {
    if (typeof shape === 'object') {
        if ('listOf' in shape)
            return shape.listOf;
        if (key.startsWith('x-'))
            return 'data';
        return shape.mapOf;
    }
    if (key.startsWith('x-'))
        return 'data';
    switch (shape) {
        case 'paths':
            return key.startsWith('/') ? 'pathItem' : 'data';
        case 'responses':
            return 'response';
        case 'callback':
            return 'pathItem';
        default:
            return FIELDS[shape]?.[key] ?? 'data';
    }
}
/** The kind of node a pointer designates, walking the document's structure from its root. */
function kindAt(tokens, root = 'document') {
    let shape = root;
    for (const token of tokens)
        shape = childShape(shape, token);
    return typeof shape === 'string' ? shape : 'data';
}

;// CONCATENATED MODULE: ./src/engine/openapi/walk.ts
/**
 * A shape-aware, iterative walk over a JSON tree. It guards against shared and cyclic nodes (which YAML
 * aliases can create) with a visited set, and never recurses, so a deeply nested document cannot
 * overflow the stack.
 */


/** Tokens from the walk's start to a visited node (computed on demand: most visits never need them). */
function tokensOf(visit, baseTokens = []) {
    const tokens = [];
    for (let at = visit; at?.parent; at = at.parent)
        tokens.push(at.key);
    return [...baseTokens, ...tokens.reverse()];
}
/**
 * Calls `visit` for every object and array under `start` (the start included), depth first, in source
 * order. Returning `false` from `visit` skips the node's children.
 */
function walk(start, shape, visit) {
    const seen = new Set();
    const stack = [{ node: start, shape, parent: undefined, key: '' }];
    while (stack.length > 0) {
        const current = stack.pop();
        const node = current.node;
        if (typeof node !== 'object' || node === null)
            continue;
        if (seen.has(node))
            continue;
        seen.add(node);
        if (visit(current) === false)
            continue;
        // Children are pushed last to first, so they are visited in source order.
        if (Array.isArray(node)) {
            // A schema-shaped array (old `items: [...]`) holds schemas; a list shape hands its item shape down.
            const itemShape = typeof current.shape === 'object' ? childShape(current.shape, '0') : current.shape;
            for (let index = node.length - 1; index >= 0; index--) {
                const child = node[index];
                if (typeof child === 'object' && child !== null)
                    stack.push({ node: child, shape: itemShape, parent: current, key: String(index) });
            }
        }
        else if ((0,json_value/* isObject */.Gv)(node)) {
            const keys = Object.keys(node);
            for (let i = keys.length - 1; i >= 0; i--) {
                const key = keys[i];
                const child = node[key];
                if (typeof child === 'object' && child !== null)
                    stack.push({ node: child, shape: childShape(current.shape, key), parent: current, key });
            }
        }
    }
}
/**
 * Every distinct `$ref` string in a document, example data and extensions included: a plain walk, with
 * no shapes and no pointers, that guards against shared and cyclic nodes as `walk` does.
 */
function documentRefs(data) {
    const refs = new Set();
    const seen = new Set();
    const stack = [data];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null || seen.has(node))
            continue;
        seen.add(node);
        if (Array.isArray(node)) {
            for (const child of node)
                if (typeof child === 'object' && child !== null)
                    stack.push(child);
            continue;
        }
        for (const key in node) {
            const value = node[key];
            if (typeof value === 'object' && value !== null)
                stack.push(value);
            else if (key === '$ref' && typeof value === 'string')
                refs.add(value);
        }
    }
    return refs;
}

// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __nccwpck_require__(8227);
;// CONCATENATED MODULE: ./src/engine/openapi/operations.ts



function operationKey(source, path, method) {
    return `${method.toUpperCase()} ${source === 'webhook' ? `webhook:${path}` : path}`;
}
/**
 * The path item at `node`, with a `$ref` chain followed (3.1 `components/pathItems`); the referencing
 * object's own fields win. Returns undefined when the chain is dangling or circular.
 */
function resolvePathItem(doc, node) {
    let current = node;
    const seen = new Set();
    let siblings = {};
    while ((0,json_value/* isObject */.Gv)(current) && typeof current.$ref === 'string') {
        if (seen.has(current))
            return undefined;
        seen.add(current);
        const { $ref, ...rest } = current;
        siblings = { ...rest, ...siblings };
        const tokens = $ref.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)($ref) : undefined;
        if (!tokens)
            return undefined;
        current = (0,engine_pointer/* getAt */.sM)(doc, tokens);
    }
    if (!(0,json_value/* isObject */.Gv)(current))
        return undefined;
    return Object.keys(siblings).length > 0 ? { ...current, ...siblings } : current;
}
function enumerateOperations(doc, locate) {
    const operations = [];
    const collect = (source, container, root) => {
        if (!(0,json_value/* isObject */.Gv)(container))
            return;
        for (const name of Object.keys(container)) {
            if (source === 'path' && !name.startsWith('/'))
                continue;
            const item = resolvePathItem(doc, container[name]);
            if (!item)
                continue;
            for (const key of Object.keys(item)) {
                if (!HTTP_METHODS.includes(key))
                    continue;
                const operation = item[key];
                if (!(0,json_value/* isObject */.Gv)(operation))
                    continue;
                const method = key;
                const info = {
                    key: operationKey(source, name, method),
                    source,
                    path: name,
                    method,
                    operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
                    summary: typeof operation.summary === 'string' ? operation.summary : undefined,
                    tags: Array.isArray(operation.tags)
                        ? operation.tags.filter((t) => typeof t === 'string')
                        : [],
                    deprecated: operation.deprecated === true,
                    tokens: [root, name, method]
                };
                operations.push(locate ? new LocatedOperation(info, locate) : info);
            }
        }
    };
    collect('path', doc.paths, 'paths');
    collect('webhook', doc.webhooks, 'webhooks');
    return operations;
}
/**
 * An operation whose `location` is found on first read and then kept: locating may need a second,
 * slower parse (YAML), so it is only done for the operations that are reported. The getter lives on the
 * class, not on each object, because a run of 100,000 operations keeps every one of them.
 */
class LocatedOperation {
    key;
    source;
    path;
    method;
    operationId;
    summary;
    tags;
    deprecated;
    tokens;
    #locate;
    #location;
    constructor(info, locate) {
        this.key = info.key;
        this.source = info.source;
        this.path = info.path;
        this.method = info.method;
        this.operationId = info.operationId;
        this.summary = info.summary;
        this.tags = info.tags;
        this.deprecated = info.deprecated;
        this.tokens = info.tokens;
        this.#locate = locate;
    }
    get location() {
        if (this.#locate) {
            this.#location = this.#locate(this.tokens);
            this.#locate = undefined;
        }
        return this.#location;
    }
}
/** An enumerable property computed on first read and then kept. */
function defineLazy(target, key, compute) {
    let value;
    let done = false;
    Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        get: () => {
            if (!done) {
                value = compute();
                done = true;
            }
            return value;
        }
    });
}
/** The path item and operation objects of an operation (path item resolved). */
function operationObjects(doc, operation) {
    const container = operation.source === 'webhook' ? doc.webhooks : doc.paths;
    if (!(0,json_value/* isObject */.Gv)(container))
        return undefined;
    const pathItem = resolvePathItem(doc, container[operation.path]);
    const object = pathItem?.[operation.method];
    return pathItem && (0,json_value/* isObject */.Gv)(object) ? { pathItem, operation: object } : undefined;
}
/** The security requirements in force: the operation's own (`[]` means none) or else the root's. */
function effectiveSecurity(doc, operation) {
    if (Array.isArray(operation.security))
        return operation.security;
    return Array.isArray(doc.security) ? doc.security : undefined;
}
function securitySchemeNames(requirements) {
    const names = [];
    for (const requirement of requirements ?? []) {
        if (!(0,json_value/* isObject */.Gv)(requirement))
            continue;
        for (const name of Object.keys(requirement))
            if (!names.includes(name))
                names.push(name);
    }
    return names;
}
/** Servers in force: the operation's, else the path item's, else the root's, else `/`. */
function effectiveServers(doc, pathItem, operation) {
    for (const servers of [operation.servers, pathItem.servers, doc.servers]) {
        if (Array.isArray(servers) && servers.length > 0)
            return servers;
    }
    return [{ url: '/' }];
}
/**
 * Parameters in force: path-level ones not overridden by an operation-level one with the same
 * (name, in), then the operation's own. `deref` resolves a `$ref` to read name and in.
 */
function mergedParameters(pathItem, operation, deref) {
    const own = Array.isArray(operation.parameters) ? operation.parameters : undefined;
    const inherited = Array.isArray(pathItem.parameters) ? pathItem.parameters : undefined;
    const merged = [];
    // Loops, not array methods: the hot path then never meets an empty array of another elements kind.
    if (inherited) {
        const overridden = new Set();
        if (own)
            for (const node of own) {
                const identity = parameterIdentity(deref(node));
                if (identity)
                    overridden.add(identity);
            }
        for (const node of inherited)
            if (!overridden.has(parameterIdentity(deref(node))))
                merged.push(node);
    }
    if (own)
        for (const node of own)
            merged.push(node);
    return merged;
}
/** What makes two parameters the same one: where they are and their name; '' for a non-object. */
function parameterIdentity(parameter) {
    return (0,json_value/* isObject */.Gv)(parameter) ? `${String(parameter.in)}\0${String(parameter.name)}` : '';
}

;// CONCATENATED MODULE: ./src/engine/convert/follow-moves.ts



/**
 * The moves inside each schema, by the schema's pointer (as the converters write it: `/components/
 * schemas/Pet`), in the order they were made. The converters run bottom-up, so a schema's moves are
 * made after those of the schemas inside it.
 */
class Moves {
    bySchema = new Map();
    add(schemaAt, from, to) {
        const list = this.bySchema.get(schemaAt);
        if (list)
            list.push({ from, to });
        else
            this.bySchema.set(schemaAt, [{ from, to }]);
    }
    get size() {
        return this.bySchema.size;
    }
    /**
     * Where a local ref points once the moves are applied, or undefined when nothing it points into
     * moved. The schemas it passes through are taken innermost first, each with its moves in order: a
     * schema's moves change only what is below it, so the pointers of the schemas around it still hold.
     */
    followed(ref) {
        if (!ref.startsWith('#'))
            return undefined;
        const parsed = (0,engine_pointer/* parsePointer */.vp)(ref);
        if (!parsed || parsed.length === 0)
            return undefined;
        const source = parsed.map(engine_pointer/* escapeToken */.tj);
        let tokens = source;
        for (let depth = source.length - 1; depth > 0; depth--) {
            const moves = this.bySchema.get('/' + source.slice(0, depth).join('/'));
            if (!moves)
                continue;
            for (const { from, to } of moves) {
                if (!startsWith(tokens, depth, from))
                    continue;
                tokens = [...tokens.slice(0, depth), ...to.map(engine_pointer/* escapeToken */.tj), ...tokens.slice(depth + from.length)];
            }
        }
        return tokens === source ? undefined : (0,engine_pointer/* formatPointer */.$2)(tokens.map(engine_pointer/* unescapeToken */.ko));
    }
}
function startsWith(tokens, depth, keys) {
    if (tokens.length < depth + keys.length)
        return false;
    for (let i = 0; i < keys.length; i++)
        if (tokens[depth + i] !== (0,engine_pointer/* escapeToken */.tj)(keys[i]))
            return false;
    return true;
}
/**
 * The document with its refs into moved content rewritten. `refs` are the document's refs when the
 * caller already has them (conversion leaves every `$ref` string as it found it).
 */
function followMoves(doc, moves, notes, refs) {
    if (moves.size === 0)
        return doc;
    const rewritten = new Map();
    for (const ref of refs ?? documentRefs(doc)) {
        const to = moves.followed(ref);
        if (to !== undefined)
            rewritten.set(ref, to);
    }
    if (rewritten.size === 0)
        return doc;
    // The converted document shares its objects with the source, which is never changed: the refs are
    // rewritten in a copy. This happens only when a ref points into something that moved.
    const copy = structuredClone(doc);
    walk(copy, 'document', visit => {
        const node = visit.node;
        if (!(0,json_value/* isObject */.Gv)(node) || typeof node.$ref !== 'string')
            return;
        const to = rewritten.get(node.$ref);
        if (to === undefined)
            return;
        const at = (0,engine_pointer/* formatPointer */.$2)(tokensOf(visit)).slice(1) || '/';
        notes.push({
            code: 'CONVERT_REF_FOLLOWED',
            severity: 'info',
            pointer: at,
            message: `The $ref at ${at} now reads ${to}: the conversion moved what ${node.$ref} pointed at.`
        });
        node.$ref = to;
    });
    return copy;
}

;// CONCATENATED MODULE: ./src/engine/convert/hoist-defs.ts



function hoistDefs(source, notes) {
    let found = false;
    walk(source, 'document', ({ node, shape }) => {
        if (shape === 'schema' && (0,json_value/* isObject */.Gv)(node) && (0,json_value/* isObject */.Gv)(node.$defs))
            found = true;
    });
    if (!found)
        return source;
    const doc = structuredClone(source);
    const components = (doc.components = (0,json_value/* isObject */.Gv)(doc.components) ? doc.components : {});
    const schemas = (components.schemas = (0,json_value/* isObject */.Gv)(components.schemas) ? components.schemas : {});
    const moved = new Map();
    // Definitions may hold definitions: repeat until none is left.
    for (let round = 0; round < 32; round++) {
        const holders = [];
        walk(doc, 'document', visit => {
            if (visit.shape === 'schema' && (0,json_value/* isObject */.Gv)(visit.node) && (0,json_value/* isObject */.Gv)(visit.node.$defs))
                holders.push({ node: visit.node, tokens: tokensOf(visit) });
        });
        if (holders.length === 0)
            break;
        for (const { node, tokens } of holders) {
            const defs = node.$defs;
            delete node.$defs;
            const prefix = tokens[0] === 'components' && tokens[1] === 'schemas' ? tokens.slice(2) : tokens;
            for (const [name, definition] of Object.entries(defs)) {
                const base = [...prefix, name]
                    .join('_')
                    .replace(/[^A-Za-z0-9._-]+/g, '_')
                    .replace(/^_+/, '') || 'def';
                let target = base;
                for (let n = 2; target in schemas; n++)
                    target = `${base}_${n}`;
                schemas[target] = definition;
                moved.set((0,engine_pointer/* formatPointer */.$2)([...tokens, '$defs', name]), (0,engine_pointer/* formatPointer */.$2)(['components', 'schemas', target]));
                notes.push({
                    code: 'CONVERT_DEFS_HOISTED',
                    severity: 'info',
                    pointer: (0,engine_pointer/* formatPointer */.$2)([...tokens, '$defs', name]).slice(1),
                    message: `The definition ${name} moved to components/schemas/${target}: OpenAPI 3.0 has no $defs.`
                });
            }
        }
    }
    const rewrite = (ref) => {
        for (const [from, to] of moved)
            if (ref === from || ref.startsWith(from + '/'))
                return rewrite(to + ref.slice(from.length));
        return ref;
    };
    walk(doc, 'document', ({ node }) => {
        if ((0,json_value/* isObject */.Gv)(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#'))
            node.$ref = rewrite(node.$ref);
    });
    return doc;
}

;// CONCATENATED MODULE: ./src/engine/convert/to-30.ts

/** Keywords 3.0 has no place for, and what is lost when they go. */
const DROPPED = {
    if: 'conditional subschemas (if/then/else)',
    then: 'conditional subschemas (if/then/else)',
    else: 'conditional subschemas (if/then/else)',
    dependentSchemas: 'dependentSchemas',
    dependentRequired: 'dependentRequired',
    patternProperties: 'patternProperties',
    propertyNames: 'propertyNames',
    contains: 'contains',
    minContains: 'minContains',
    maxContains: 'maxContains',
    unevaluatedItems: 'unevaluatedItems',
    contentSchema: 'contentSchema',
    $dynamicRef: '$dynamicRef',
    $dynamicAnchor: '$dynamicAnchor',
    $anchor: '$anchor',
    $id: '$id',
    $schema: '$schema',
    $vocabulary: '$vocabulary',
    $comment: '$comment'
};
const ANNOTATIONS_ONLY = new Set(['$comment', '$id', '$schema', '$anchor', '$vocabulary']);
/** Whether schemaTo30 would change the schema: most schemas need nothing, and are then not copied. */
function mayChange(schema, mode) {
    if (schema.type === 'null' ||
        Array.isArray(schema.type) ||
        'const' in schema ||
        typeof schema.exclusiveMinimum === 'number' ||
        typeof schema.exclusiveMaximum === 'number' ||
        schema.contentEncoding === 'base64' ||
        typeof schema.contentMediaType === 'string')
        return true;
    if (mode !== 'full')
        return false;
    if (Array.isArray(schema.examples) ||
        Array.isArray(schema.prefixItems) ||
        'unevaluatedProperties' in schema)
        return true;
    if (Object.keys(DROPPED).some(keyword => keyword in schema))
        return true;
    return typeof schema.$ref === 'string' && Object.keys(schema).length > 1;
}
/** @param moves records what moved inside the schema, so refs into it can follow. */
function schemaTo30(schema, mode, at, notes, moves) {
    if (!mayChange(schema, mode))
        return schema;
    let out = { ...schema };
    let changed = false;
    const lose = (keyword, what, severity = 'warning') => notes.push({
        code: 'CONVERT_LOSSY',
        severity,
        pointer: at(),
        message: `${what} at ${at()} cannot be expressed in OpenAPI 3.0; ${keyword} was ${severity === 'info' ? 'dropped (an annotation only)' : 'dropped'}.`
    });
    if (out.type === 'null')
        out.type = ['null'];
    if (Array.isArray(out.type)) {
        changed = true;
        const types = out.type.filter((t) => typeof t === 'string');
        const nonNull = types.filter(t => t !== 'null');
        const nullable = types.includes('null');
        delete out.type;
        if (nonNull.length === 1)
            out.type = nonNull[0];
        else if (nonNull.length > 1)
            out.anyOf = [...nonNull.map(type => ({ type })), ...(Array.isArray(out.anyOf) ? out.anyOf : [])];
        else if (nullable) {
            out.enum = [null];
            notes.push({
                code: 'CONVERT_LOSSY',
                severity: 'warning',
                pointer: at(),
                message: `The type "null" alone at ${at()} became nullable with enum [null] in OpenAPI 3.0.`
            });
        }
        if (nullable) {
            out.nullable = true;
            if (Array.isArray(out.enum) && out.enum.length > 1)
                out.enum = out.enum.filter(value => value !== null);
        }
    }
    if ('const' in out) {
        changed = true;
        out.enum = [out.const];
        delete out.const;
        moves?.add(at(), ['const'], ['enum', '0']);
    }
    for (const [bound, limit] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum']
    ]) {
        const value = out[bound];
        if (typeof value !== 'number')
            continue;
        changed = true;
        const existing = out[limit];
        if (typeof existing === 'number' &&
            (bound === 'exclusiveMinimum' ? existing > value : existing < value)) {
            // The inclusive bound is the stricter one: the exclusive one adds nothing.
            delete out[bound];
        }
        else {
            out[limit] = value;
            out[bound] = true;
        }
    }
    if (out.contentEncoding === 'base64') {
        changed = true;
        delete out.contentEncoding;
        out.format = 'byte';
    }
    if (typeof out.contentMediaType === 'string') {
        changed = true;
        delete out.contentMediaType;
        if (out.type === undefined || out.type === 'string') {
            out.type = 'string';
            out.format ??= 'binary';
        }
    }
    if (mode === 'full') {
        if (Array.isArray(out.examples)) {
            changed = true;
            const examples = out.examples;
            delete out.examples;
            if (examples.length > 0 && !('example' in out)) {
                out.example = examples[0];
                moves?.add(at(), ['examples', '0'], ['example']);
            }
            if (examples.length > 1) {
                notes.push({
                    code: 'CONVERT_LOSSY',
                    severity: 'info',
                    pointer: at(),
                    message: `${examples.length} examples at ${at()} became one example (the first) in OpenAPI 3.0.`
                });
            }
        }
        if (Array.isArray(out.prefixItems)) {
            changed = true;
            const prefix = out.prefixItems;
            delete out.prefixItems;
            if (out.items === undefined) {
                out.items = prefix.length === 1 ? prefix[0] : { anyOf: prefix };
                if (prefix.length === 1)
                    moves?.add(at(), ['prefixItems', '0'], ['items']);
                else
                    moves?.add(at(), ['prefixItems'], ['items', 'anyOf']);
            }
            lose('prefixItems', 'Positional items (prefixItems)');
        }
        if ('unevaluatedProperties' in out) {
            changed = true;
            const value = out.unevaluatedProperties;
            delete out.unevaluatedProperties;
            if (out.additionalProperties === undefined && (typeof value === 'boolean' || (0,json_value/* isObject */.Gv)(value))) {
                out.additionalProperties = value;
                moves?.add(at(), ['unevaluatedProperties'], ['additionalProperties']);
            }
            lose('unevaluatedProperties', 'unevaluatedProperties (kept as additionalProperties where there was none)');
        }
        for (const keyword of Object.keys(DROPPED)) {
            if (!(keyword in out))
                continue;
            changed = true;
            delete out[keyword];
            lose(keyword, DROPPED[keyword], ANNOTATIONS_ONLY.has(keyword) ? 'info' : 'warning');
        }
        // In 3.0 everything beside a $ref is ignored: keep it by wrapping both in allOf.
        if (typeof out.$ref === 'string' && Object.keys(out).length > 1) {
            changed = true;
            const { $ref, ...siblings } = out;
            out = { allOf: [{ $ref }, siblings] };
            for (const key of Object.keys(siblings))
                moves?.add(at(), [key], ['allOf', '1', key]);
        }
    }
    return changed ? out : schema;
}

;// CONCATENATED MODULE: ./src/engine/convert/to-31.ts
/**
 * @param inRequestBody the schema describes (part of) a request body, where 3.1 says binary and base64
 *   strings with contentMediaType and contentEncoding instead of format.
 * @param examplesReferenced pointers of the schemas whose `example` a `$ref` points into: those keep it.
 * @param moves records what moved inside the schema, so refs into it can follow.
 */
function schemaTo31(schema, mode, at, notes, inRequestBody = false, examplesReferenced, moves) {
    let out = schema;
    const edit = () => (out === schema ? (out = { ...schema }) : out);
    for (const [bound, limit] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum']
    ]) {
        if (typeof schema[bound] !== 'boolean')
            continue;
        const target = edit();
        if (schema[bound] === true && typeof schema[limit] === 'number') {
            const rebuilt = {};
            for (const key of Object.keys(target)) {
                if (key === limit)
                    continue;
                rebuilt[key] = key === bound ? schema[limit] : target[key];
            }
            out = rebuilt;
        }
        else {
            delete target[bound];
            if (schema[bound] === true) {
                notes.push({
                    code: 'CONVERT_EXCLUSIVE_WITHOUT_BOUND',
                    severity: 'warning',
                    pointer: at(),
                    message: `${bound}: true at ${at()} had no ${limit}; it was dropped.`
                });
            }
        }
    }
    if ('nullable' in schema) {
        const target = edit();
        const nullable = target.nullable === true;
        delete target.nullable;
        if (nullable) {
            if (typeof target.type === 'string') {
                target.type = [target.type, 'null'];
                if (Array.isArray(target.enum) && !target.enum.includes(null))
                    target.enum = [...target.enum, null];
            }
            else if (Array.isArray(target.type)) {
                if (!target.type.includes('null'))
                    target.type = [...target.type, 'null'];
            }
            else {
                // Without a type, null is only allowed as an explicit alternative.
                const { description, ...rest } = target;
                out = { ...(description !== undefined ? { description } : {}), anyOf: [rest, { type: 'null' }] };
                for (const key of Object.keys(rest))
                    moves?.add(at(), [key], ['anyOf', '0', key]);
                notes.push({
                    code: 'CONVERT_NULLABLE_WITHOUT_TYPE',
                    severity: 'info',
                    pointer: at(),
                    message: `nullable at ${at()} had no type; it became anyOf with {type: null}.`
                });
            }
        }
    }
    if (mode === 'full' &&
        inRequestBody &&
        schema.type === 'string' &&
        (schema.format === 'binary' || schema.format === 'byte')) {
        const target = edit();
        const rebuilt = {};
        for (const key of Object.keys(target)) {
            if (key !== 'format')
                rebuilt[key] = target[key];
            else if (schema.format === 'binary')
                rebuilt.contentMediaType = 'application/octet-stream';
            else
                rebuilt.contentEncoding = 'base64';
        }
        out = rebuilt;
    }
    if (mode === 'full' && typeof schema.$ref === 'string' && Object.keys(schema).length > 1) {
        notes.push({
            code: 'CONVERT_REF_SIBLINGS',
            severity: 'info',
            pointer: at(),
            message: `The fields beside the $ref at ${at()}, which OpenAPI 3.0 ignores, apply in 3.1; they were kept.`
        });
    }
    if (mode === 'full' && 'example' in schema) {
        if (examplesReferenced?.has(at())) {
            // 3.1 still allows `example` (deprecated): where a ref points into it, renaming it would leave
            // that ref pointing nowhere, so it stays.
            notes.push({
                code: 'CONVERT_EXAMPLE_KEPT',
                severity: 'info',
                pointer: at(),
                message: `The schema at ${at()} keeps \`example\` (deprecated in 3.1, still valid) rather than \`examples\`: a $ref points into it.`
            });
        }
        else {
            const target = edit();
            const rebuilt = {};
            for (const key of Object.keys(target)) {
                if (key === 'example') {
                    if (!('examples' in target))
                        rebuilt.examples = [target.example];
                }
                else
                    rebuilt[key] = target[key];
            }
            out = rebuilt;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/convert/convert-document.ts









function pointerOf(trail) {
    const tokens = [];
    for (let step = trail; step; step = step.parent)
        tokens.push((0,engine_pointer/* escapeToken */.tj)(step.key));
    return tokens.length === 0 ? '/' : '/' + tokens.reverse().join('/');
}
function convertDocument(doc, sourceVersion, requested) {
    const target = requested === 'auto' ? sourceVersion : requested;
    const notes = [];
    const moves = new Moves();
    if (target === '3.1') {
        const mode = sourceVersion === '3.0' ? 'full' : 'normalize';
        const refs = mode === 'full' ? documentRefs(doc) : undefined;
        const examplesReferenced = refs && schemasWithReferencedExample(refs);
        const mapped = mapTree(doc, 'document', undefined, false, (schema, at, body) => schemaTo31(schema, mode, at, notes, body, examplesReferenced, moves));
        const converted = followMoves(mapped, moves, notes, refs);
        return { doc: mode === 'full' ? { ...converted, openapi: '3.1.0' } : converted, version: '3.1', notes };
    }
    if (sourceVersion === '3.0') {
        const converted = mapTree(doc, 'document', undefined, false, (schema, at) => schemaTo30(schema, 'normalize', at, notes, moves));
        return { doc: followMoves(converted, moves, notes), version: '3.0', notes };
    }
    return { doc: followMoves(documentTo30(doc, notes, moves), moves, notes), version: '3.0', notes };
}
/**
 * The schemas whose `example` one of the document's local refs points into (a response example that
 * reuses a schema's example, say), as `pointerOf` writes their pointers. A pointer with several
 * `example` tokens names each candidate; keeping `example` on one that needed no keeping is still valid.
 * Undefined when there are none, so the converters make no pointer.
 */
function schemasWithReferencedExample(refs) {
    const found = new Set();
    for (const ref of refs) {
        if (!ref.startsWith('#') || !(ref.includes('example') || ref.includes('%')))
            continue;
        const tokens = (0,engine_pointer/* parsePointer */.vp)(ref) ?? [];
        for (let i = 0; i < tokens.length; i++) {
            if (tokens[i] === 'example')
                found.add('/' + tokens.slice(0, i).map(engine_pointer/* escapeToken */.tj).join('/'));
        }
    }
    return found.size > 0 ? found : undefined;
}
function documentTo30(source, notes, moves) {
    const doc = hoistDefs(source, notes);
    const otherTo30 = (node, shape, at) => {
        if (shape === 'operation' && node.responses === undefined) {
            notes.push({
                code: 'CONVERT_RESPONSES_ADDED',
                severity: 'warning',
                pointer: at(),
                message: `The operation at ${at()} describes no responses, which OpenAPI 3.0 requires; a default response saying so was added.`
            });
            return { ...node, responses: { default: { description: 'No response is described.' } } };
        }
        if (shape === 'securityScheme' && node.type === 'mutualTLS') {
            notes.push({
                code: 'CONVERT_LOSSY',
                severity: 'warning',
                pointer: at(),
                message: `The mutualTLS security scheme at ${at()} has no OpenAPI 3.0 equivalent; operations that require it cannot be converted faithfully and fail validation.`
            });
            return node;
        }
        if (typeof node.$ref !== 'string' ||
            Object.keys(node).length === 1 ||
            shape === 'schema' ||
            shape === 'data')
            return node;
        notes.push({
            code: 'CONVERT_LOSSY',
            severity: 'info',
            pointer: at(),
            message: `The summary or description beside the $ref at ${at()} was dropped: OpenAPI 3.0 ignores fields beside a $ref.`
        });
        return { $ref: node.$ref };
    };
    const inlinePathItems = (container, at) => {
        if (!(0,json_value/* isObject */.Gv)(container))
            return container;
        let out;
        for (const [key, item] of Object.entries(container)) {
            if (!(0,json_value/* isObject */.Gv)(item) || typeof item.$ref !== 'string')
                continue;
            const resolved = resolvePathItem(doc, item);
            if (!resolved)
                continue;
            (out ??= { ...container })[key] = resolved;
            notes.push({
                code: 'CONVERT_PATH_ITEM_INLINED',
                severity: 'info',
                pointer: `${at}/${(0,engine_pointer/* escapeToken */.tj)(key)}`,
                message: `The path item ${item.$ref} was written inline: OpenAPI 3.0 has no components/pathItems.`
            });
        }
        return out ?? container;
    };
    const out = {};
    for (const key of Object.keys(doc)) {
        const value = doc[key];
        if (key === 'openapi')
            out.openapi = '3.0.3';
        else if (key === 'webhooks') {
            for (const name of (0,json_value/* isObject */.Gv)(value) ? Object.keys(value) : []) {
                notes.push({
                    code: 'CONVERT_WEBHOOK_DROPPED',
                    severity: 'warning',
                    pointer: `/webhooks/${(0,engine_pointer/* escapeToken */.tj)(name)}`,
                    message: `The webhook ${name} cannot be expressed in OpenAPI 3.0 and was left out.`
                });
            }
        }
        else if (key === 'jsonSchemaDialect') {
            notes.push({
                code: 'CONVERT_LOSSY',
                severity: 'info',
                pointer: '/jsonSchemaDialect',
                message: 'jsonSchemaDialect has no place in OpenAPI 3.0 and was dropped; 3.0 schemas use its fixed dialect.'
            });
        }
        else if (key === 'info' && (0,json_value/* isObject */.Gv)(value))
            out.info = infoTo30(value, notes);
        else if (key === 'paths')
            out.paths = inlinePathItems(value, '/paths');
        else if (key === 'components' && (0,json_value/* isObject */.Gv)(value)) {
            const { pathItems, ...rest } = value;
            if (pathItems !== undefined) {
                notes.push({
                    code: 'CONVERT_PATH_ITEM_INLINED',
                    severity: 'info',
                    pointer: '/components/pathItems',
                    message: 'components/pathItems has no place in OpenAPI 3.0: path items that used it are written inline.'
                });
            }
            out.components = rest;
        }
        else
            out[key] = value;
    }
    out.paths ??= {};
    // Callbacks may point at components/pathItems too.
    const withCallbacks = mapTree(out, 'document', undefined, false, undefined, (node, shape, at) => shape === 'callback' ? inlinePathItems(node, at()) : node);
    return mapTree(withCallbacks, 'document', undefined, false, (schema, at) => schemaTo30(schema, 'full', at, notes, moves), otherTo30);
}
function infoTo30(info, notes) {
    const out = { ...info };
    if ('summary' in out) {
        delete out.summary;
        notes.push({
            code: 'CONVERT_LOSSY',
            severity: 'info',
            pointer: '/info/summary',
            message: 'info.summary has no place in OpenAPI 3.0 and was dropped.'
        });
    }
    if ((0,json_value/* isObject */.Gv)(out.license) && typeof out.license.identifier === 'string') {
        const { identifier, ...license } = out.license;
        out.license = { ...license, url: license.url ?? `https://spdx.org/licenses/${identifier}.html` };
        notes.push({
            code: 'CONVERT_LOSSY',
            severity: 'info',
            pointer: '/info/license',
            message: `The license identifier ${identifier} became a link to its SPDX page: OpenAPI 3.0 licenses have only a name and a url.`
        });
    }
    return out;
}
/**
 * Applies the converters bottom-up, sharing every subtree that did not change. `inRequestBody` is true
 * below a Request Body Object.
 */
function mapTree(node, shape, trail, inRequestBody, schema, other) {
    // Plain data (examples, defaults, extensions) holds no OpenAPI object, and no converter changes it.
    if (typeof node !== 'object' || node === null || shape === 'data')
        return node;
    const inBody = inRequestBody || shape === 'requestBody';
    if (Array.isArray(node)) {
        let out;
        const itemShape = typeof shape === 'object' ? childShape(shape, '0') : shape;
        for (let i = 0; i < node.length; i++) {
            const child = node[i];
            const next = typeof child === 'object' && child !== null
                ? mapTree(child, itemShape, { parent: trail, key: String(i) }, inBody, schema, other)
                : child;
            if (next !== child && !out)
                out = node.slice(0, i);
            if (out)
                out.push(next);
        }
        return out ?? node;
    }
    const object = node;
    let out;
    const keys = Object.keys(object);
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const child = object[key];
        const next = typeof child === 'object' && child !== null
            ? mapTree(child, childShape(shape, key), { parent: trail, key }, inBody, schema, other)
            : child;
        if (next !== child && !out) {
            out = {};
            for (let j = 0; j < i; j++)
                out[keys[j]] = object[keys[j]];
        }
        if (out)
            out[key] = next;
    }
    const result = out ?? object;
    const at = () => pointerOf(trail);
    if (shape === 'schema' && schema && (0,json_value/* isObject */.Gv)(result))
        return schema(result, at, inBody);
    if (other && (0,json_value/* isObject */.Gv)(result))
        return other(result, shape, at);
    return result;
}

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __nccwpck_require__(7679);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./src/engine/load/parse-json.ts + 1 modules
var parse_json = __nccwpck_require__(3197);
;// CONCATENATED MODULE: ./src/engine/load/parse-text.ts
/**
 * Parses one spec file's text as JSON or YAML and gives a locator for pointers in it. The YAML parsers
 * (yaml and js-yaml, a third of the bundle) are loaded the first time a YAML text comes, so a JSON run
 * does not load them.
 */



/** Strips a UTF-8 byte order mark, which editors on Windows like to add. */
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function detectFormat(file, text) {
    if (/\.json$/i.test(file))
        return 'json';
    if (/\.ya?ml$/i.test(file))
        return 'yaml';
    return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}
/** @param keysInText for JSON, the text's key count if another thread is making it (see parseJson). */
async function parseText(rawText, file, keysInText) {
    const text = stripBom(rawText);
    if (text.trim() === '') {
        throw new errors/* SliceOasError */.M$('SPEC_EMPTY', 'The spec file is empty. Point the spec input at an OpenAPI document.', {
            file
        });
    }
    const format = detectFormat(file, text);
    if (format === 'json') {
        const { data, externalRefs, positionOf } = await (0,parse_json/* parseJson */.q)(text, file, keysInText);
        return {
            data,
            format,
            externalRefs,
            locate(tokens) {
                for (let n = tokens.length; n > 0; n--) {
                    const position = positionOf('/' + tokens.slice(0, n).map(engine_pointer/* escapeToken */.tj).join('/'));
                    if (position)
                        return position;
                }
                return undefined;
            }
        };
    }
    const { parseYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(815), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6334));
    const { data, locate } = parseYaml(text, file);
    return { data, format, locate };
}

;// CONCATENATED MODULE: ./src/engine/load/bundle.ts
/**
 * Multi-file specs: `json-schema-ref-parser` discovers and reads every file the root references
 * (through our sandboxed resolvers), then this module hoists each external target into `components`
 * under a stable name derived from its file and pointer (`order` from `./schemas/order.yaml`,
 * `parameters_Limit` from `../common/parameters.yaml#/Limit`). Path items given by file are inlined.
 * Two different targets never share a name: the second gets a deterministic suffix, which is recorded.
 */








const DEFAULT_REMOTE_LIMITS = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 };
/**
 * Whether some `$ref` points outside the document. A JSON spec's parse answers this on its own walk;
 * this one is for YAML (whose aliases may share nodes) and converted Swagger documents.
 */
function hasExternalRefs(data) {
    for (const ref of documentRefs(data))
        if (!ref.startsWith('#'))
            return true;
    return false;
}
function toLocation(url) {
    const bare = url.split('#')[0];
    return bare.startsWith('file://') ? (0,external_node_url_namespaceObject.fileURLToPath)(bare) : bare;
}
function isRemote(location) {
    return /^https?:\/\//i.test(location);
}
async function bundleExternalRefs(options) {
    const { rootFile, refRoot, reader } = options;
    const parsed = new Map();
    const texts = new Map();
    let refusal;
    const realRoot = await reader.realpath(refRoot).catch(() => refRoot);
    const refuse = (error) => {
        refusal ??= error;
        throw error;
    };
    const parserOptions = {
        continueOnError: true,
        resolve: {
            external: true,
            file: {
                order: 1,
                canRead: (file) => !isRemote(file.url),
                read: async (file) => {
                    const location = toLocation(file.url);
                    const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(location)?.[1];
                    if (scheme && !/^[a-z]$/i.test(scheme)) {
                        refuse(new errors/* SliceOasError */.M$('REF_REMOTE_REFUSED', `A $ref uses the ${scheme}: scheme (${location}); only files under the spec's folder and, when allowed, http(s) documents can be read.`, { file: rootFile }));
                    }
                    const real = await reader.realpath(location).catch(() => external_node_path_default().resolve(location));
                    if (real !== realRoot && !real.startsWith(realRoot + (external_node_path_default()).sep)) {
                        refuse(new errors/* SliceOasError */.M$('REF_OUTSIDE_ROOT', `A $ref reaches outside the spec's folder (${location}); refs may only read files under ${refRoot}. Move the file inside, or set ref-root.`, { file: rootFile }));
                    }
                    const text = (await reader.readFile(real)).toString('utf8');
                    texts.set(location, text);
                    return text;
                }
            },
            http: {
                order: 2,
                canRead: (file) => isRemote(file.url),
                read: async (file) => {
                    if (!options.allowRemoteRefs) {
                        refuse(new errors/* SliceOasError */.M$('REF_REMOTE_REFUSED', `A $ref points at a remote document (${toLocation(file.url)}); remote refs are refused unless allow-remote-refs is true.`, { file: rootFile }));
                    }
                    try {
                        const text = await reader.fetchText(toLocation(file.url), options.remoteLimits ?? DEFAULT_REMOTE_LIMITS);
                        texts.set(toLocation(file.url), text);
                        return text;
                    }
                    catch (cause) {
                        return refuse(new errors/* SliceOasError */.M$('REF_UNRESOLVED', `The remote document ${toLocation(file.url)} could not be fetched: ${cause instanceof Error ? cause.message : String(cause)}.`, { file: rootFile }));
                    }
                }
            }
        },
        parse: {
            json: false,
            yaml: false,
            text: false,
            binary: false,
            spec: {
                order: 1,
                canParse: true,
                parse: async (file) => {
                    const location = toLocation(file.url);
                    const result = await parseText(typeof file.data === 'string' ? file.data : file.data.toString('utf8'), location);
                    parsed.set(location, result);
                    return result.data;
                }
            }
        }
    };
    // Loaded only for multi-file specs: about 30 ms that single-file runs need not pay.
    const { default: $RefParser } = await Promise.all(/* import() */[__nccwpck_require__.e(668), __nccwpck_require__.e(876)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2668));
    try {
        await $RefParser.resolve(rootFile, structuredClone(options.rootData), parserOptions);
    }
    catch (error) {
        if (refusal)
            throw refusal;
        if (error instanceof errors/* SliceOasError */.M$)
            throw error;
        // Missing files are left as dangling refs: only the operations that use them fail, each with a reason.
    }
    if (refusal)
        throw refusal;
    const hoister = new Hoister(rootFile, options.rootData, parsed);
    const doc = hoister.run();
    const files = [{ file: rootFile, text: texts.get(rootFile) ?? '' }];
    for (const [file, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (file !== rootFile)
            files.push({ file, text });
    }
    return { doc, files, notes: hoister.notes };
}
/** Copies the root document, rewriting every external ref to a hoisted component (or inlining path items). */
class Hoister {
    rootFile;
    rootData;
    parsed;
    notes = [];
    assigned = new Map();
    taken = new Map();
    hoisted = new Map();
    queue = [];
    constructor(rootFile, rootData, parsed) {
        this.rootFile = rootFile;
        this.rootData = rootData;
        this.parsed = parsed;
        const components = rootData.components;
        if ((0,json_value/* isObject */.Gv)(components)) {
            for (const section of Object.keys(components)) {
                const entries = components[section];
                this.taken.set(section, new Set((0,json_value/* isObject */.Gv)(entries) ? Object.keys(entries) : []));
            }
        }
    }
    run() {
        const doc = this.copy(this.rootData, this.rootFile, 'document', new Map());
        for (let i = 0; i < this.queue.length; i++) {
            const target = this.queue[i];
            const section = (this.hoisted.get(target.section) ?? new Map());
            this.hoisted.set(target.section, section);
            section[target.name] = this.copy(target.value, target.file, target.kind, new Map());
        }
        if (this.hoisted.size > 0) {
            const components = (0,json_value/* isObject */.Gv)(doc.components) ? { ...doc.components } : {};
            for (const [section, entries] of this.hoisted) {
                components[section] = { ...((0,json_value/* isObject */.Gv)(components[section]) ? components[section] : {}), ...entries };
            }
            doc.components = components;
        }
        return doc;
    }
    copy(node, file, shape, memo) {
        if (typeof node !== 'object' || node === null)
            return node;
        const known = memo.get(node);
        if (known !== undefined)
            return known;
        if (Array.isArray(node)) {
            const out = [];
            memo.set(node, out);
            node.forEach((child, index) => out.push(this.copy(child, file, childShape(shape, String(index)), memo)));
            return out;
        }
        const object = node;
        if (typeof object.$ref === 'string') {
            const inlined = this.inlinePathItem(object, file, shape, memo);
            if (inlined)
                return inlined;
        }
        const out = {};
        memo.set(node, out);
        for (const key of Object.keys(object)) {
            const value = object[key];
            if (key === '$ref' && typeof value === 'string') {
                out[key] = this.rewriteRef(value, file, shape);
            }
            else if (key === 'discriminator' &&
                shape === 'schema' &&
                (0,json_value/* isObject */.Gv)(value) &&
                (0,json_value/* isObject */.Gv)(value.mapping)) {
                const mapping = {};
                for (const [name, target] of Object.entries(value.mapping)) {
                    mapping[name] =
                        typeof target === 'string' && /[#/]/.test(target)
                            ? this.rewriteRef(target, file, 'schema')
                            : target;
                }
                out[key] = { ...value, mapping };
            }
            else {
                out[key] = this.copy(value, file, childShape(shape, key), memo);
            }
        }
        return out;
    }
    /** A path item given by an external file is written inline, its siblings kept over the target's fields. */
    inlinePathItem(object, file, shape, memo) {
        if (shape !== 'pathItem')
            return undefined;
        const target = this.resolve(object.$ref, file);
        if (!target || target.file === this.rootFile || !(0,json_value/* isObject */.Gv)(target.value))
            return undefined;
        const inlined = this.copy(target.value, target.file, 'pathItem', new Map());
        const result = { ...inlined };
        for (const key of Object.keys(object))
            if (key !== '$ref')
                result[key] = this.copy(object[key], file, childShape('pathItem', key), memo);
        return result;
    }
    resolve(ref, file) {
        const hash = ref.indexOf('#');
        const uri = hash < 0 ? ref : ref.slice(0, hash);
        const tokens = (0,engine_pointer/* parsePointer */.vp)(hash < 0 ? '' : ref.slice(hash + 1));
        if (!tokens)
            return undefined;
        let target;
        if (uri === '')
            target = file;
        else if (isRemote(uri))
            target = uri;
        else if (isRemote(file))
            target = new URL(uri, file).href;
        else
            target = external_node_path_default().resolve(external_node_path_default().dirname(file), decodeURI(uri));
        if (target === this.rootFile)
            return { file: target, tokens, value: (0,engine_pointer/* getAt */.sM)(this.rootData, tokens) };
        const parsed = this.parsed.get(target);
        if (!parsed)
            return undefined;
        const value = (0,engine_pointer/* getAt */.sM)(parsed.data, tokens);
        return value === undefined ? undefined : { file: target, tokens, value };
    }
    rewriteRef(ref, file, shape) {
        if (file === this.rootFile && ref.startsWith('#'))
            return ref;
        const target = this.resolve(ref, file);
        if (!target)
            return ref;
        if (target.file === this.rootFile)
            return (0,engine_pointer/* formatPointer */.$2)(target.tokens);
        const key = `${target.file}#${(0,engine_pointer/* formatPointer */.$2)(target.tokens)}`;
        const known = this.assigned.get(key);
        if (known)
            return known;
        const kind = typeof shape === 'string' && COMPONENT_SECTION[shape] ? shape : 'schema';
        const section = COMPONENT_SECTION[kind];
        const name = this.uniqueName(section, baseName(target.file, target.tokens), key);
        const pointer = (0,engine_pointer/* formatPointer */.$2)(['components', section, name]);
        this.assigned.set(key, pointer);
        this.queue.push({ value: target.value, file: target.file, kind, section, name });
        return pointer;
    }
    uniqueName(section, base, key) {
        const taken = this.taken.get(section) ?? new Set();
        this.taken.set(section, taken);
        let name = base;
        for (let n = 2; taken.has(name); n++)
            name = `${base}_${n}`;
        taken.add(name);
        if (name !== base) {
            this.notes.push({
                code: 'BUNDLE_NAME_SUFFIXED',
                severity: 'warning',
                message: `Two different things would be named components/${section}/${base}; ${key} was named ${name}.`
            });
        }
        return name;
    }
}
/** `order` for `./schemas/order.yaml`, `parameters_Limit` for `parameters.yaml#/Limit`. */
function baseName(file, tokens) {
    const stem = external_node_path_default().basename(file.split('?')[0]).replace(/\.(ya?ml|json)$/i, '');
    let rest = tokens;
    if (rest[0] === 'components' && rest.length >= 3)
        rest = rest.slice(2);
    else if ((rest[0] === 'definitions' || rest[0] === '$defs') && rest.length >= 2)
        rest = rest.slice(1);
    const raw = [stem, ...rest].join('_');
    const clean = raw.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');
    return clean === '' ? 'external' : clean;
}

// EXTERNAL MODULE: ./src/engine/load/count-keys.ts
var count_keys = __nccwpck_require__(9225);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/engine/load/spec-reader.ts
/**
 * The port through which the loader reads files and remote documents. The default reads the local disk
 * and fetches http(s) with a timeout and a size cap; tests inject fakes.
 */


const nodeSpecReader = {
    // One synchronous read: fs/promises reads a file in 512 KB round trips to libuv's threads, and the
    // run has nothing to do meanwhile (about 10 ms idle for GitHub's 13 MB).
    readFile: async (path) => readFileShared(path),
    realpath: path => (0,promises_namespaceObject.realpath)(path),
    isDirectory: async (path) => (await (0,promises_namespaceObject.stat)(path)).isDirectory(),
    async fetchText(url, { timeoutMs, maxBytes }) {
        const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
        if (!response.ok)
            throw new Error(`HTTP ${response.status}`);
        const declared = Number(response.headers.get('content-length') ?? '0');
        if (declared > maxBytes)
            throw new Error(`larger than ${maxBytes} bytes`);
        const reader = response.body?.getReader();
        if (!reader)
            return '';
        const chunks = [];
        let size = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > maxBytes) {
                await reader.cancel();
                throw new Error(`larger than ${maxBytes} bytes`);
            }
            chunks.push(value);
        }
        return Buffer.concat(chunks).toString('utf8');
    }
};
/** Past this size, Node's own read says that the file is too large. */
const MAX_READ_BYTES = 2 ** 31 - 1;
/**
 * A regular file's bytes, read into shared memory: the thread that counts a large JSON text's keys then
 * reads them where they are, where a copy cost this thread about 9 ms for GitHub's 13 MB. Anything else
 * (a pipe, a device, a file past 2 GiB or one that changes size meanwhile) is read the usual way.
 */
function readFileShared(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    try {
        const info = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!info.isFile() || info.size === 0 || info.size > MAX_READ_BYTES)
            return (0,external_node_fs_namespaceObject.readFileSync)(fd);
        const bytes = Buffer.from(new SharedArrayBuffer(info.size));
        let filled = 0;
        while (filled < bytes.length) {
            const read = (0,external_node_fs_namespaceObject.readSync)(fd, bytes, filled, bytes.length - filled, filled);
            if (read === 0)
                break;
            filled += read;
        }
        const more = Buffer.alloc(1);
        if (filled < bytes.length || (0,external_node_fs_namespaceObject.readSync)(fd, more, 0, 1, filled) !== 0)
            return (0,external_node_fs_namespaceObject.readFileSync)(path);
        return bytes;
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/engine/load/load-spec.ts
/**
 * Loads the spec: reads and parses it (JSON or YAML, BOM tolerated), checks it is an OpenAPI 3.0/3.1
 * document, bundles multi-file documents into one, and keeps a locator for source positions.
 */










async function loadSpec(specPath, options = {}) {
    const reader = options.reader ?? nodeSpecReader;
    const file = external_node_path_default().resolve(specPath);
    const bytes = await readSpecBytes(file, reader);
    // A large JSON text's keys are counted on another thread while this one decodes and parses it.
    const keysInText = bytes.length >= count_keys/* COUNT_BESIDE_FROM_BYTES */.oP &&
        detectFormat(file, bytes.subarray(0, 64).toString('latin1')) === 'json'
        ? (0,count_keys/* countKeysBeside */.mh)(bytes, parse_json/* MAX_NESTING */.M)
        : undefined;
    const text = bytes.toString('utf8');
    const parsed = await parseText(text, file, keysInText);
    const notes = [];
    let data = parsed.data;
    let swaggerVersion;
    if ((0,json_value/* isObject */.Gv)(data) && data.swagger === '2.0' && data.openapi === undefined) {
        swaggerVersion = '2.0';
        data = await swaggerToOpenApi(data, file, notes);
    }
    const checked = checkOpenApi(data, file, parsed.locate);
    const sourceVersion = swaggerVersion ?? checked.sourceVersion;
    const version = checked.version;
    let doc = data;
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    // A JSON parse has already looked (unless a Swagger document was converted since).
    const external = swaggerVersion === undefined && parsed.externalRefs !== undefined
        ? parsed.externalRefs
        : hasExternalRefs(doc);
    if (external) {
        const bundled = await bundleExternalRefs({
            rootFile: file,
            rootData: doc,
            refRoot: external_node_path_default().resolve(options.refRoot ?? external_node_path_default().dirname(file)),
            allowRemoteRefs: options.allowRemoteRefs ?? false,
            remoteLimits: options.remoteLimits,
            reader
        });
        doc = bundled.doc;
        notes.push(...bundled.notes);
        hash.update(withoutBom(bytes));
        for (const extra of bundled.files.slice(1))
            hash.update(`\0${external_node_path_default().relative(external_node_path_default().dirname(file), extra.file)}\0${extra.text}`);
    }
    else {
        hash.update(withoutBom(bytes));
    }
    return {
        file,
        format: parsed.format,
        doc,
        sourceVersion,
        version,
        digest: hash.digest('hex'),
        notes,
        locate(tokens) {
            const position = parsed.locate(tokens);
            return {
                file,
                pointer: (0,engine_pointer/* pointerText */.po)(tokens),
                ...(position ? { line: position.line, column: position.column } : {})
            };
        }
    };
}
/**
 * Swagger 2.0 becomes OpenAPI 3.0 with swagger2openapi, before anything else; its slices are then sliced,
 * validated and indexed like any other. Operations keep their pointers, so locations still hold.
 */
async function swaggerToOpenApi(data, file, notes) {
    try {
        const options = { patch: true, warnOnly: true, resolve: false };
        // Loaded only for Swagger 2.0 input: it is the largest module of the bundle, about 60 ms to load.
        const { default: swagger2openapi } = await __nccwpck_require__.e(/* import() */ 126).then(__nccwpck_require__.t.bind(__nccwpck_require__, 126, 23));
        const { openapi } = await swagger2openapi.convertObj(structuredClone(data), options);
        notes.push({
            code: 'CONVERT_SWAGGER_2',
            severity: 'info',
            message: 'The Swagger 2.0 document was converted to OpenAPI 3.0 before slicing.'
        });
        for (const warning of options.warnings ?? []) {
            notes.push({
                code: 'CONVERT_SWAGGER_2',
                severity: 'warning',
                message: `Converting from Swagger 2.0: ${warning.message ?? String(warning)}`
            });
        }
        return openapi;
    }
    catch (cause) {
        throw new errors/* SliceOasError */.M$('SPEC_NOT_OPENAPI', `The Swagger 2.0 document could not be converted to OpenAPI 3.0: ${cause instanceof Error ? cause.message : String(cause)}.`, { file }, { cause });
    }
}
/**
 * The bytes the digest covers: the file's, without a UTF-8 byte order mark. For UTF-8 text that is the
 * text's own encoding, and hashing the bytes saves encoding 13 MB again.
 */
function withoutBom(bytes) {
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}
async function readSpecBytes(file, reader) {
    try {
        if (await reader.isDirectory(file)) {
            throw new errors/* SliceOasError */.M$('SPEC_IS_DIRECTORY', `The spec ${file} is a folder; point the spec input at the document file itself.`, { file });
        }
        return await reader.readFile(file);
    }
    catch (error) {
        if (error instanceof errors/* SliceOasError */.M$)
            throw error;
        const code = error.code;
        if (code === 'ENOENT') {
            throw new errors/* SliceOasError */.M$('SPEC_NOT_FOUND', `The spec ${file} does not exist. Check the spec path (it is relative to the working directory).`, { file });
        }
        if (code === 'EISDIR') {
            throw new errors/* SliceOasError */.M$('SPEC_IS_DIRECTORY', `The spec ${file} is a folder; point the spec input at the document file itself.`, { file });
        }
        throw new errors/* SliceOasError */.M$('SPEC_UNREADABLE', `The spec ${file} could not be read (${code ?? 'unknown error'}). Check its permissions.`, { file });
    }
}
function checkOpenApi(data, file, locate) {
    const at = (tokens) => ({ file, ...locate(tokens) });
    if (!(0,json_value/* isObject */.Gv)(data)) {
        throw new errors/* SliceOasError */.M$('SPEC_NOT_OPENAPI', 'The spec is not an OpenAPI document: its top level is not a mapping.', { file });
    }
    if (data.swagger !== undefined && data.openapi === undefined) {
        throw new errors/* SliceOasError */.M$('SPEC_UNSUPPORTED_VERSION', `The spec is Swagger ${String(data.swagger)}; slice-oas reads Swagger 2.0 and OpenAPI 3.0 and 3.1 documents.`, at(['swagger']));
    }
    const declared = data.openapi;
    if (declared === undefined) {
        throw new errors/* SliceOasError */.M$('SPEC_NOT_OPENAPI', 'The spec is not an OpenAPI document: it has no `openapi` field.', { file });
    }
    const sourceVersion = String(declared);
    const match = /^3\.([01])\.\d+(-.+)?$/.exec(sourceVersion);
    if (typeof declared !== 'string' || !match) {
        throw new errors/* SliceOasError */.M$('SPEC_UNSUPPORTED_VERSION', `The spec declares openapi ${sourceVersion}; slice-oas reads OpenAPI 3.0.x and 3.1.x.`, at(['openapi']));
    }
    if (data.paths !== undefined && !(0,json_value/* isObject */.Gv)(data.paths)) {
        throw new errors/* SliceOasError */.M$('SPEC_PATHS_INVALID', '`paths` must be a mapping of path templates to path items.', at(['paths']));
    }
    if (data.webhooks !== undefined && !(0,json_value/* isObject */.Gv)(data.webhooks)) {
        throw new errors/* SliceOasError */.M$('SPEC_PATHS_INVALID', '`webhooks` must be a mapping of names to path items.', at(['webhooks']));
    }
    return { sourceVersion, version: match[1] === '0' ? '3.0' : '3.1' };
}

;// CONCATENATED MODULE: ./src/engine/output/file-names.ts
/**
 * The one place that makes output file names. Names are deterministic, safe on Linux, macOS and Windows
 * and for artifact upload, at most 200 bytes, unique case-insensitively across the batch, and can never
 * point outside the output directory.
 */



const MAX_FILE_NAME_BYTES = 200;
const RESERVED_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
function shortHash(text, length = 8) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex').slice(0, length);
}
/** A file-system-safe stem: only letters, digits, `.`, `_` and `-`, no leading dots, no device names. */
function safeStem(raw) {
    let stem = raw
        .normalize('NFC')
        .replace(/[{}]/g, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-. ]+$/g, '');
    if (stem === '')
        stem = 'root';
    if (RESERVED_DEVICE_NAMES.test(stem.split('.')[0]))
        stem = `_${stem}`;
    return stem;
}
/** `/users/{id}` GET → `users-id_GET`; webhook `newPet` POST → `webhook-newPet_POST`. */
function operationStem(source, name, method) {
    const base = source === 'webhook' ? `webhook-${safeStem(name)}` : safeStem(name.replace(/\//g, '-'));
    return `${base}_${method.toUpperCase()}`;
}
/**
 * File names for a whole batch. Stems that collide case-insensitively all get a short hash of their
 * identity, so the result does not depend on order; over-long stems are cut and hashed.
 */
function assignFileNames(requests, extension) {
    const byLower = new Map();
    for (const request of requests) {
        const lower = request.stem.toLowerCase();
        byLower.set(lower, [...(byLower.get(lower) ?? []), request]);
    }
    const names = new Map();
    const used = new Set();
    for (const request of requests) {
        const collides = byLower.get(request.stem.toLowerCase()).length > 1;
        let stem = collides ? `${request.stem}-${shortHash(request.id)}` : request.stem;
        if (Buffer.byteLength(stem + extension) > MAX_FILE_NAME_BYTES) {
            const suffix = `-${shortHash(request.id)}`;
            let cut = stem;
            while (Buffer.byteLength(cut + suffix + extension) > MAX_FILE_NAME_BYTES)
                cut = cut.slice(0, -1);
            stem = cut.replace(/[-. ]+$/, '') + suffix;
        }
        let name = stem + extension;
        for (let n = 2; used.has(name.toLowerCase()); n++)
            name = `${stem}-${n}${extension}`;
        used.add(name.toLowerCase());
        names.set(request.id, name);
    }
    return names;
}
/** The absolute path of a file name inside the output directory; refuses anything that would leave it. */
function resolveInside(outputDir, fileName) {
    const root = external_node_path_default().resolve(outputDir);
    // A name with no separator, drive colon or reserved character, other than . and .., names an entry
    // of root itself.
    if (fileName === '' || fileName === '.' || fileName === '..' || /[\\/:*?"<>|\r\n]/.test(fileName)) {
        throw new errors/* SliceOasError */.M$('OUTPUT_ESCAPE', `Refused to write "${fileName}": it would land outside the output directory ${root}.`);
    }
    return entryPath(root, fileName);
}
/**
 * The path of the entry `name` (which holds no separator) in the folder `dir`. Joined by hand:
 * path.join and path.resolve normalise the whole path again, which cost about 15 ms per 1,000 files
 * before they warmed up, for every slice written.
 */
function entryPath(dir, name) {
    return dir.endsWith((external_node_path_default()).sep) ? dir + name : dir + (external_node_path_default()).sep + name;
}

;// CONCATENATED MODULE: ./src/engine/output/file-sink.ts
/**
 * The port through which the batch writes. The default writes atomically (a temporary file in the same
 * folder, then rename), so a killed run never leaves a half-written slice. Tests inject faults here.
 *
 * Slice files are written and read with the synchronous calls: the thread that makes a slice also
 * writes it, and every core already makes slices, so handing the kernel's share of the work to libuv's
 * threads frees nothing, while each asynchronous call costs this thread several times the synchronous
 * one (about 0.2 s against 0.05 s of CPU for GitHub's 1,224 files). Each call blocks for microseconds.
 */





const TEMP_SUFFIX = '.slice-oas-tmp';
const nodeFileSink = {
    async prepareDir(dir) {
        const info = await (0,promises_namespaceObject.stat)(dir).catch(() => undefined);
        if (info && !info.isDirectory()) {
            const error = new Error(`${dir} is a file`);
            error.code = 'ENOTDIR';
            throw error;
        }
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        await (0,promises_namespaceObject.access)(dir, promises_namespaceObject.constants.W_OK);
    },
    async writeAtomic(file, content) {
        writeAtomicSync(file, content);
    },
    readText: async (file) => readTextSync(file),
    remove: file => (0,promises_namespaceObject.rm)(file, { force: true }),
    async listTemporary(dir) {
        const names = await (0,promises_namespaceObject.readdir)(dir).catch(() => []);
        return names.filter(name => name.endsWith(TEMP_SUFFIX)).map(name => external_node_path_default().join(dir, name));
    },
    openStream: file => external_node_fs_namespaceObject.createWriteStream(file)
};
/**
 * Temporary names are unique to this thread: a random tag drawn once, then a counter. (A random draw per
 * file cost about 10 ms per 1,000 files.) Each worker thread loads this module anew, with its own tag.
 */
const threadTag = (0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex');
let temporaries = 0;
/** Beside the file, in the same folder, so the rename is atomic. */
function temporaryFor(file) {
    const name = `.${external_node_path_default().basename(file)}.${threadTag}-${(temporaries++).toString(36)}${TEMP_SUFFIX}`;
    return entryPath(external_node_path_default().dirname(file), name);
}
/** The atomic write itself: the default sink's, and the slice pool workers' (which have no sink). */
function writeAtomicSync(file, content) {
    const temporary = temporaryFor(file);
    try {
        external_node_fs_namespaceObject.writeFileSync(temporary, content);
        external_node_fs_namespaceObject.renameSync(temporary, file);
    }
    catch (error) {
        external_node_fs_namespaceObject.rmSync(temporary, { force: true });
        throw error;
    }
}
function readTextSync(file) {
    try {
        return external_node_fs_namespaceObject.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/get.js
// Lodash implementation of `get`

const charCodeOfDot = ".".charCodeAt(0);
const reEscapeChar = /\\(\\)?/g;
const rePropName = RegExp(
  // Match anything that isn't a dot or bracket.
  "[^.[\\]]+" +
    "|" +
    // Or match property names within brackets.
    "\\[(?:" +
    // Match a non-string expression.
    "([^\"'][^[]*)" +
    "|" +
    // Or match strings (supports escaping characters).
    "([\"'])((?:(?!\\2)[^\\\\]|\\\\.)*?)\\2" +
    ")\\]" +
    "|" +
    // Or match "" as the space between consecutive dots or empty brackets.
    "(?=(?:\\.|\\[\\])(?:\\.|\\[\\]|$))",
  "g",
);
const reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
const reIsPlainProp = /^\w*$/;

const getTag = function (value) {
  // if (!value) value === undefined ? "[object Undefined]" : "[object Null]";
  return Object.prototype.toString.call(value);
};

const isSymbol = function (value) {
  const type = typeof value;
  return (
    type === "symbol" ||
    (type === "object" && value && getTag(value) === "[object Symbol]")
  );
};

const isKey = function (value, object) {
  if (Array.isArray(value)) {
    return false;
  }
  const type = typeof value;
  if (
    type === "number" ||
    type === "symbol" ||
    type === "boolean" ||
    !value ||
    isSymbol(value)
  ) {
    return true;
  }
  return (
    reIsPlainProp.test(value) ||
    !reIsDeepProp.test(value) ||
    (object != null && value in Object(object))
  );
};

const stringToPath = function (string) {
  const result = [];
  if (string.charCodeAt(0) === charCodeOfDot) {
    result.push("");
  }
  string.replace(rePropName, function (match, expression, quote, subString) {
    let key = match;
    if (quote) {
      key = subString.replace(reEscapeChar, "$1");
    } else if (expression) {
      key = expression.trim();
    }
    result.push(key);
  });
  return result;
};

const castPath = function (value, object) {
  if (Array.isArray(value)) {
    return value;
  } else {
    return isKey(value, object) ? [value] : stringToPath(value);
  }
};

const toKey = function (value) {
  if (typeof value === "string" || isSymbol(value)) return value;
  const result = `${value}`;
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
};

const get = function (object, path) {
  path = castPath(path, object);
  let index = 0;
  const length = path.length;
  while (object != null && index < length) {
    object = object[toKey(path[index++])];
  }
  return index && index === length ? object : undefined;
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/is_object.js
const is_object = function (obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/normalize_columns.js
const normalize_columns = function (columns) {
  if (columns === undefined || columns === null) {
    return [undefined, undefined];
  }
  if (typeof columns !== "object") {
    return [Error('Invalid option "columns": expect an array or an object')];
  }
  if (!Array.isArray(columns)) {
    const newcolumns = [];
    for (const k in columns) {
      newcolumns.push({
        key: k,
        header: columns[k],
      });
    }
    columns = newcolumns;
  } else {
    const newcolumns = [];
    for (const column of columns) {
      if (typeof column === "string") {
        newcolumns.push({
          key: column,
          header: column,
        });
      } else if (
        typeof column === "object" &&
        column !== null &&
        !Array.isArray(column)
      ) {
        if (!column.key) {
          return [
            Error('Invalid column definition: property "key" is required'),
          ];
        }
        if (column.header === undefined) {
          column.header = column.key;
        }
        newcolumns.push(column);
      } else {
        return [
          Error("Invalid column definition: expect a string or an object"),
        ];
      }
    }
    columns = newcolumns;
  }
  return [undefined, columns];
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/CsvError.js
class CsvError extends Error {
  constructor(code, message, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ");
    super(message);
    if (Error.captureStackTrace !== undefined) {
      Error.captureStackTrace(this, CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value)
          ? value.toString()
          : value == null
            ? value
            : JSON.parse(JSON.stringify(value));
      }
    }
  }
}



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/utils/underscore.js
const underscore = function (str) {
  return str.replace(/([A-Z])/g, function (_, match) {
    return "_" + match.toLowerCase();
  });
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/normalize_options.js




const normalize_options = function (opts) {
  const options = {};
  // Merge with user options
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  // Normalize option `bom`
  if (
    options.bom === undefined ||
    options.bom === null ||
    options.bom === false
  ) {
    options.bom = false;
  } else if (options.bom !== true) {
    return [
      new CsvError("CSV_OPTION_BOOLEAN_INVALID_TYPE", [
        "option `bom` is optional and must be a boolean value,",
        `got ${JSON.stringify(options.bom)}`,
      ]),
    ];
  }
  // Normalize option `delimiter`
  if (options.delimiter === undefined || options.delimiter === null) {
    options.delimiter = ",";
  } else if (Buffer.isBuffer(options.delimiter)) {
    options.delimiter = options.delimiter.toString();
  } else if (typeof options.delimiter !== "string") {
    return [
      new CsvError("CSV_OPTION_DELIMITER_INVALID_TYPE", [
        "option `delimiter` must be a buffer or a string,",
        `got ${JSON.stringify(options.delimiter)}`,
      ]),
    ];
  }
  // Normalize option `quote`
  if (options.quote === undefined || options.quote === null) {
    options.quote = '"';
  } else if (options.quote === true) {
    options.quote = '"';
  } else if (options.quote === false) {
    options.quote = "";
  } else if (Buffer.isBuffer(options.quote)) {
    options.quote = options.quote.toString();
  } else if (typeof options.quote !== "string") {
    return [
      new CsvError("CSV_OPTION_QUOTE_INVALID_TYPE", [
        "option `quote` must be a boolean, a buffer or a string,",
        `got ${JSON.stringify(options.quote)}`,
      ]),
    ];
  }
  // Normalize option `quoted`
  if (options.quoted === undefined || options.quoted === null) {
    options.quoted = false;
  } else {
    // todo
  }
  // Normalize option `escape_formulas`
  if (
    options.escape_formulas === undefined ||
    options.escape_formulas === null
  ) {
    options.escape_formulas = false;
  } else if (typeof options.escape_formulas !== "boolean") {
    return [
      new CsvError("CSV_OPTION_ESCAPE_FORMULAS_INVALID_TYPE", [
        "option `escape_formulas` must be a boolean,",
        `got ${JSON.stringify(options.escape_formulas)}`,
      ]),
    ];
  }
  // Normalize option `quoted_empty`
  if (options.quoted_empty === undefined || options.quoted_empty === null) {
    options.quoted_empty = undefined;
  } else {
    // todo
  }
  // Normalize option `quoted_match`
  if (
    options.quoted_match === undefined ||
    options.quoted_match === null ||
    options.quoted_match === false
  ) {
    options.quoted_match = null;
  } else if (!Array.isArray(options.quoted_match)) {
    options.quoted_match = [options.quoted_match];
  }
  if (options.quoted_match) {
    for (const quoted_match of options.quoted_match) {
      const isString = typeof quoted_match === "string";
      const isRegExp = quoted_match instanceof RegExp;
      if (!isString && !isRegExp) {
        return [
          new CsvError("CSV_OPTION_QUOTED_MATCH", [
            "option `quoted_match` must be a string or a regex,",
            `got ${JSON.stringify(options.quoted_match)}`,
          ]),
        ];
      }
    }
  }
  // Normalize option `quoted_string`
  if (options.quoted_string === undefined || options.quoted_string === null) {
    options.quoted_string = false;
  } else {
    // todo
  }
  // Normalize option `eof`
  if (options.eof === undefined || options.eof === null) {
    options.eof = true;
  } else {
    // todo
  }
  // Normalize option `escape`
  if (options.escape === undefined || options.escape === null) {
    options.escape = '"';
  } else if (Buffer.isBuffer(options.escape)) {
    options.escape = options.escape.toString();
  } else if (typeof options.escape !== "string") {
    return [
      Error(
        `Invalid Option: escape must be a buffer or a string, got ${JSON.stringify(options.escape)}`,
      ),
    ];
  }
  if (options.escape.length > 1) {
    return [
      Error(
        `Invalid Option: escape must be one character, got ${options.escape.length} characters`,
      ),
    ];
  }
  // Normalize option `header`
  if (
    options.header === undefined ||
    options.header === null ||
    options.header === false
  ) {
    options.header = false;
  } else if (options.header !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER",
      [
        "option `header` is expected to be a boolean,",
        `got ${JSON.stringify(options.header)}`,
      ],
      options,
    );
  }
  // Normalize option `headers_as_comment`
  if (
    options.header_as_comment === undefined ||
    options.header_as_comment === null ||
    options.header_as_comment === false
  ) {
    options.header_as_comment = false;
  } else if (options.header_as_comment === true) {
    options.header_as_comment = "#";
  } else if (Buffer.isBuffer(options.header_as_comment)) {
    options.header_as_comment = options.header_as_comment.toString();
  } else if (typeof options.header_as_comment !== "string") {
    throw new CsvError(
      "CSV_INVALID_OPTION_HEADER_AS_COMMENT",
      [
        "option `header_as_comment` must be a boolean, a string or a buffer,",
        `got ${JSON.stringify(options.header_as_comment)}`,
      ],
      options,
    );
  }
  // if (options.header_as_comment && !options.comment?.length) {
  //   throw new CsvError(
  //     "CSV_INVALID_OPTION_COMMENT",
  //     [
  //       "option `comment` must be a non empty string or buffer when using `header_as_comment`,",
  //       `got ${JSON.stringify(options.comment)}`,
  //     ],
  //     options,
  //   );
  // }
  // Header is always enabled with `header_as_comment`
  // if (options.header_as_comment === true) {
  //   options.header = true;
  // }
  // Normalize option `columns`
  const [errColumns, columns] = normalize_columns(options.columns);
  if (errColumns !== undefined) return [errColumns];
  options.columns = columns;
  // Normalize option `quoted`
  if (options.quoted === undefined || options.quoted === null) {
    options.quoted = false;
  } else {
    // todo
  }
  // Normalize option `cast`
  if (options.cast === undefined || options.cast === null) {
    options.cast = {};
  } else {
    // todo
  }
  // Normalize option cast.bigint
  if (options.cast.bigint === undefined || options.cast.bigint === null) {
    // Cast boolean to string by default
    options.cast.bigint = (value) => "" + value;
  }
  // Normalize option cast.boolean
  if (options.cast.boolean === undefined || options.cast.boolean === null) {
    // Cast boolean to string by default
    options.cast.boolean = (value) => (value ? "1" : "");
  }
  // Normalize option cast.date
  if (options.cast.date === undefined || options.cast.date === null) {
    // Cast date to timestamp string by default
    options.cast.date = (value) => "" + value.getTime();
  }
  // Normalize option cast.number
  if (options.cast.number === undefined || options.cast.number === null) {
    // Cast number to string using native casting by default
    options.cast.number = (value) => "" + value;
  }
  // Normalize option cast.object
  if (options.cast.object === undefined || options.cast.object === null) {
    // Stringify object as JSON by default
    options.cast.object = (value) => JSON.stringify(value);
  }
  // Normalize option cast.string
  if (options.cast.string === undefined || options.cast.string === null) {
    // Leave string untouched
    options.cast.string = function (value) {
      return value;
    };
  }
  // Normalize option `on_record`
  if (
    options.on_record !== undefined &&
    typeof options.on_record !== "function"
  ) {
    return [Error(`Invalid Option: "on_record" must be a function.`)];
  }
  // Normalize option `quote_record_delimiter`
  if (
    options.quote_record_delimiter === undefined ||
    options.quote_record_delimiter === null
  ) {
    options.quote_record_delimiter = !options.record_delimiter;
  } else if (typeof options.quote_record_delimiter !== "boolean") {
    return [
      new CsvError("CSV_OPTION_QUOTE_RECORD_DELIMITER_INVALID_TYPE", [
        "option `quote_record_delimiter` must be a boolean,",
        `got ${JSON.stringify(options.quote_record_delimiter)}`,
      ]),
    ];
  }
  // Normalize option `record_delimiter`
  if (
    options.record_delimiter === undefined ||
    options.record_delimiter === null
  ) {
    options.record_delimiter = "\n";
  } else if (Buffer.isBuffer(options.record_delimiter)) {
    options.record_delimiter = options.record_delimiter.toString();
  } else if (typeof options.record_delimiter !== "string") {
    return [
      Error(
        `Invalid Option: record_delimiter must be a buffer or a string, got ${JSON.stringify(options.record_delimiter)}`,
      ),
    ];
  }
  switch (options.record_delimiter) {
    case "unix":
      options.record_delimiter = "\n";
      break;
    case "mac":
      options.record_delimiter = "\r";
      break;
    case "windows":
      options.record_delimiter = "\r\n";
      break;
    case "ascii":
      options.record_delimiter = "\u001e";
      break;
    case "unicode":
      options.record_delimiter = "\u2028";
      break;
  }
  return [undefined, options];
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/api/index.js




const bom_utf8 = Buffer.from([239, 187, 191]);
// True when appending `separator` after `value` would let `parse` find
// `separator` starting inside `value`. Besides the field containing the whole
// separator, this also covers boundary fusion: a field whose tail is a
// non-empty prefix of a multi-character separator merges with the appended
// separator (eg value "a:" + delimiter "::" => "a:::", matched at offset 1).
// Such fields must be quoted to round-trip, like RFC 4180 fields containing the
// delimiter, generalized to multi-character delimiters and record delimiters.
const emits_separator = function (value, separators) {
  return separators.some(
    (separator) =>
      separator.length !== 0 &&
      (value.indexOf(separator) !== -1 ||
        (separator.length > 1 &&
          (value + separator).indexOf(separator) < value.length)),
  );
};
// True when `value` matches one of the `quoted_match` patterns. The regexps
// come from the user and the same objects are reused for every field, so the
// test must not depend on their state: `RegExp.prototype.test` advances
// `lastIndex` on a global or sticky regexp, which would make a match in one
// field move where the next field starts matching. `String.prototype.search`
// searches from the start and restores `lastIndex`, and is equivalent to
// `test` for the stateless regexps.
const matches_quoted_match = function (value, quoted_match) {
  if (!quoted_match) return false;
  return quoted_match.some((pattern) =>
    typeof pattern === "string"
      ? value.indexOf(pattern) !== -1
      : value.search(pattern) !== -1,
  );
};

const stringifier = function (options, state, info) {
  return {
    options: options,
    state: state,
    info: info,
    __transform: function (chunk, push) {
      // Chunk validation
      if (!Array.isArray(chunk) && typeof chunk !== "object") {
        return Error(
          `Invalid Record: expect an array or an object, got ${JSON.stringify(chunk)}`,
        );
      }
      // Detect columns from the first record
      if (this.info.records === 0) {
        if (Array.isArray(chunk)) {
          if (
            this.options.header === true &&
            this.options.columns === undefined
          ) {
            return Error(
              "Undiscoverable Columns: header option requires column option or object records",
            );
          }
        } else if (this.options.columns === undefined) {
          const [err, columns] = normalize_columns(Object.keys(chunk));
          if (err) return;
          this.options.columns = columns;
        }
      }
      // Emit the header
      if (this.info.records === 0) {
        this.bom(push);
        const err = this.headers(push);
        if (err) return err;
      }
      // Emit and stringify the record if an object or an array
      try {
        // this.emit('record', chunk, this.info.records);
        if (this.options.on_record) {
          this.options.on_record(chunk, this.info.records);
        }
      } catch (err) {
        return err;
      }
      // Convert the record into a string
      let err, chunk_string;
      if (this.options.eof) {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === undefined) {
          return;
        } else {
          chunk_string = chunk_string + this.options.record_delimiter;
        }
      } else {
        [err, chunk_string] = this.stringify(chunk);
        if (err) return err;
        if (chunk_string === undefined) {
          return;
        } else {
          if (this.options.header || this.info.records) {
            chunk_string = this.options.record_delimiter + chunk_string;
          }
        }
      }
      // Emit the csv
      this.info.records++;
      push(chunk_string);
    },
    stringify: function (chunk, chunkIsHeader = false) {
      if (typeof chunk !== "object") {
        return [undefined, chunk];
      }
      const { columns } = this.options;
      const record = [];
      // Record is an array
      if (Array.isArray(chunk)) {
        // We are getting an array but the user has specified output columns. In
        // this case, we respect the columns indexes
        const length = columns
          ? Math.min(chunk.length, columns.length)
          : chunk.length;
        // Cast record elements
        for (let i = 0; i < length; i++) {
          const field = chunk[i];
          const [err, value] = this.__cast(field, {
            index: i,
            column: i,
            records: this.info.records,
            header: chunkIsHeader,
          });
          if (err) return [err];
          record[i] = [value, field];
        }
        // Record is a literal object
        // `columns` is always defined: it is either provided or discovered.
      } else {
        for (let i = 0; i < columns.length; i++) {
          const field = get(chunk, columns[i].key);
          const [err, value] = this.__cast(field, {
            index: i,
            column: columns[i].key,
            records: this.info.records,
            header: chunkIsHeader,
          });
          if (err) return [err];
          record[i] = [value, field];
        }
      }
      let csvrecord = "";
      for (let i = 0; i < record.length; i++) {
        let options, err;

        let [value, field] = record[i];
        if (typeof value === "string") {
          options = this.options;
        } else if (is_object(value)) {
          // Value is considerered as a mix of a value and options
          options = { ...value };
          value = options.value;
          delete options.value;
          if (
            typeof value !== "string" &&
            value !== undefined &&
            value !== null
          ) {
            if (err)
              return [
                Error(
                  `Invalid Casting Value: returned value must return a string, null or undefined, got ${JSON.stringify(value)}`,
                ),
              ];
          }
          // Merge global options with the ones returned by cast
          options = { ...this.options, ...options };
          [err, options] = normalize_options(options);
          if (err !== undefined) {
            return [err];
          }
        } else if (value === undefined || value === null) {
          options = this.options;
        } else {
          return [
            Error(
              `Invalid Casting Value: returned value must return a string, an object, null or undefined, got ${JSON.stringify(value)}`,
            ),
          ];
        }
        const {
          delimiter,
          escape,
          quote,
          quoted,
          quoted_empty,
          quoted_string,
          quoted_match,
          record_delimiter,
          quote_record_delimiter,
          escape_formulas,
        } = options;
        if ("" === value && "" === field) {
          const quotedMatch = matches_quoted_match(value, quoted_match);
          const shouldQuote =
            quotedMatch ||
            true === quoted_empty ||
            (true === quoted_string && false !== quoted_empty);
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (value) {
          if (typeof value !== "string") {
            return [
              Error(
                `Formatter must return a string, null or undefined, got ${JSON.stringify(value)}`,
              ),
            ];
          }
          const containsdelimiter = emits_separator(value, [delimiter]);
          const containsQuote = quote !== "" && value.indexOf(quote) >= 0;
          const containsEscape = value.indexOf(escape) >= 0 && escape !== quote;
          // Testing `\n` and `\r` covers the three sequences `parse` discovers
          const containsRecordDelimiter = emits_separator(value, [
            record_delimiter,
            ...(quote_record_delimiter === false ? [] : ["\n", "\r"]),
          ]);
          const quotedString = quoted_string && typeof field === "string";
          const quotedMatch = matches_quoted_match(value, quoted_match);
          // See https://github.com/adaltas/node-csv/pull/387
          // More about CSV injection or formula injection, when websites embed
          // untrusted input inside CSV files:
          // https://owasp.org/www-community/attacks/CSV_Injection
          // http://georgemauer.net/2017/10/07/csv-injection.html
          // Apple Numbers unicode normalization is empirical from testing
          if (escape_formulas) {
            switch (value[0]) {
              case "-":
                if (typeof field === "number" || typeof field === "bigint") {
                  break;
                }
                value = `'${value}`;
                break;
              case "=":
              case "+":
              case "@":
              case "\t":
              case "\r":
              case "\uFF1D": // Unicode '='
              case "\uFF0B": // Unicode '+'
              case "\uFF0D": // Unicode '-'
              case "\uFF20": // Unicode '@'
                value = `'${value}`;
                break;
            }
          }
          const shouldQuote =
            containsQuote === true ||
            containsdelimiter ||
            containsRecordDelimiter ||
            quoted ||
            quotedString ||
            quotedMatch;
          if (shouldQuote === true && containsEscape === true) {
            value = value.replaceAll(escape, () => escape + escape);
          }
          if (containsQuote === true) {
            value = value.replaceAll(quote, () => escape + quote);
          }
          if (shouldQuote === true) {
            value = quote + value + quote;
          }
          csvrecord += value;
        } else if (
          quoted_empty === true ||
          (field === "" && quoted_string === true && quoted_empty !== false)
        ) {
          csvrecord += quote + quote;
        }
        if (i !== record.length - 1) {
          csvrecord += delimiter;
        }
      }
      return [undefined, csvrecord];
    },
    bom: function (push) {
      if (this.options.bom !== true) {
        return;
      }
      push(bom_utf8);
    },
    headers: function (push) {
      if (this.options.header === false) {
        return;
      }
      if (this.options.columns === undefined) {
        return;
      }
      let err;
      let headers = this.options.columns.map((column) => column.header);
      if (this.options.eof) {
        [err, headers] = this.stringify(headers, true);
        headers += this.options.record_delimiter;
      } else {
        [err, headers] = this.stringify(headers, true);
      }
      if (err) return err;
      if (this.options.header_as_comment) {
        headers = this.options.header_as_comment + " " + headers;
      }
      push(headers);
    },
    __cast: function (value, context) {
      const type = typeof value;
      try {
        if (type === "string") {
          // Fine for 99% of the cases
          return [undefined, this.options.cast.string(value, context)];
        } else if (type === "bigint") {
          return [undefined, this.options.cast.bigint(value, context)];
        } else if (type === "number") {
          return [undefined, this.options.cast.number(value, context)];
        } else if (type === "boolean") {
          return [undefined, this.options.cast.boolean(value, context)];
        } else if (value instanceof Date) {
          return [undefined, this.options.cast.date(value, context)];
        } else if (type === "object" && value !== null) {
          return [undefined, this.options.cast.object(value, context)];
        } else if (value === null && this.options.cast.null !== undefined) {
          return [undefined, this.options.cast.null(value, context)];
        } else if (
          value === undefined &&
          this.options.cast.undefined !== undefined
        ) {
          return [undefined, this.options.cast.undefined(value, context)];
        } else {
          return [undefined, value];
        }
      } catch (err) {
        return [err];
      }
    },
  };
};



;// CONCATENATED MODULE: ./node_modules/csv-stringify/lib/sync.js
/*
CSV Stringify

Please look at the [Sync API](https://csv.js.org/stringify/api/sync/) for
additional information.
*/




const stringify = function (records, opts = {}) {
  const data = [];
  const [err, options] = normalize_options(opts);
  if (err !== undefined) throw err;
  const state = {
    stop: false,
  };
  // Information
  const info = {
    records: 0,
  };
  const api = stringifier(options, state, info);
  for (const record of records) {
    const err = api.__transform(record, function (record) {
      data.push(record);
    });
    if (err !== undefined) throw err;
  }
  if (data.length === 0) {
    api.bom((d) => {
      data.push(d);
    });
    const err = api.headers((headers) => {
      data.push(headers);
    });
    if (err !== undefined) throw err;
  }
  return data.join("");
};



;// CONCATENATED MODULE: ./src/engine/output/index-csv.ts
/**
 * index.csv: one row per operation, written with csv-stringify while the run goes (so a long run can be
 * watched). It ends sorted by path and method, so identical inputs give an identical index: the batch
 * makes slices in that order, and rewrites the index sorted when they did not finish in it.
 */

const INDEX_NAME = 'index.csv';
const INDEX_COLUMNS = [
    'path',
    'method',
    'summary',
    'operation_id',
    'tags',
    'filename',
    'file_size_kb',
    'schema_count',
    'parameter_count',
    'response_codes',
    'security_required',
    'deprecated',
    'created_at',
    'output_oas_version',
    'validation_status',
    'failure_reason',
    'extraction_time_ms',
    'sha256',
    'conversion_notes',
    'services'
];
/** The index's order: by path, then method, then file name. */
function compareRows(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    if (a.method !== b.method)
        return a.method < b.method ? -1 : 1;
    return a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0;
}
/** Rows held before they go out together; a batch is formatted at once, which costs a third as much. */
const LIVE_BATCH_ROWS = 64;
/** How long a row may wait for its batch to fill, so a slow run is still watched as it goes. */
const LIVE_BATCH_MS = 250;
/** A live writer: rows go out as they come, in small batches. */
function openIndexStream(destination) {
    let pending = [];
    let header = true;
    let timer;
    const finished = new Promise((resolve, reject) => {
        destination.on('finish', resolve);
        destination.on('error', reject);
    });
    // Keeps close() from rejecting unobserved before it is called; close() still reports the error.
    finished.catch(() => undefined);
    const flush = () => {
        clearTimeout(timer);
        timer = undefined;
        if (pending.length === 0)
            return;
        destination.write(csvText(pending, header));
        pending = [];
        header = false;
    };
    return {
        write(row) {
            pending.push(row);
            if (pending.length >= LIVE_BATCH_ROWS)
                flush();
            else
                timer ??= setTimeout(flush, LIVE_BATCH_MS).unref();
        },
        async close() {
            flush();
            if (header)
                destination.write(csvText([], true));
            destination.end();
            await finished;
        }
    };
}
/** The final, sorted index. */
function renderIndex(rows) {
    return csvText([...rows].sort(compareRows), true);
}
/** Rows as CSV in the index's columns, after the header line when `header` is set. */
function csvText(rows, header) {
    return stringify(rows, { header, columns: [...INDEX_COLUMNS] });
}

;// CONCATENATED MODULE: ./src/engine/output/manifest.ts
/**
 * The manifest in the output folder: which files slice-oas owns there, their hashes, and the digests of
 * the input and request that made them. It is written as `running` before any slice (listing every file
 * the run may write), and as `complete` at the end, so an interrupted run never loses track of a file.
 */

const MANIFEST_NAME = '.slice-oas-manifest.json';
const FORMAT_VERSION = 1;
function parseManifest(text) {
    if (!text)
        return undefined;
    try {
        const data = JSON.parse(text);
        if (!(0,json_value/* isObject */.Gv)(data) || data.tool !== 'slice-oas' || !(0,json_value/* isObject */.Gv)(data.files))
            return undefined;
        return data;
    }
    catch {
        return undefined;
    }
}
function renderManifest(manifest) {
    const files = {};
    for (const name of Object.keys(manifest.files).sort())
        files[name] = manifest.files[name];
    return (JSON.stringify({ tool: 'slice-oas', formatVersion: FORMAT_VERSION, ...manifest, files }, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./src/engine/output/retry.ts
/**
 * Sorts file-system errors into transient (retried with exponential backoff, at most 3 attempts) and
 * fatal (the run stops cleanly), and turns fatal ones into plain, typed errors.
 */

const TRANSIENT = new Set(['EMFILE', 'ENFILE', 'EBUSY', 'EAGAIN', 'ETIMEDOUT', 'ECONNRESET']);
const MAX_ATTEMPTS = 3;
function isTransient(error) {
    return TRANSIENT.has(error?.code ?? '');
}
/**
 * The rule both retry loops follow: how long to wait before the next attempt, with exponential backoff;
 * a fatal error, or a transient one on the last attempt, is thrown again instead.
 */
function delayBeforeRetry(error, attempt, baseDelayMs) {
    if (!isTransient(error) || attempt >= MAX_ATTEMPTS)
        throw error;
    return baseDelayMs * 2 ** (attempt - 1);
}
async function withRetry(action, baseDelayMs = 25) {
    for (let attempt = 1;; attempt++) {
        try {
            return await action();
        }
        catch (error) {
            const delay = delayBeforeRetry(error, attempt, baseDelayMs);
            await new Promise(resolve => setTimeout(resolve, delay));
        }
    }
}
/** `withRetry` for synchronous actions (worker threads, where blocking is fine). */
function withRetrySync(action, baseDelayMs = 25) {
    for (let attempt = 1;; attempt++) {
        try {
            return action();
        }
        catch (error) {
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delayBeforeRetry(error, attempt, baseDelayMs));
        }
    }
}
/** A fatal output error as the user should read it. */
function outputError(error, target) {
    if (error instanceof errors/* SliceOasError */.M$)
        return error;
    const code = error?.code;
    if (code === 'ENOSPC' || code === 'EDQUOT') {
        return new errors/* SliceOasError */.M$('DISK_FULL', `The disk is full while writing ${target}; free some space and run again (finished slices are kept).`, undefined, { cause: error });
    }
    if (code === 'ENOTDIR' || code === 'EEXIST') {
        return new errors/* SliceOasError */.M$('OUTPUT_NOT_WRITABLE', `The output directory ${target} is a file; choose a folder for output-dir.`, undefined, { cause: error });
    }
    return new errors/* SliceOasError */.M$('OUTPUT_NOT_WRITABLE', `slice-oas cannot write ${target} (${code ?? 'unknown error'}); check that output-dir is a writable folder.`, undefined, { cause: error });
}
/** An atomic write through the sink, transient errors retried, fatal ones as plain typed errors. */
function writeAtomicWithRetry(sink, file, content) {
    return withRetry(() => sink.writeAtomic(file, content)).catch(error => Promise.reject(outputError(error, file)));
}

;// CONCATENATED MODULE: ./src/engine/output/serialize.ts
function serializeJson(document) {
    return JSON.stringify(document, null, 2) + '\n';
}
async function serializerFor(format) {
    return format === 'json' ? serializeJson : (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(430)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9430))).serializeYaml;
}
function extensionFor(format) {
    return format === 'json' ? '.json' : '.yaml';
}

;// CONCATENATED MODULE: ./src/engine/select/patterns.ts

const MAX_PATTERN_LENGTH = 512;
let regexEngine;
/**
 * Loads the regex engine, which regex patterns need before they compile. re2js is a sixth of the bundle
 * and most runs filter with globs or not at all, so it is not loaded with the rest of the engine.
 */
async function loadRegexEngine() {
    regexEngine ??= (await __nccwpck_require__.e(/* import() */ 856).then(__nccwpck_require__.bind(__nccwpck_require__, 2856))).RE2JS;
}
function compilePattern(pattern, type) {
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new errors/* SliceOasError */.M$('PATTERN_INVALID', `The pattern "${pattern.slice(0, 40)}…" is longer than ${MAX_PATTERN_LENGTH} characters; shorten it.`);
    }
    const regex = type === 'glob' ? globToRegExp(pattern) : compileRegex(pattern);
    return { source: pattern, test: path => regex.test(path) };
}
function globToRegExp(glob) {
    let out = '^';
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '*' && glob[i + 1] === '*') {
            i++;
            // `/admin/**` also matches `/admin` itself: the slash before `**` is optional.
            if (out.endsWith('/') && (i + 1 === glob.length || glob[i + 1] === '/')) {
                out = out.slice(0, -1) + '(?:/.*)?';
                if (glob[i + 1] === '/')
                    i++;
            }
            else {
                out += '.*';
            }
        }
        else if (ch === '*') {
            out += '[^/]*';
        }
        else if (ch === '?') {
            out += '[^/]';
        }
        else {
            out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(out + '$');
}
function compileRegex(pattern) {
    if (!regexEngine)
        throw new Error('Regex patterns compile only after loadRegexEngine().');
    try {
        return regexEngine.compile(pattern);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        throw new errors/* SliceOasError */.M$('PATTERN_INVALID', `The regex "${pattern}" is not valid for the linear-time matcher (RE2 syntax; no lookaround or backreferences): ${reason}.`);
    }
}

;// CONCATENATED MODULE: ./src/engine/request.ts
/**
 * The batch request: every option a front end can set, its defaults, and its validation. A request is
 * checked once, up front, and is either fully valid or refused with a typed error.
 */




const DEFAULTS = {
    outputDir: 'slices',
    filterType: 'glob',
    groupBy: 'operation',
    prefixDepth: 1,
    outputVersion: 'auto',
    format: 'yaml',
    concurrency: 4,
    minPassRate: 100,
    index: true,
    dryRun: false,
    excludeDeprecated: false,
    allowRemoteRefs: false,
    overlap: 'error',
    orphans: 'warn'
};
const MAX_CONCURRENCY = 16;
function invalid(message) {
    return new errors/* SliceOasError */.M$('REQUEST_INVALID', message);
}
function oneOf(name, value, allowed) {
    if (!allowed.includes(value))
        throw invalid(`${name} must be one of ${allowed.join(', ')}; got "${value}".`);
    return value;
}
/** Parses `i/n` (1-based). */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || index < 1 || index > count)
        throw invalid(`shard must look like i/n with 1 ≤ i ≤ n, for example 2/4; got "${text}".`);
    return { index, count };
}
async function createRequest(input) {
    if (typeof input.spec !== 'string' || input.spec.trim() === '')
        throw invalid('spec is required: the path of the OpenAPI document to slice.');
    const request = {
        spec: input.spec,
        outputDir: input.outputDir?.trim() || DEFAULTS.outputDir,
        include: (input.include ?? []).filter(Boolean),
        exclude: (input.exclude ?? []).filter(Boolean),
        filterType: oneOf('filter-type', input.filterType ?? DEFAULTS.filterType, ['glob', 'regex']),
        methods: (input.methods ?? []).map(m => m.toLowerCase()).filter(Boolean),
        tags: (input.tags ?? []).filter(Boolean),
        operationIds: (input.operationIds ?? []).filter(Boolean),
        excludeDeprecated: input.excludeDeprecated ?? DEFAULTS.excludeDeprecated,
        groupBy: oneOf('group-by', input.groupBy ?? DEFAULTS.groupBy, [
            'operation',
            'tag',
            'path-prefix',
            'service'
        ]),
        services: input.services ?? [],
        overlap: oneOf('overlap', input.overlap ?? DEFAULTS.overlap, ['error', 'allow']),
        orphans: oneOf('orphans', input.orphans ?? DEFAULTS.orphans, ['warn', 'fail']),
        baseSpec: input.baseSpec || undefined,
        prefixDepth: input.prefixDepth ?? DEFAULTS.prefixDepth,
        outputVersion: oneOf('output-version', input.outputVersion ?? DEFAULTS.outputVersion, [
            'auto',
            '3.0',
            '3.1'
        ]),
        format: oneOf('format', input.format ?? DEFAULTS.format, ['yaml', 'json']),
        concurrency: input.concurrency ?? DEFAULTS.concurrency,
        minPassRate: input.minPassRate ?? DEFAULTS.minPassRate,
        index: input.index ?? DEFAULTS.index,
        dryRun: input.dryRun ?? DEFAULTS.dryRun,
        shard: input.shard,
        refRoot: input.refRoot,
        allowRemoteRefs: input.allowRemoteRefs ?? DEFAULTS.allowRemoteRefs
    };
    for (const method of request.methods)
        oneOf('methods', method, HTTP_METHODS);
    if (!Number.isInteger(request.concurrency) ||
        request.concurrency < 1 ||
        request.concurrency > MAX_CONCURRENCY) {
        throw invalid(`concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}; got ${request.concurrency}.`);
    }
    if (!Number.isFinite(request.minPassRate) || request.minPassRate < 0 || request.minPassRate > 100) {
        throw invalid(`min-pass-rate must be a number from 0 to 100; got ${request.minPassRate}.`);
    }
    if (!Number.isInteger(request.prefixDepth) || request.prefixDepth < 1 || request.prefixDepth > 16) {
        throw invalid(`prefix-depth must be a whole number from 1 to 16; got ${request.prefixDepth}.`);
    }
    if (request.shard)
        parseShard(`${request.shard.index}/${request.shard.count}`);
    if (request.groupBy === 'service' && request.services.length === 0) {
        throw invalid('group-by service needs a service map: define services in slice-oas.config.yaml (or the file named by config).');
    }
    // Compile every pattern now, so a bad one is refused before anything is read or written.
    if (request.filterType === 'regex')
        await loadRegexEngine();
    for (const pattern of [...request.include, ...request.exclude])
        compilePattern(pattern, request.filterType);
    for (const service of request.services) {
        for (const pattern of [...service.include, ...service.exclude])
            compilePattern(pattern, request.filterType);
    }
    return request;
}
/**
 * A digest of everything that decides the output: not concurrency, dry run, where it goes, nor the
 * shard, so every shard of one job carries the same digest and can be merged.
 */
function requestDigest(request) {
    const { outputDir: _o, concurrency: _c, dryRun: _d, minPassRate: _m, shard: _s, ...deciding } = request;
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(JSON.stringify(deciding)).digest('hex');
}

;// CONCATENATED MODULE: ./src/engine/select/group.ts

/**
 * @param servicesOf the services each operation belongs to (group-by service): an operation claimed by
 *   two services (overlap: allow) is in both groups; one claimed by none is in no group.
 */
function groupOperations(operations, groupBy, prefixDepth = 1, servicesOf = () => []) {
    if (groupBy === 'operation') {
        return operations.map(op => ({
            id: op.key,
            label: op.key,
            stem: operationStem(op.source, op.path, op.method),
            operations: [op]
        }));
    }
    const groups = new Map();
    if (groupBy === 'service') {
        for (const op of operations) {
            for (const name of servicesOf(op)) {
                const id = `service:${name}`;
                const group = groups.get(id) ?? { id, label: name, stem: safeStem(name), operations: [] };
                group.operations.push(op);
                groups.set(id, group);
            }
        }
        return [...groups.values()];
    }
    for (const op of operations) {
        let label;
        if (groupBy === 'tag')
            label = op.tags[0] ?? 'untagged';
        else if (op.source === 'webhook')
            label = 'webhooks';
        else {
            const segments = op.path.split('/').filter(segment => segment !== '');
            label = segments.length === 0 ? 'root' : segments.slice(0, prefixDepth).join('/');
        }
        const id = `${groupBy === 'tag' ? 'tag' : 'prefix'}:${label}`;
        const group = groups.get(id) ?? { id, label, stem: safeStem(label.replace(/\//g, '-')), operations: [] };
        group.operations.push(op);
        groups.set(id, group);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/engine/select/select-operations.ts
/** Filters the document's operations by path patterns, methods, tags, operationIds and deprecation. */


/** A predicate for the selection, its patterns compiled once. */
function matchesSelection(selection) {
    const include = selection.include.map(p => compilePattern(p, selection.filterType));
    const exclude = selection.exclude.map(p => compilePattern(p, selection.filterType));
    const methods = new Set(selection.methods.map(m => m.toLowerCase()));
    const tags = new Set(selection.tags);
    const operationIds = new Set(selection.operationIds);
    return operation => {
        // Webhooks are matched by their name, paths by their template.
        const subject = operation.path;
        if (include.length > 0 && !include.some(p => p.test(subject)))
            return false;
        if (exclude.some(p => p.test(subject)))
            return false;
        if (methods.size > 0 && !methods.has(operation.method))
            return false;
        if (tags.size > 0 && !operation.tags.some(tag => tags.has(tag)))
            return false;
        if (operationIds.size > 0 && !(operation.operationId && operationIds.has(operation.operationId)))
            return false;
        if (selection.excludeDeprecated && operation.deprecated)
            return false;
        return true;
    };
}
/** Operations matched by the selection, in source order. Throws SELECTION_EMPTY when none match. */
function selectOperations(operations, selection) {
    const selected = operations.filter(matchesSelection(selection));
    if (selected.length === 0) {
        const criteria = [
            selection.include.length ? `include ${selection.include.join(', ')}` : '',
            selection.exclude.length ? `exclude ${selection.exclude.join(', ')}` : '',
            selection.methods.length ? `methods ${selection.methods.join(', ')}` : '',
            selection.tags.length ? `tags ${selection.tags.join(', ')}` : '',
            selection.operationIds.length ? `operation-ids ${selection.operationIds.join(', ')}` : '',
            selection.excludeDeprecated ? 'exclude-deprecated' : ''
        ].filter(Boolean);
        throw new errors/* SliceOasError */.M$('SELECTION_EMPTY', operations.length === 0
            ? 'The spec has no operations to slice.'
            : `No operation matches the selection (${criteria.join('; ') || 'everything'}) among the spec's ${operations.length} operations. Check the patterns and filters.`);
    }
    return selected;
}

;// CONCATENATED MODULE: ./src/engine/select/services.ts
/**
 * The service map: each service is a named selection (include/exclude patterns, and optionally methods,
 * tags and operationIds). An operation claimed by two services is an error unless overlaps are allowed;
 * operations no service claims are orphans.
 */


function assignServices(operations, services, options) {
    const matchers = services.map(service => {
        const selection = { ...service, filterType: options.filterType, excludeDeprecated: false };
        return { name: service.name, matches: matchesSelection(selection) };
    });
    const servicesOf = new Map();
    const orphans = [];
    const overlaps = [];
    const notes = [];
    for (const operation of operations) {
        const names = matchers.filter(matcher => matcher.matches(operation)).map(matcher => matcher.name);
        servicesOf.set(operation.key, names);
        if (names.length === 0)
            orphans.push(operation);
        if (names.length > 1) {
            overlaps.push(`${operation.key} (${names.join(', ')})`);
            notes.push({
                code: 'SERVICE_OVERLAP',
                severity: 'warning',
                location: operation.location,
                message: `${operation.key} is claimed by ${names.join(' and ')}; with overlap: allow it goes into each.`
            });
        }
    }
    if (overlaps.length > 0 && options.overlap === 'error') {
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `${overlaps.length} operation(s) are claimed by more than one service: ${overlaps.slice(0, 5).join('; ')}${overlaps.length > 5 ? '; …' : ''}. Narrow the services, or set overlap: allow.`);
    }
    if (orphans.length > 0) {
        const listed = orphans
            .slice(0, 10)
            .map(op => op.key)
            .join(', ') + (orphans.length > 10 ? `, and ${orphans.length - 10} more` : '');
        if (options.orphans === 'fail') {
            throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `${orphans.length} operation(s) belong to no service: ${listed}. Add them to a service, or set orphans: warn.`);
        }
        notes.push({
            code: 'SERVICE_ORPHANS',
            severity: 'warning',
            message: `${orphans.length} operation(s) belong to no service: ${listed}.`
        });
    }
    return { servicesOf, orphans, notes };
}
/** Without a service map, an operation's service is its first tag, else its first path segment. */
function defaultService(tags, path) {
    return tags[0] || path.split('/').find(Boolean) || 'root';
}

;// CONCATENATED MODULE: ./src/engine/slice/edges.ts
/**
 * The edges out of one subtree: every `$ref` anywhere (extensions and example values included),
 * discriminator mappings (refs and bare names), and whether the subtree holds anything a slice may
 * have to rewrite (refs into `#/paths`, link `operationRef`s).
 */



const WHOLE_ROOT_FIELDS = new Set([
    'openapi',
    'info',
    'jsonSchemaDialect',
    'servers',
    'externalDocs',
    'tags',
    'security'
]);
/** Units by ref, per document: a component is referenced from many places, and slices ask again. */
const unitsByRef = new WeakMap();
/** The unit a local ref needs, '' when it needs none (it points at a root field every slice copies). */
function unitOfRef(doc, ref) {
    let known = unitsByRef.get(doc);
    if (!known)
        unitsByRef.set(doc, (known = new Map()));
    if (known.has(ref))
        return known.get(ref);
    const unit = findUnit(doc, ref);
    known.set(ref, unit);
    return unit;
}
function findUnit(doc, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    const tokens = (0,engine_pointer/* parsePointer */.vp)(ref);
    if (!tokens || tokens.length === 0 || (0,engine_pointer/* getAt */.sM)(doc, tokens) === undefined)
        return undefined;
    const head = tokens[0];
    if (head === 'components')
        return tokens.length >= 3 ? (0,engine_pointer/* formatPointer */.$2)(tokens.slice(0, 3)) : undefined;
    if (head === 'paths' || head === 'webhooks')
        return tokens.length >= 2 ? (0,engine_pointer/* formatPointer */.$2)(tokens) : undefined;
    if (WHOLE_ROOT_FIELDS.has(head) || head.startsWith('x-'))
        return '';
    return undefined;
}
/** A discriminator mapping value as a ref: bare names mean `#/components/schemas/<name>`. */
function mappingRef(value) {
    return /[#/]/.test(value) ? value : (0,engine_pointer/* formatPointer */.$2)(['components', 'schemas', value]);
}
function collectEdges(doc, start, shape) {
    const units = [];
    const seenUnits = new Set();
    const dangling = [];
    let needsRewrite = false;
    const addRef = (ref) => {
        const unit = unitOfRef(doc, ref);
        if (unit === undefined) {
            if (!dangling.includes(ref))
                dangling.push(ref);
            return;
        }
        if (unit === '')
            return;
        if (ref.startsWith('#/paths') || ref.startsWith('#/webhooks'))
            needsRewrite = true;
        if (!seenUnits.has(unit)) {
            seenUnits.add(unit);
            units.push(unit);
        }
    };
    walk(start, shape, ({ node, shape: at }) => {
        if (!(0,json_value/* isObject */.Gv)(node))
            return;
        if (typeof node.$ref === 'string')
            addRef(node.$ref);
        if (at === 'link' && typeof node.operationRef === 'string')
            needsRewrite = true;
        if (at === 'schema' && (0,json_value/* isObject */.Gv)(node.discriminator) && (0,json_value/* isObject */.Gv)(node.discriminator.mapping)) {
            for (const value of Object.values(node.discriminator.mapping)) {
                if (typeof value === 'string')
                    addRef(mappingRef(value));
            }
        }
    });
    return { units, dangling, needsRewrite };
}

;// CONCATENATED MODULE: ./src/engine/slice/rewrite.ts





function rewriteTree(node, shape, context) {
    return rewriteNode(node, shape, context, new Map());
}
function rewriteNode(node, shape, context, memo) {
    if (typeof node !== 'object' || node === null)
        return node;
    if (memo.has(node))
        return memo.get(node);
    memo.set(node, node);
    let result = node;
    if (Array.isArray(node)) {
        let changed = false;
        const out = node.map((child, index) => {
            const next = rewriteNode(child, childShape(shape, String(index)), context, memo);
            if (next !== child)
                changed = true;
            return next;
        });
        if (changed)
            result = out;
    }
    else {
        const object = node;
        let out;
        const keys = Object.keys(object);
        for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            const value = object[key];
            let next = value;
            let nextKey = key;
            if (key === '$ref' && typeof value === 'string') {
                next = context.mapRef(value) ?? value;
            }
            else if (key === 'operationRef' && shape === 'link' && typeof value === 'string') {
                const replacement = linkReplacement(value, context);
                if (replacement) {
                    nextKey = 'operationId';
                    next = replacement;
                }
            }
            else if (key === 'discriminator' &&
                shape === 'schema' &&
                (0,json_value/* isObject */.Gv)(value) &&
                (0,json_value/* isObject */.Gv)(value.mapping)) {
                const mapping = value.mapping;
                let mappingOut;
                for (const name of Object.keys(mapping)) {
                    const target = mapping[name];
                    const mapped = typeof target === 'string' ? context.mapRef(mappingRef(target)) : undefined;
                    if (mapped)
                        (mappingOut ??= { ...mapping })[name] = mapped;
                }
                if (mappingOut)
                    next = { ...value, mapping: mappingOut };
            }
            else {
                next = rewriteNode(value, childShape(shape, key), context, memo);
            }
            if ((next !== value || nextKey !== key) && !out) {
                out = {};
                for (let j = 0; j < i; j++)
                    out[keys[j]] = object[keys[j]];
            }
            if (out)
                out[nextKey] = next;
        }
        if (out)
            result = out;
    }
    memo.set(node, result);
    return result;
}
/**
 * A link to an operation outside the slice names it by operationId when it has one: the same operation,
 * without a pointer that would dangle. Without an operationId the operationRef stays, because dropping
 * the link would lose meaning. Both are recorded.
 */
function linkReplacement(operationRef, context) {
    const tokens = operationRef.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)(operationRef) : undefined;
    const local = tokens &&
        tokens.length === 3 &&
        (tokens[0] === 'paths' || tokens[0] === 'webhooks') &&
        isHttpMethod(tokens[2]);
    if (!local) {
        context.notes.push({
            code: 'LINK_OPERATION_REF_KEPT',
            severity: 'warning',
            message: `A link's operationRef ${operationRef} does not point at an operation of this document; it was kept as written.`
        });
        return undefined;
    }
    const source = tokens[0] === 'webhooks' ? 'webhook' : 'path';
    if (context.holdsOperation(source, tokens[1], tokens[2]))
        return undefined;
    const target = operationObjects(context.doc, { source, path: tokens[1], method: tokens[2] });
    const operationId = target?.operation.operationId;
    if (typeof operationId === 'string') {
        context.notes.push({
            code: 'LINK_OPERATION_REF_REWRITTEN',
            severity: 'warning',
            message: `A link's operationRef ${operationRef} points outside the slice; it now names the same operation by operationId "${operationId}".`
        });
        return operationId;
    }
    context.notes.push({
        code: 'LINK_OPERATION_REF_KEPT',
        severity: 'warning',
        message: `A link's operationRef ${operationRef} points outside the slice at an operation with no operationId; it was kept as written.`
    });
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/slice/build-slice.ts






/** Root fields copied into every slice as they are. */
const COPIED_ROOT_FIELDS = new Set(['openapi', 'info', 'jsonSchemaDialect', 'servers', 'externalDocs']);
function buildSlice(index, operations) {
    const doc = index.doc;
    const notes = [];
    const held = heldMethods(operations);
    const containers = slicedPathItems(doc, held);
    const closure = closeOver(index, operations, containers, held);
    const context = {
        doc,
        notes,
        holdsOperation: (source, path, method) => held.get(`${source}\0${path}`)?.has(method) ?? false,
        mapRef(ref) {
            if (!ref.startsWith('#/paths/') && !ref.startsWith('#/webhooks/'))
                return undefined;
            const tokens = (0,engine_pointer/* parsePointer */.vp)(ref);
            const target = tokens ? closure.carried.get((0,engine_pointer/* formatPointer */.$2)(tokens)) : undefined;
            return target ? (0,engine_pointer/* formatPointer */.$2)(['components', target.section, target.name]) : undefined;
        }
    };
    const components = sliceComponents(index, closure, context);
    if (closure.rootNeedsRewrite) {
        for (const source of ['path', 'webhook']) {
            const container = containers[source];
            for (const path of Object.keys(container))
                container[path] = rewriteTree(container[path], 'pathItem', context);
        }
    }
    addLinkNotes(doc, operations, notes);
    const document = assembleDocument(index, operations, containers, components);
    return { document, notes, units: [...closure.included] };
}
// The steps below are functions of their own rather than one long body: TurboFan then compiles each
// on its own, sooner and in less time than the 6 KB of bytecode they made together.
/** The selected methods of each path item, keyed by source and path. */
function heldMethods(operations) {
    const held = new Map();
    for (const operation of operations) {
        const key = `${operation.source}\0${operation.path}`;
        const methods = held.get(key) ?? new Set();
        methods.add(operation.method);
        held.set(key, methods);
    }
    return held;
}
/** The slice's path items: only the selected methods, path-level fields kept, `$ref` path items inlined. */
function slicedPathItems(doc, held) {
    const containers = { path: {}, webhook: {} };
    for (const [key, methods] of held) {
        const [source, path] = key.split('\0');
        const sourceContainer = (source === 'webhook' ? doc.webhooks : doc.paths);
        const item = resolvePathItem(doc, sourceContainer[path]) ?? {};
        const sliced = {};
        for (const field of Object.keys(item)) {
            if (field === '$ref')
                continue;
            if (isHttpMethod(field) && !methods.has(field))
                continue;
            sliced[field] = item[field];
        }
        containers[source][path] = sliced;
    }
    return containers;
}
/** The closure over units, breadth first, starting from the operations, their path items and security. */
function closeOver(index, operations, containers, held) {
    const doc = index.doc;
    const closure = {
        included: new Set(),
        carried: new Map(),
        rewriteUnits: new Set(),
        rootNeedsRewrite: false
    };
    const { included } = closure;
    const queue = [];
    const enqueue = (units) => {
        for (const unit of units) {
            if (included.has(unit))
                continue;
            included.add(unit);
            queue.push(unit);
        }
    };
    for (const source of ['path', 'webhook']) {
        for (const item of Object.values(containers[source])) {
            const edges = collectEdges(doc, item, 'pathItem');
            closure.rootNeedsRewrite ||= edges.needsRewrite;
            enqueue(edges.units);
        }
    }
    const schemes = (0,json_value/* isObject */.Gv)(doc.components) && (0,json_value/* isObject */.Gv)(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
    const schemeUnits = [];
    for (const operation of operations) {
        const objects = operationObjects(doc, operation);
        if (!objects)
            continue;
        for (const name of securitySchemeNames(effectiveSecurity(doc, objects.operation)))
            if (name in schemes)
                schemeUnits.push((0,engine_pointer/* formatPointer */.$2)(['components', 'securitySchemes', name]));
    }
    enqueue(schemeUnits);
    // A `#/paths` ref is kept when the slice holds what it points at, the same content at the same place.
    const keptInSlice = (tokens) => {
        const source = tokens[0] === 'webhooks' ? 'webhook' : 'path';
        const methods = held.get(`${source}\0${tokens[1]}`);
        if (!methods || tokens.length < 3)
            return false;
        return isHttpMethod(tokens[2]) ? methods.has(tokens[2]) : tokens[2] !== '$ref';
    };
    while (queue.length > 0) {
        const unit = queue.shift();
        const tokens = (0,engine_pointer/* parsePointer */.vp)(unit);
        if (tokens[0] !== 'components') {
            if (keptInSlice(tokens)) {
                included.delete(unit);
                continue;
            }
            const target = index.carriedTarget(unit);
            if (!target)
                continue;
            closure.carried.set(unit, target);
        }
        const edges = index.edgesOf(unit);
        if (edges.needsRewrite)
            closure.rewriteUnits.add(unit);
        enqueue(edges.units);
    }
    return closure;
}
/** The slice's components: in source order, carried `#/paths` targets after them, sections ordered. */
function sliceComponents(index, closure, context) {
    const doc = index.doc;
    const finish = (unit, node, kind) => closure.rewriteUnits.has(unit) ? rewriteTree(node, kind, context) : node;
    const components = {};
    const sourceComponents = (0,json_value/* isObject */.Gv)(doc.components) ? doc.components : {};
    const places = [];
    for (const unit of closure.included) {
        const place = index.componentPlace(unit);
        if (place)
            places.push({ unit, place });
    }
    places.sort((a, b) => a.place.rank - b.place.rank);
    for (const { unit, place } of places) {
        const { section, name } = place;
        const out = (components[section] ??= {});
        out[name] = finish(unit, sourceComponents[section][name], kindOfSection(section) ?? 'data');
    }
    for (const [unit, target] of closure.carried) {
        const out = (components[target.section] ??= {});
        out[target.name] = finish(unit, index.nodeOf(unit), kindOfSection(target.section) ?? 'data');
    }
    const ordered = {};
    const sectionOrder = [...Object.keys(sourceComponents), ...COMPONENT_SECTIONS];
    for (const section of sectionOrder)
        if (components[section] && !(section in ordered))
            ordered[section] = components[section];
    return ordered;
}
/** A link naming an operationId outside the slice is kept as written, and said so. */
function addLinkNotes(doc, operations, notes) {
    const ids = new Set();
    for (const operation of operations)
        if (operation.operationId)
            ids.add(operation.operationId);
    for (const operation of operations) {
        const objects = operationObjects(doc, operation);
        for (const link of linksOf(objects?.operation)) {
            if (typeof link.operationId === 'string' && !ids.has(link.operationId)) {
                notes.push({
                    code: 'LINK_OPERATION_ID_OUTSIDE',
                    severity: 'info',
                    message: `A link names operationId "${link.operationId}", which is not in this slice; it was kept as written.`
                });
            }
        }
    }
}
/** The document, in the source's key order. Root extensions are copied unless they hold refs. */
function assembleDocument(index, operations, containers, components) {
    const doc = index.doc;
    const inheritsRootSecurity = operations.some(op => !Array.isArray(operationObjects(doc, op)?.operation.security));
    const leftOut = index.leftOutRootExtensions();
    const usedTags = new Set(operations.flatMap(op => op.tags));
    const hasComponents = Object.keys(components).length > 0;
    const document = {};
    for (const key of Object.keys(doc)) {
        if (COPIED_ROOT_FIELDS.has(key))
            document[key] = doc[key];
        else if (key.startsWith('x-') && !leftOut.includes(key))
            document[key] = doc[key];
        else if (key === 'security' && inheritsRootSecurity)
            document[key] = doc[key];
        else if (key === 'tags' && Array.isArray(doc.tags)) {
            const tags = doc.tags.filter(tag => (0,json_value/* isObject */.Gv)(tag) && typeof tag.name === 'string' && usedTags.has(tag.name));
            if (tags.length > 0)
                document[key] = tags;
        }
        else if (key === 'paths' &&
            (Object.keys(containers.path).length > 0 || !String(doc.openapi).startsWith('3.1'))) {
            document[key] = containers.path;
        }
        else if (key === 'webhooks' && Object.keys(containers.webhook).length > 0)
            document[key] = containers.webhook;
        else if (key === 'components' && hasComponents)
            document[key] = components;
    }
    if (!document.paths && Object.keys(containers.path).length > 0)
        document.paths = containers.path;
    if (!document.components && hasComponents)
        document.components = components;
    return document;
}
function linksOf(operation) {
    const links = [];
    const responses = operation?.responses;
    if (!(0,json_value/* isObject */.Gv)(responses))
        return links;
    for (const response of Object.values(responses)) {
        if ((0,json_value/* isObject */.Gv)(response) && (0,json_value/* isObject */.Gv)(response.links)) {
            for (const link of Object.values(response.links))
                if ((0,json_value/* isObject */.Gv)(link))
                    links.push(link);
        }
    }
    return links;
}

;// CONCATENATED MODULE: ./src/engine/slice/spec-index.ts
/**
 * Everything about a loaded document that every slice reuses, computed once: each unit's direct edges
 * (memoised), implicit discriminator subtypes, and the stable component names of carried `#/paths`
 * targets. Building it never mutates the document.
 */





class SpecIndex {
    doc;
    edgeMemo = new Map();
    subtypeMap;
    carriedNames;
    leftOutExtensions;
    componentOrder;
    constructor(doc) {
        this.doc = doc;
    }
    /** The source place of a component unit, or undefined for any other unit. Computed once per document. */
    componentPlace(unit) {
        if (!this.componentOrder) {
            this.componentOrder = new Map();
            const components = (0,json_value/* isObject */.Gv)(this.doc.components) ? this.doc.components : {};
            let rank = 0;
            for (const section of Object.keys(components)) {
                const entries = components[section];
                if (!(0,json_value/* isObject */.Gv)(entries))
                    continue;
                for (const name of Object.keys(entries))
                    this.componentOrder.set((0,engine_pointer/* formatPointer */.$2)(['components', section, name]), {
                        section,
                        name,
                        rank: rank++
                    });
            }
        }
        return this.componentOrder.get(unit);
    }
    /** The node a unit key designates. */
    nodeOf(unit) {
        const tokens = (0,engine_pointer/* parsePointer */.vp)(unit);
        return tokens ? (0,engine_pointer/* getAt */.sM)(this.doc, tokens) : undefined;
    }
    /** Direct edges of a unit, plus implicit discriminator subtypes of a component schema. */
    edgesOf(unit) {
        const known = this.edgeMemo.get(unit);
        if (known)
            return known;
        const tokens = (0,engine_pointer/* parsePointer */.vp)(unit) ?? [];
        const node = (0,engine_pointer/* getAt */.sM)(this.doc, tokens);
        const kind = tokens[0] === 'components' ? (kindOfSection(tokens[1]) ?? 'data') : kindAt(tokens);
        const edges = collectEdges(this.doc, node, kind);
        if (kind === 'schema' && tokens[0] === 'components' && (0,json_value/* isObject */.Gv)(node) && (0,json_value/* isObject */.Gv)(node.discriminator)) {
            if (!(0,json_value/* isObject */.Gv)(node.discriminator.mapping)) {
                for (const child of this.implicitSubtypes(tokens[2])) {
                    const key = (0,engine_pointer/* formatPointer */.$2)(['components', 'schemas', child]);
                    if (!edges.units.includes(key))
                        edges.units.push(key);
                }
            }
        }
        this.edgeMemo.set(unit, edges);
        return edges;
    }
    /**
     * Root extensions slices leave out: those that hold `$ref`s, and `x-webhooks`, the usual 3.0 container
     * of webhook path items (GitHub's, even dereferenced, is 13 MB). They belong to no selected operation;
     * copying them would carry into every slice what no operation of it uses.
     */
    leftOutRootExtensions() {
        if (!this.leftOutExtensions) {
            this.leftOutExtensions = Object.keys(this.doc).filter(key => {
                if (!key.startsWith('x-'))
                    return false;
                if (key === 'x-webhooks')
                    return true;
                const edges = collectEdges(this.doc, this.doc[key], 'data');
                return edges.units.length > 0 || edges.dangling.length > 0;
            });
        }
        return this.leftOutExtensions;
    }
    /** Component schemas whose `allOf` references `components/schemas/<base>`, in source order. */
    implicitSubtypes(base) {
        if (!this.subtypeMap) {
            this.subtypeMap = new Map();
            const schemas = (0,json_value/* isObject */.Gv)(this.doc.components) ? this.doc.components.schemas : undefined;
            if ((0,json_value/* isObject */.Gv)(schemas)) {
                for (const name of Object.keys(schemas)) {
                    const schema = schemas[name];
                    if (!(0,json_value/* isObject */.Gv)(schema) || !Array.isArray(schema.allOf))
                        continue;
                    for (const part of schema.allOf) {
                        const ref = (0,json_value/* isObject */.Gv)(part) && typeof part.$ref === 'string' ? part.$ref : undefined;
                        const tokens = ref?.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)(ref) : undefined;
                        if (!tokens || tokens.length !== 3 || tokens[0] !== 'components' || tokens[1] !== 'schemas')
                            continue;
                        const list = this.subtypeMap.get(tokens[2]) ?? [];
                        if (!list.includes(name))
                            list.push(name);
                        this.subtypeMap.set(tokens[2], list);
                    }
                }
            }
        }
        return this.subtypeMap.get(base) ?? [];
    }
    /**
     * Where a `#/paths` or `#/webhooks` target is carried in a slice: its component section and a name
     * derived from its pointer. Names are assigned over every such ref in the document, in sorted order,
     * so they do not depend on which operations a run selects.
     */
    carriedTarget(unit) {
        if (!this.carriedNames)
            this.carriedNames = this.assignCarriedNames();
        return this.carriedNames.get(unit);
    }
    assignCarriedNames() {
        const targets = new Set();
        for (const ref of documentRefs(this.doc)) {
            if (!/^#\/(paths|webhooks)\//.test(ref))
                continue;
            const tokens = (0,engine_pointer/* parsePointer */.vp)(ref);
            if (tokens && tokens.length > 2)
                targets.add((0,engine_pointer/* formatPointer */.$2)(tokens));
        }
        const components = (0,json_value/* isObject */.Gv)(this.doc.components) ? this.doc.components : {};
        const taken = new Map();
        const names = new Map();
        for (const unit of [...targets].sort()) {
            const tokens = (0,engine_pointer/* parsePointer */.vp)(unit);
            const kind = kindAt(tokens);
            const section = COMPONENT_SECTION[kind];
            if (!section) {
                names.set(unit, undefined);
                continue;
            }
            const used = taken.get(section) ?? new Set((0,json_value/* isObject */.Gv)(components[section]) ? Object.keys(components[section]) : []);
            taken.set(section, used);
            const base = tokens
                .join('_')
                .replace(/[^A-Za-z0-9._-]+/g, '_')
                .replace(/_+/g, '_')
                .replace(/^_|_$/g, '');
            let name = base;
            for (let n = 2; used.has(name); n++)
                name = `${base}_${n}`;
            used.add(name);
            names.set(unit, { section, name, kind });
        }
        return names;
    }
}

;// CONCATENATED MODULE: ./src/engine/validate/resolved-equal.ts
/**
 * Structural equality of two graphs with `$ref`s resolved on the fly, each in its own document. It is a
 * bisimulation: a pair of nodes already under comparison is assumed equal, so cycles end, and there is
 * no `JSON.stringify` anywhere. Two rewrites the slicer makes are treated as the same meaning: a link
 * `operationRef` replaced by the target's `operationId`, and a `#/paths` target carried as a component.
 */




const MAX_REF_CHAIN = 64;
/** Follows a `$ref` chain; the referencing objects' other fields are kept beside the target. */
function deref(doc, node) {
    let current = node;
    let siblings;
    for (let hops = 0; (0,json_value/* isObject */.Gv)(current) && typeof current.$ref === 'string'; hops++) {
        const ref = current.$ref;
        const tokens = ref.startsWith('#') && hops < MAX_REF_CHAIN ? (0,engine_pointer/* parsePointer */.vp)(ref) : undefined;
        const target = tokens ? (0,engine_pointer/* getAt */.sM)(doc, tokens) : undefined;
        if (target === undefined)
            return { target: undefined, siblings, dangling: ref };
        const { $ref: _ref, ...rest } = current;
        if (Object.keys(rest).length > 0)
            siblings = { ...rest, ...siblings };
        current = target;
    }
    return { target: current, siblings };
}
/**
 * The refs of one document (the source), memoised for the whole run since every slice is compared with
 * the same source: what each designates, and which refs each object holds.
 */
class RefGraph {
    doc;
    held = new WeakMap();
    targets = new Map();
    constructor(doc) {
        this.doc = doc;
    }
    target(ref) {
        if (!this.targets.has(ref))
            this.targets.set(ref, this.targetIn(this.doc, ref));
        return this.targets.get(ref);
    }
    /** What the ref designates in another document (a slice). */
    targetIn(doc, ref) {
        const tokens = ref.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)(ref) : undefined;
        return tokens ? (0,engine_pointer/* getAt */.sM)(doc, tokens) : undefined;
    }
    /** The refs the comparison could follow from inside `start`: `$ref`s and discriminator mappings. */
    refsIn(start) {
        const known = this.held.get(start);
        if (known)
            return known;
        const refs = new Set();
        const seen = new Set();
        const stack = [start];
        while (stack.length > 0) {
            const node = stack.pop();
            if (typeof node !== 'object' || node === null || seen.has(node))
                continue;
            seen.add(node);
            if (Array.isArray(node)) {
                for (const child of node)
                    stack.push(child);
                continue;
            }
            for (const key of Object.keys(node)) {
                const value = node[key];
                if (key === '$ref' && typeof value === 'string')
                    refs.add(value);
                else if (key === 'mapping' && (0,json_value/* isObject */.Gv)(value)) {
                    for (const name of Object.keys(value)) {
                        const target = value[name];
                        if (typeof target === 'string')
                            refs.add(mappingRef(target));
                    }
                }
                stack.push(value);
            }
        }
        const result = refs.size > 0 ? [...refs] : NO_REFS;
        this.held.set(start, result);
        return result;
    }
}
const NO_REFS = [];
const graphs = new WeakMap();
class ResolvedComparator {
    docA;
    docB;
    graph;
    /** Refs whose every reachable ref designates the same object in both documents. */
    shared = new Set();
    constructor(docA, docB) {
        this.docA = docA;
        this.docB = docB;
        let graph = graphs.get(docA);
        if (!graph)
            graphs.set(docA, (graph = new RefGraph(docA)));
        this.graph = graph;
    }
    /**
     * An object both sides share equals itself when every ref reachable from it designates the same
     * object in both documents: the comparison would meet only identical pairs. Slices share most of
     * their objects with the source, so this spares walking each slice's whole closure node by node.
     * When it does not hold (or a ref dangles), the object is compared node by node, which says where.
     */
    sharedAndEqual(node) {
        const visited = new Set();
        const stack = [...this.graph.refsIn(node)];
        while (stack.length > 0) {
            const ref = stack.pop();
            if (visited.has(ref) || this.shared.has(ref))
                continue;
            visited.add(ref);
            const target = this.graph.target(ref);
            if (target === undefined || this.graph.targetIn(this.docB, ref) !== target)
                return false;
            if (typeof target === 'object' && target !== null)
                for (const next of this.graph.refsIn(target))
                    stack.push(next);
        }
        for (const ref of visited)
            this.shared.add(ref);
        return true;
    }
    /** The first difference between `a` (in document A) and `b` (in document B), or undefined. */
    compare(a, b, at = '') {
        const assumed = new Map();
        const stack = [{ a, b, at }];
        while (stack.length > 0) {
            const pair = stack.pop();
            const left = deref(this.docA, pair.a);
            const right = deref(this.docB, pair.b);
            if (left.dangling || right.dangling) {
                return { at: pair.at, message: `the reference ${left.dangling ?? right.dangling} resolves nowhere` };
            }
            if (left.siblings || right.siblings)
                stack.push({ a: left.siblings ?? {}, b: right.siblings ?? {}, at: `${pair.at} (beside $ref)` });
            const x = left.target;
            const y = right.target;
            if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) {
                if (x !== y)
                    return { at: pair.at, message: `${show(x)} became ${show(y)}` };
                continue;
            }
            if (x === y && this.sharedAndEqual(x))
                continue;
            let seen = assumed.get(x);
            if (seen?.has(y))
                continue;
            if (!seen)
                assumed.set(x, (seen = new Set()));
            seen.add(y);
            if (Array.isArray(x) || Array.isArray(y)) {
                if (!Array.isArray(x) || !Array.isArray(y))
                    return { at: pair.at, message: 'a list became a mapping, or the reverse' };
                if (x.length !== y.length)
                    return { at: pair.at, message: `a list of ${x.length} became a list of ${y.length}` };
                for (let i = x.length - 1; i >= 0; i--)
                    stack.push({ a: x[i], b: y[i], at: `${pair.at}[${i}]` });
                continue;
            }
            const difference = this.compareObjects(x, y, pair.at, stack);
            if (difference)
                return difference;
        }
        return undefined;
    }
    compareObjects(x, y, at, stack) {
        const keysX = Object.keys(x);
        const keysY = new Set(Object.keys(y));
        let skip;
        if (typeof x.operationRef === 'string' &&
            y.operationRef === undefined &&
            typeof y.operationId === 'string' &&
            x.operationId === undefined) {
            if (this.operationIdOf(x.operationRef) !== y.operationId) {
                return {
                    at,
                    message: `the link's operationRef ${x.operationRef} became operationId "${y.operationId}", another operation`
                };
            }
            skip = new Set(['operationRef', 'operationId']);
        }
        for (const key of keysX) {
            if (skip?.has(key))
                continue;
            if (!keysY.has(key))
                return { at: join(at, key), message: 'this field was dropped' };
        }
        for (const key of keysY) {
            if (skip?.has(key))
                continue;
            if (!(key in x))
                return { at: join(at, key), message: 'this field was added' };
        }
        for (let i = keysX.length - 1; i >= 0; i--) {
            const key = keysX[i];
            if (skip?.has(key))
                continue;
            if (key === 'mapping' && (0,json_value/* isObject */.Gv)(x[key]) && (0,json_value/* isObject */.Gv)(y[key])) {
                const mx = x[key];
                const my = y[key];
                const names = Object.keys(mx);
                if (names.length !== Object.keys(my).length || names.some(name => !(name in my))) {
                    return { at: join(at, key), message: 'the discriminator mapping names changed' };
                }
                for (const name of names) {
                    const vx = mx[name];
                    const vy = my[name];
                    if (vx === vy)
                        continue;
                    if (typeof vx !== 'string' || typeof vy !== 'string')
                        return { at: join(join(at, key), name), message: `${show(vx)} became ${show(vy)}` };
                    stack.push({
                        a: { $ref: mappingRef(vx) },
                        b: { $ref: mappingRef(vy) },
                        at: join(join(at, key), name)
                    });
                }
                continue;
            }
            stack.push({ a: x[key], b: y[key], at: join(at, key) });
        }
        return undefined;
    }
    operationIdOf(operationRef) {
        const tokens = (0,engine_pointer/* parsePointer */.vp)(operationRef);
        if (!tokens || tokens.length !== 3)
            return undefined;
        const objects = operationObjects(this.docA, {
            source: tokens[0] === 'webhooks' ? 'webhook' : 'path',
            path: tokens[1],
            method: tokens[2]
        });
        return objects?.operation.operationId;
    }
}
function join(at, key) {
    return at === '' ? key : `${at}.${key}`;
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    const text = typeof value === 'string'
        ? `"${value}"`
        : typeof value === 'object'
            ? Array.isArray(value)
                ? 'a list'
                : 'a mapping'
            : String(value);
    return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

;// CONCATENATED MODULE: ./src/engine/validate/resolved-operation.ts
/**
 * An operation as a consumer sees it: parameters merged from the path item by (name, in), and the
 * servers and security in force. Fidelity compares this view between the source and the slice.
 */



function resolvedOperation(doc, operation) {
    const objects = operationObjects(doc, operation);
    if (!objects)
        return undefined;
    const { pathItem, operation: op } = objects;
    const deref = (node) => (0,engine_pointer/* derefLocal */.qL)(doc, node);
    const view = { ...op };
    view.parameters = mergedParameters(pathItem, op, deref);
    view.servers = effectiveServers(doc, pathItem, op);
    const security = effectiveSecurity(doc, op) ?? [];
    view.security = security;
    // Security requirements name schemes: the schemes themselves are part of what the operation means.
    const schemes = (0,json_value/* isObject */.Gv)(doc.components) && (0,json_value/* isObject */.Gv)(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
    const used = {};
    for (const name of securitySchemeNames(security))
        used[name] = name in schemes ? schemes[name] : '(undefined)';
    view['(security schemes)'] = used;
    const pathFields = {};
    for (const key of ['summary', 'description'])
        if (pathItem[key] !== undefined)
            pathFields[key] = pathItem[key];
    view['(path item)'] = pathFields;
    return view;
}

;// CONCATENATED MODULE: ./src/engine/compare/compare-base.ts
/**
 * What a change does to each service: the same API at the base revision and at the head are sliced per
 * operation and compared by content hash. A changed operation also says how, where that is cheap to
 * name: parameters, request body, responses, security or servers (else "other", such as its docs).
 */




const PARTS = [
    ['parameters', ['parameters']],
    ['request body', ['requestBody']],
    ['responses', ['responses']],
    ['security', ['security', '(security schemes)']],
    ['servers', ['servers']]
];
function sliceHash(index, operation) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(JSON.stringify(buildSlice(index, [operation]).document))
        .digest('hex');
}
function kindsOfChange(base, head, operation) {
    const before = resolvedOperation(base, operation);
    const after = resolvedOperation(head, operation);
    if (!before || !after)
        return ['other'];
    const comparator = new ResolvedComparator(base, head);
    const kinds = PARTS.filter(([, fields]) => fields.some(field => comparator.compare(before[field] ?? null, after[field] ?? null) !== undefined)).map(([kind]) => kind);
    return kinds.length > 0 ? kinds : ['other'];
}
/** Against a previous index: changed or not by hash; what changed cannot be named from an index. */
function compareWithIndex(base, head) {
    const operations = [];
    for (const operation of head.operations) {
        const before = base.operations.get(operation.key);
        const change = !before ? 'added' : before.sha256 === base.headHash(operation) ? 'unchanged' : 'changed';
        operations.push({
            operation: operation.key,
            services: head.servicesOf(operation),
            change,
            kinds: change === 'changed' ? ['other'] : []
        });
    }
    const headKeys = new Set(head.operations.map(op => op.key));
    for (const [key, before] of base.operations) {
        if (!headKeys.has(key))
            operations.push({ operation: key, services: before.services, change: 'removed', kinds: [] });
    }
    return summarizeChanges(operations);
}
function compareWithBase(base, head) {
    const baseByKey = new Map(base.operations.map(op => [op.key, op]));
    const headByKey = new Map(head.operations.map(op => [op.key, op]));
    const operations = [];
    for (const [key, operation] of headByKey) {
        const before = baseByKey.get(key);
        if (!before) {
            operations.push({ operation: key, services: head.servicesOf(operation), change: 'added', kinds: [] });
            continue;
        }
        const same = sliceHash(base.index, before) === sliceHash(head.index, operation);
        operations.push({
            operation: key,
            services: head.servicesOf(operation),
            change: same ? 'unchanged' : 'changed',
            kinds: same ? [] : kindsOfChange(base.index.doc, head.index.doc, operation)
        });
    }
    for (const [key, operation] of baseByKey) {
        if (!headByKey.has(key))
            operations.push({ operation: key, services: base.servicesOf(operation), change: 'removed', kinds: [] });
    }
    return summarizeChanges(operations);
}
function summarizeChanges(operations) {
    operations.sort((a, b) => (a.operation < b.operation ? -1 : a.operation > b.operation ? 1 : 0));
    const byService = new Map();
    for (const change of operations) {
        for (const service of change.services.length > 0 ? change.services : ['(no service)']) {
            const row = byService.get(service) ?? { service, added: 0, removed: 0, changed: 0, unchanged: 0 };
            row[change.change]++;
            byService.set(service, row);
        }
    }
    const services = [...byService.values()].sort((a, b) => a.service < b.service ? -1 : a.service > b.service ? 1 : 0);
    const changed = services.filter(row => row.added + row.removed + row.changed > 0);
    const describe = (row) => `${row.service} (${[row.changed && `${row.changed} changed`, row.added && `${row.added} added`, row.removed && `${row.removed} removed`].filter(Boolean).join(', ')})`;
    return {
        operations,
        services,
        changedServices: changed.map(row => row.service),
        changedOperations: operations.filter(op => op.change !== 'unchanged').map(op => op.operation),
        headline: changed.length === 0
            ? 'No service changed.'
            : `${changed.length} service${changed.length === 1 ? '' : 's'} changed: ${changed.map(describe).join(', ')}`
    };
}

;// CONCATENATED MODULE: ./src/engine/compare/load-base.ts
/**
 * Reads the base a run is compared with and compares it per operation: a spec is loaded and sliced
 * the same way as the head (same selection, same output version); a previous index.csv, or an artifact
 * folder holding one, gives each operation's slice hash.
 */













async function compareAgainstBase(request, version, head, reader = nodeSpecReader) {
    const fallback = (operation) => [defaultService(operation.tags, operation.path)];
    const headServices = (op) => request.services.length > 0 ? head.servicesOf(op) : fallback(op);
    const indexFile = await previousIndex(request.baseSpec, reader);
    if (indexFile) {
        // csv-parse is loaded only here: most runs compare with nothing.
        const { parse: parseCsv } = await __nccwpck_require__.e(/* import() */ 712).then(__nccwpck_require__.bind(__nccwpck_require__, 712));
        const rows = parseCsv(indexFile, { columns: true, skip_empty_lines: true });
        const operations = new Map();
        for (const row of rows) {
            if (row.validation_status !== 'PASS')
                continue;
            const key = operationKey(row.path.startsWith('webhook:') ? 'webhook' : 'path', row.path.replace(/^webhook:/, ''), row.method);
            const services = row.services
                ? row.services.split(';')
                : [defaultService(row.tags ? row.tags.split(';') : [], row.path)];
            operations.set(key, { sha256: row.sha256, services });
        }
        return compareWithIndex({
            operations,
            // The index's sha256 is that of the operation's own slice file, as written with group-by operation.
            headHash: op => (0,external_node_crypto_namespaceObject.createHash)('sha256')
                .update(head.serialize(buildSlice(head.index, [op]).document))
                .digest('hex')
        }, { ...head, servicesOf: headServices });
    }
    const loaded = await loadSpec(request.baseSpec, {
        refRoot: request.refRoot,
        allowRemoteRefs: request.allowRemoteRefs,
        reader
    });
    const doc = convertDocument(loaded.doc, loaded.version, version).doc;
    const operations = enumerateOperations(doc).filter(matchesSelection(request));
    const assignment = request.services.length > 0
        ? assignServices(operations, request.services, { ...request, overlap: 'allow', orphans: 'warn' })
        : undefined;
    return compareWithBase({
        index: new SpecIndex(doc),
        operations,
        servicesOf: op => (assignment ? (assignment.servicesOf.get(op.key) ?? []) : fallback(op))
    }, { ...head, servicesOf: headServices });
}
/** The text of a previous index when the base is an index.csv or a folder holding one (a downloaded artifact). */
async function previousIndex(base, reader) {
    const isFolder = await reader.isDirectory(base).catch(() => false);
    const file = isFolder ? external_node_path_default().join(base, INDEX_NAME) : /\.csv$/i.test(base) ? base : undefined;
    if (!file)
        return undefined;
    try {
        return (await reader.readFile(file)).toString('utf8');
    }
    catch {
        throw new errors/* SliceOasError */.M$('SPEC_NOT_FOUND', `The base ${base} has no readable ${INDEX_NAME}; give base-spec a spec, an index.csv, or an artifact folder holding one.`);
    }
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./src/engine/batch/event-loop-turns.ts
/**
 * Slicing and writing on the batch's thread are synchronous, so the batch hands the event loop a turn
 * between slices: without one, signals, timers, the live index's writes and the workers' answers would
 * wait for the whole run.
 */

/**
 * A function to call before each slice. It takes a turn of the event loop when `everyMs` milliseconds
 * have passed since the last turn ended, and on every call when `everyMs` is 0. A turn per slice cost a
 * one-thread GitHub run (1,223 slices) 15 to 40 ms of its 0.9 s at concurrency 1: each is a whole pass
 * of the loop, poll included. Calls that start together (concurrency above 1) all wait for the same turn.
 */
function eventLoopTurns(everyMs) {
    let lastTurn = -Infinity;
    const ended = () => {
        lastTurn = performance.now();
    };
    return () => (performance.now() - lastTurn < everyMs ? undefined : (0,external_node_timers_promises_namespaceObject.setImmediate)().then(ended));
}

;// CONCATENATED MODULE: ./src/engine/batch/index-rows.ts
/** The index.csv rows of one slice: one per operation it holds. */



function operationFacts(doc, operation) {
    const objects = operationObjects(doc, operation);
    if (!objects)
        return { parameterCount: 0, responseCodes: '', securityRequired: false };
    const responses = (0,json_value/* isObject */.Gv)(objects.operation.responses)
        ? Object.keys(objects.operation.responses).filter(code => !code.startsWith('x-'))
        : [];
    const parameters = mergedParameters(objects.pathItem, objects.operation, node => (0,engine_pointer/* derefLocal */.qL)(doc, node));
    const security = effectiveSecurity(doc, objects.operation) ?? [];
    return {
        parameterCount: parameters.length,
        responseCodes: responses.join(';'),
        securityRequired: security.length > 0 &&
            !security.some(requirement => (0,json_value/* isObject */.Gv)(requirement) && Object.keys(requirement).length === 0)
    };
}
function sliceFacts(slice, operations) {
    const schemas = (0,json_value/* isObject */.Gv)(slice.components) ? slice.components.schemas : undefined;
    return {
        openapi: String(slice.openapi),
        schemaCount: (0,json_value/* isObject */.Gv)(schemas) ? Object.keys(schemas).length : 0,
        operations: operations.map(op => operationFacts(slice, op))
    };
}
/** What orders an operation's row in the index: its path (webhooks marked), method and file name. */
function rowOrderKey(operation, filename) {
    return {
        path: operation.source === 'webhook' ? `webhook:${operation.path}` : operation.path,
        method: operation.method.toUpperCase(),
        filename
    };
}
function indexRows(slice, source, createdAt, outputVersion, servicesOf = () => []) {
    const firstFailure = slice.failures[0];
    const conversion = slice.notes.filter(note => note.code.startsWith('CONVERT_')).map(note => note.message);
    return slice.operations.map((operation, position) => {
        const facts = slice.facts?.operations[position] ?? operationFacts(source, operation);
        const { path, method } = rowOrderKey(operation, slice.fileName);
        return {
            path,
            method,
            summary: operation.summary ?? '',
            operation_id: operation.operationId ?? '',
            tags: operation.tags.join(';'),
            filename: slice.fileName,
            file_size_kb: slice.bytes === undefined ? '' : (slice.bytes / 1024).toFixed(2),
            schema_count: slice.facts ? String(slice.facts.schemaCount) : '',
            parameter_count: String(facts.parameterCount),
            response_codes: facts.responseCodes,
            security_required: String(facts.securityRequired),
            deprecated: String(operation.deprecated),
            created_at: createdAt,
            output_oas_version: slice.facts?.openapi ?? outputVersion,
            validation_status: slice.status,
            failure_reason: firstFailure
                ? `[${firstFailure.phase}] ${firstFailure.reason}`
                : (slice.skipReason ?? ''),
            extraction_time_ms: String(slice.elapsedMs),
            sha256: slice.status === 'PASS' ? (slice.sha256 ?? '') : '',
            conversion_notes: conversion.join(' | '),
            services: servicesOf(operation).join(';')
        };
    });
}

;// CONCATENATED MODULE: ./src/engine/validate/slice-facts.ts
/**
 * What the validation phases need to know about a subtree, gathered in one recursive pass: the `$ref`s
 * in it, the discriminator mapping values, and the first construct that belongs only to OpenAPI 3.0 or
 * only to 3.1. Slices share their components with the source document, so facts are memoised by object
 * identity: each shared component is scanned once per run, not once per slice.
 */



const memo = new Map();
function shapeKey(shape) {
    if (typeof shape === 'string')
        return shape;
    return 'listOf' in shape ? `list:${shapeKey(shape.listOf)}` : `map:${shapeKey(shape.mapOf)}`;
}
/**
 * No facts yet. Every facts object is made here, so its arrays share one allocation site and are all of
 * one elements kind: the phases' loops over them are then compiled once.
 */
function emptyFacts() {
    return { refs: [], mappings: [], notIn: {} };
}
function factsOf(node, shape) {
    if (typeof node !== 'object' || node === null)
        return emptyFacts();
    const key = shapeKey(shape);
    let byShape = memo.get(key);
    if (!byShape)
        memo.set(key, (byShape = new WeakMap()));
    const known = byShape.get(node);
    if (known)
        return known;
    const facts = emptyFacts();
    const path = [];
    const ancestors = new Set();
    const at = () => (path.length === 0 ? '' : '/' + path.map(engine_pointer/* escapeToken */.tj).join('/'));
    const visit = (value, here) => {
        if (typeof value !== 'object' || value === null || ancestors.has(value))
            return;
        ancestors.add(value);
        if (Array.isArray(value)) {
            const itemShape = typeof here === 'object' ? childShape(here, '0') : here;
            for (let i = 0; i < value.length; i++) {
                path.push(String(i));
                visit(value[i], itemShape);
                path.pop();
            }
        }
        else {
            const object = value;
            if (typeof object.$ref === 'string')
                facts.refs.push({ ref: object.$ref, at: at() });
            if (here === 'schema')
                inspectSchema(object, facts, at);
            for (const field of Object.keys(object)) {
                const child = object[field];
                if (typeof child !== 'object' || child === null)
                    continue;
                path.push(field);
                visit(child, childShape(here, field));
                path.pop();
            }
        }
        ancestors.delete(value);
    };
    visit(node, shape);
    byShape.set(node, facts);
    return facts;
}
function inspectSchema(schema, facts, at) {
    const discriminator = schema.discriminator;
    if ((0,json_value/* isObject */.Gv)(discriminator) && (0,json_value/* isObject */.Gv)(discriminator.mapping)) {
        for (const [name, value] of Object.entries(discriminator.mapping)) {
            if (typeof value === 'string')
                facts.mappings.push({ value, name, at: at() });
        }
    }
    if (!facts.notIn['3.1']) {
        if ('nullable' in schema)
            facts.notIn['3.1'] = { ref: '`nullable` (3.1 uses a type array with "null")', at: at() };
        else if (typeof schema.exclusiveMinimum === 'boolean' || typeof schema.exclusiveMaximum === 'boolean')
            facts.notIn['3.1'] = { ref: 'boolean exclusive bounds (3.1 uses numbers)', at: at() };
    }
    if (!facts.notIn['3.0']) {
        if (Array.isArray(schema.type))
            facts.notIn['3.0'] = { ref: 'a type array (3.0 uses a single type)', at: at() };
        else if ('const' in schema)
            facts.notIn['3.0'] = { ref: '`const`', at: at() };
        else if ('$defs' in schema)
            facts.notIn['3.0'] = { ref: '`$defs`', at: at() };
        else if (typeof schema.exclusiveMinimum === 'number' || typeof schema.exclusiveMaximum === 'number')
            facts.notIn['3.0'] = { ref: 'numeric exclusive bounds (3.0 uses booleans)', at: at() };
    }
}
const partsMemo = new WeakMap();
/**
 * The slice cut at the places where it shares objects with the source, so their facts are reused.
 * Several phases ask for the same slice's parts: they are computed once per slice, each with its facts.
 */
function sliceParts(slice) {
    const known = partsMemo.get(slice);
    if (known)
        return known;
    const parts = [];
    partsMemo.set(slice, parts);
    for (const key of Object.keys(slice)) {
        const value = slice[key];
        if ((key === 'paths' || key === 'webhooks') && (0,json_value/* isObject */.Gv)(value)) {
            for (const name of Object.keys(value)) {
                const item = value[name];
                if (!(0,json_value/* isObject */.Gv)(item))
                    continue;
                for (const field of Object.keys(item)) {
                    parts.push({
                        at: (0,engine_pointer/* pointerText */.po)([key, name, field]),
                        facts: factsOf(item[field], childShape('pathItem', field))
                    });
                }
            }
        }
        else if (key === 'components' && (0,json_value/* isObject */.Gv)(value)) {
            for (const section of Object.keys(value)) {
                const entries = value[section];
                if (!(0,json_value/* isObject */.Gv)(entries))
                    continue;
                const shape = childShape('components', section);
                for (const name of Object.keys(entries)) {
                    const tokens = ['components', section, name];
                    parts.push({
                        at: (0,engine_pointer/* pointerText */.po)(tokens),
                        component: (0,engine_pointer/* formatPointer */.$2)(tokens),
                        facts: factsOf(entries[name], childShape(shape, name))
                    });
                }
            }
        }
        else {
            parts.push({ at: (0,engine_pointer/* pointerText */.po)([key]), facts: factsOf(value, childShape('document', key)) });
        }
    }
    return parts;
}

;// CONCATENATED MODULE: ./src/engine/validate/completeness.ts
/**
 * Phase 3, completeness: what is referenced by name exists. Security schemes named by effective
 * requirements, discriminator mapping targets, tags the source defined, and path template parameters.
 */





function checkCompleteness(slice, source, operations) {
    const failures = [];
    const fail = (reason, pointer) => failures.push({ phase: 'completeness', reason, pointer });
    for (const operation of operations) {
        const objects = operationObjects(slice, operation);
        if (!objects)
            fail(`the operation ${operation.key} is missing from the slice`);
        else
            checkOperation(slice, source, operation, objects, fail);
    }
    checkMappings(slice, fail);
    return failures.slice(0, 5);
}
/** One operation's security schemes, tags and path parameters. */
function checkOperation(slice, source, operation, objects, fail) {
    const schemes = (0,json_value/* isObject */.Gv)(slice.components) && (0,json_value/* isObject */.Gv)(slice.components.securitySchemes)
        ? slice.components.securitySchemes
        : {};
    for (const name of securitySchemeNames(effectiveSecurity(slice, objects.operation))) {
        if (!(name in schemes))
            fail(`${operation.key} requires the security scheme "${name}", which the slice does not define`);
    }
    const sourceTags = tagNames(source);
    const sliceTags = tagNames(slice);
    for (const tag of operation.tags) {
        if (sourceTags.has(tag) && !sliceTags.has(tag))
            fail(`${operation.key} uses the tag "${tag}", which the source defines but the slice does not`);
    }
    if (operation.source === 'path')
        checkPathParameters(slice, operation, objects, fail);
}
/** Every `{name}` of the path template is a declared path parameter, and every one declared is in it. */
function checkPathParameters(slice, operation, objects, fail) {
    const deref = (node) => (0,engine_pointer/* derefLocal */.qL)(slice, node);
    const template = [];
    for (const match of operation.path.matchAll(/\{([^}]+)\}/g))
        template.push(match[1]);
    const declared = [];
    for (const parameter of mergedParameters(objects.pathItem, objects.operation, deref)) {
        const p = deref(parameter);
        if ((0,json_value/* isObject */.Gv)(p) && p.in === 'path' && typeof p.name === 'string')
            declared.push(p.name);
    }
    for (const name of template) {
        if (!declared.includes(name))
            fail(`the path template ${operation.path} has {${name}} but ${operation.key} declares no path parameter "${name}"`);
    }
    for (const name of declared) {
        if (!template.includes(name))
            fail(`${operation.key} declares the path parameter "${name}", which the template ${operation.path} does not contain`);
    }
}
/** Every discriminator mapping names something the slice holds. */
function checkMappings(slice, fail) {
    for (const part of sliceParts(slice)) {
        for (const { value, name, at } of part.facts.mappings) {
            const tokens = (0,engine_pointer/* parsePointer */.vp)(mappingRef(value));
            if (!tokens || (0,engine_pointer/* getAt */.sM)(slice, tokens) === undefined) {
                fail(`the discriminator mapping "${name}" names ${value}, which the slice does not contain`, part.at + at);
            }
        }
    }
}
/** The names a document's tags define, memoised by its tags array: every slice asks for the source's. */
const tagNameMemo = new WeakMap();
function tagNames(document) {
    const tags = document.tags;
    if (!Array.isArray(tags))
        return new Set();
    let names = tagNameMemo.get(tags);
    if (!names)
        tagNameMemo.set(tags, (names = new Set(tags.map(tag => ((0,json_value/* isObject */.Gv)(tag) ? tag.name : undefined)))));
    return names;
}

;// CONCATENATED MODULE: ./src/engine/validate/fidelity.ts


function checkFidelity(slice, source, operations) {
    const comparator = new ResolvedComparator(source, slice);
    for (const operation of operations) {
        const expected = resolvedOperation(source, operation);
        const actual = resolvedOperation(slice, operation);
        if (!expected || !actual)
            return [
                {
                    phase: 'fidelity',
                    reason: `${operation.key} could not be resolved in ${expected ? 'the slice' : 'the source'}`
                }
            ];
        const difference = comparator.compare(expected, actual);
        if (difference) {
            return [
                {
                    phase: 'fidelity',
                    reason: `${operation.key} differs from the source at ${difference.at || 'its root'}: ${difference.message}`
                }
            ];
        }
    }
    return [];
}

;// CONCATENATED MODULE: ./src/engine/validate/minimality.ts
/**
 * Phase 5, minimality: every component in the slice is reachable from its operations, by `$ref`,
 * discriminator mapping, implicit discriminator subtype, or security requirement. This is a separate,
 * deliberately simple reachability pass, so a slicer bug cannot hide behind shared code.
 */





function checkMinimality(slice, operations) {
    const parts = sliceParts(slice);
    const componentParts = new Map();
    for (const part of parts)
        if (part.component)
            componentParts.set(part.component, part);
    const reached = new Set();
    // Roots are the operations and their path items only: a component reached from nowhere else (a root
    // extension, say) is not something the slice's operations need.
    const pending = parts.filter(part => /^\/(paths|webhooks)\//.test(part.at));
    const reach = (ref) => {
        const tokens = ref.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)(ref) : undefined;
        if (!tokens || tokens[0] !== 'components' || tokens.length < 3)
            return;
        const key = (0,engine_pointer/* formatPointer */.$2)(tokens.slice(0, 3));
        if (reached.has(key))
            return;
        reached.add(key);
        const part = componentParts.get(key);
        if (part)
            pending.push(part);
    };
    for (const operation of operations) {
        const objects = operationObjects(slice, operation);
        if (!objects)
            continue;
        for (const name of securitySchemeNames(effectiveSecurity(slice, objects.operation)))
            reach((0,engine_pointer/* formatPointer */.$2)(['components', 'securitySchemes', name]));
    }
    const subtypes = implicitSubtypes(slice);
    for (;;) {
        while (pending.length > 0) {
            const { facts } = pending.pop();
            for (const { ref } of facts.refs)
                reach(ref);
            for (const { value } of facts.mappings)
                reach(mappingRef(value));
        }
        // Implicit subtypes: a reached base with a discriminator and no mapping keeps its allOf children.
        const before = reached.size;
        for (const { self, bases } of subtypes)
            if (!reached.has(self) && bases.some(base => reached.has(base)))
                reach(self);
        if (reached.size === before && pending.length === 0)
            break;
    }
    const unreached = [];
    for (const key of componentParts.keys())
        if (!reached.has(key))
            unreached.push(key.replace(/^#\/components\//, ''));
    if (unreached.length === 0)
        return [];
    const listed = unreached.slice(0, 5).join(', ') + (unreached.length > 5 ? ` and ${unreached.length - 5} more` : '');
    return [{ phase: 'minimality', reason: `the slice carries components no operation reaches: ${listed}` }];
}
/**
 * The slice's schemas that name, in allOf, a base with a discriminator and no mapping: each is kept
 * when one of those bases is reached. Found once per slice, before the reachability pass.
 */
function implicitSubtypes(slice) {
    const schemas = (0,json_value/* isObject */.Gv)(slice.components) && (0,json_value/* isObject */.Gv)(slice.components.schemas) ? slice.components.schemas : {};
    const subtypes = [];
    for (const name of Object.keys(schemas)) {
        const schema = schemas[name];
        if (!(0,json_value/* isObject */.Gv)(schema) || !Array.isArray(schema.allOf))
            continue;
        const bases = [];
        for (const item of schema.allOf) {
            const ref = (0,json_value/* isObject */.Gv)(item) && typeof item.$ref === 'string' ? item.$ref : undefined;
            const tokens = ref ? (0,engine_pointer/* parsePointer */.vp)(ref) : undefined;
            const base = tokens?.length === 3 && tokens[1] === 'schemas' ? schemas[tokens[2]] : undefined;
            if ((0,json_value/* isObject */.Gv)(base) && (0,json_value/* isObject */.Gv)(base.discriminator) && !(0,json_value/* isObject */.Gv)(base.discriminator.mapping))
                bases.push((0,engine_pointer/* formatPointer */.$2)(tokens));
        }
        if (bases.length > 0)
            subtypes.push({ self: (0,engine_pointer/* formatPointer */.$2)(['components', 'schemas', name]), bases });
    }
    return subtypes;
}

;// CONCATENATED MODULE: ./src/engine/validate/references.ts


/** Each subtree's refs without repeats: a shared component is checked once per slice, not per use. */
const distinctMemo = new WeakMap();
function distinctRefs(facts) {
    let distinct = distinctMemo.get(facts);
    if (!distinct)
        distinctMemo.set(facts, (distinct = [...new Set(facts.refs.map(found => found.ref))]));
    return distinct;
}
function checkReferences(slice) {
    const failures = [];
    const resolved = new Map();
    const resolves = (ref) => {
        let ok = resolved.get(ref);
        if (ok === undefined) {
            const tokens = ref.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)(ref) : undefined;
            ok = tokens !== undefined && (0,engine_pointer/* getAt */.sM)(slice, tokens) !== undefined;
            resolved.set(ref, ok);
        }
        return ok;
    };
    for (const part of sliceParts(slice)) {
        const facts = part.facts;
        if (distinctRefs(facts).every(resolves))
            continue;
        for (const { ref, at } of facts.refs) {
            if (resolves(ref))
                continue;
            const where = part.at + at;
            const reason = ref.startsWith('#')
                ? `the reference ${ref} at ${where} resolves nowhere`
                : `the external reference ${ref} at ${where} was not bundled`;
            failures.push({ phase: 'references', reason, pointer: where });
            if (failures.length >= 5)
                return failures;
        }
    }
    return failures;
}

// EXTERNAL MODULE: ./src/engine/validate/generated/openapi-3.0.cjs
var openapi_3_0 = __nccwpck_require__(5242);
// EXTERNAL MODULE: ./src/engine/validate/generated/openapi-3.1.cjs
var openapi_3_1 = __nccwpck_require__(8843);
;// CONCATENATED MODULE: ./src/engine/validate/structure.ts
/**
 * Phase 1, structure: the slice validates against the official OpenAPI JSON Schema for its declared
 * version. The validators are Ajv's, generated ahead of time by scripts/generate-validators.mjs: one of
 * the document's skeleton (the whole document, each component value taken as it is) and one of a single
 * component per components section.
 */




function versionValidators(generated) {
    const { skeleton, ...sections } = generated;
    const components = new Map();
    for (const [section, validate] of Object.entries(sections))
        if (validate)
            components.set(section, { validate, results: new WeakMap() });
    return { skeleton, components };
}
const VALIDATORS = {
    '3.0': versionValidators(openapi_3_0),
    '3.1': versionValidators(openapi_3_1)
};
const UNSAID = 'does not match the OpenAPI schema';
/**
 * The most telling of Ajv's errors, in a plain sentence. Where the schema has alternatives (a value or a
 * Reference; one of four security scheme types), Ajv reports each alternative's first error, then that
 * none matched: the deepest error names the place best. "must have required property '$ref'" is the
 * Reference alternative's, and says nothing when another error is there.
 */
function mostSpecificError(validate) {
    const errors = validate.errors ?? [];
    let chosen;
    for (const error of errors) {
        if (error.keyword === 'oneOf' || error.keyword === 'anyOf')
            continue;
        if (error.keyword === 'required' && error.params?.missingProperty === '$ref' && errors.length > 1)
            continue;
        if (!chosen || depth(error.instancePath) > depth(chosen.instancePath))
            chosen = error;
    }
    chosen ??= errors[0];
    return { at: chosen?.instancePath ?? '', message: chosen ? plainMessage(chosen) : UNSAID };
}
function depth(pointer) {
    let count = 0;
    for (let i = pointer.indexOf('/'); i !== -1; i = pointer.indexOf('/', i + 1))
        count++;
    return count;
}
/**
 * Ajv's message with what it leaves in the parameters: the field that is not allowed, the name that
 * fails its pattern, the values an enum allows. (An enum inside one alternative of a oneOf allows only
 * that alternative's values, so those are not listed.)
 */
function plainMessage(error) {
    const message = error.message ?? UNSAID;
    const params = error.params ?? {};
    if (error.propertyName !== undefined)
        return `the name "${error.propertyName}" ${message}`;
    if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string')
        return `the field "${params.additionalProperty}" is not allowed here`;
    if (error.keyword === 'enum' &&
        Array.isArray(params.allowedValues) &&
        !/\/(?:oneOf|anyOf)\/\d+\//.test(error.schemaPath ?? ''))
        return `${message}: ${params.allowedValues.map(value => JSON.stringify(value)).join(', ')}`;
    return message;
}
/** Validates one component; its result is memoised by object, as slices share components with the source. */
function checkComponent(checker, value) {
    const cacheable = typeof value === 'object' && value !== null;
    if (cacheable) {
        const known = checker.results.get(value);
        if (known !== undefined)
            return known;
    }
    const { validate } = checker;
    const error = validate(value) ? null : mostSpecificError(validate);
    if (cacheable)
        checker.results.set(value, error);
    return error;
}
function checkStructure(slice) {
    const declared = String(slice.openapi ?? '');
    const version = declared.startsWith('3.1') ? '3.1' : declared.startsWith('3.0') ? '3.0' : undefined;
    if (!version)
        return [
            {
                phase: 'structure',
                reason: `the slice declares openapi "${declared}", which is neither 3.0 nor 3.1`,
                pointer: '/openapi'
            }
        ];
    const validators = VALIDATORS[version];
    // The skeleton validator checks everything but the component values (the sections, and the names
    // where the schema constrains them); the values are then validated one by one, memoised.
    if (!validators.skeleton(slice)) {
        const error = mostSpecificError(validators.skeleton);
        const where = error.at || '/';
        return [{ phase: 'structure', reason: `at ${where}: ${error.message}`, pointer: where }];
    }
    const components = slice.components;
    if (!(0,json_value/* isObject */.Gv)(components))
        return [];
    for (const section of Object.keys(components)) {
        const checker = validators.components.get(section);
        const entries = components[section];
        if (!checker || !(0,json_value/* isObject */.Gv)(entries))
            continue;
        for (const name of Object.keys(entries)) {
            const error = checkComponent(checker, entries[name]);
            if (error !== null) {
                const where = (0,engine_pointer/* pointerText */.po)(['components', section, name]) + error.at;
                return [{ phase: 'structure', reason: `at ${where}: ${error.message}`, pointer: where }];
            }
        }
    }
    return [];
}

;// CONCATENATED MODULE: ./src/engine/validate/uniqueness.ts

function checkUniqueness(slice) {
    const seen = new Map();
    for (const operation of enumerateOperations(slice)) {
        const id = operation.operationId;
        if (id === undefined)
            continue;
        const first = seen.get(id);
        if (first)
            return [
                {
                    phase: 'uniqueness',
                    reason: `the operationId "${id}" is used by both ${first} and ${operation.key}`
                }
            ];
        seen.set(id, operation.key);
    }
    return [];
}

;// CONCATENATED MODULE: ./src/engine/validate/version.ts
/**
 * Phase 7, version: the slice declares the requested output version and holds no construct that belongs
 * only to the other version (`nullable` or boolean exclusive bounds in 3.1; type arrays, `const`,
 * `webhooks`, `jsonSchemaDialect`, `components/pathItems` or `$defs` in 3.0).
 */


function checkVersion(slice, expected) {
    const fail = (reason, pointer) => [{ phase: 'version', reason, pointer }];
    const declared = String(slice.openapi ?? '');
    if (!declared.startsWith(expected + '.'))
        return fail(`the slice declares openapi ${declared} but ${expected} was requested`, '/openapi');
    if (expected === '3.0') {
        if (slice.webhooks !== undefined)
            return fail('webhooks belong to OpenAPI 3.1 and cannot appear in a 3.0 slice', '/webhooks');
        if (slice.jsonSchemaDialect !== undefined)
            return fail('jsonSchemaDialect belongs to OpenAPI 3.1', '/jsonSchemaDialect');
        if ((0,json_value/* isObject */.Gv)(slice.components) && slice.components.pathItems !== undefined)
            return fail('components/pathItems belongs to OpenAPI 3.1', '/components/pathItems');
    }
    for (const part of sliceParts(slice)) {
        const found = part.facts.notIn[expected];
        if (found)
            return fail(`${found.ref} at ${part.at + found.at} does not belong in an OpenAPI ${expected} document`, part.at + found.at);
    }
    return [];
}

;// CONCATENATED MODULE: ./src/engine/validate/validate-slice.ts







function validateSlice(input) {
    const { slice, source, operations, outputVersion } = input;
    const failures = [
        ...checkStructure(slice),
        ...checkReferences(slice),
        ...checkCompleteness(slice, source, operations),
        ...checkFidelity(slice, source, operations),
        ...checkMinimality(slice, operations),
        ...checkUniqueness(slice),
        ...checkVersion(slice, outputVersion)
    ];
    return { passed: failures.length === 0, failures };
}

;// CONCATENATED MODULE: ./src/engine/batch/slice-one.ts
/**
 * One slice, start to finish in memory: build, validate all seven phases, serialise and hash. Runs on
 * the batch's own thread or in a worker of the slice pool; what it returns is plain data either way.
 */




function sliceOne(index, operations, outputVersion, serialize) {
    const { document, notes, units } = buildSlice(index, operations);
    const report = validateSlice({ slice: document, source: index.doc, operations, outputVersion });
    const facts = sliceFacts(document, operations);
    if (report.failures.length > 0)
        return { content: '', bytes: 0, sha256: '', failures: report.failures, notes, units, facts };
    const content = serialize(document);
    const sha256 = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(content).digest('hex');
    return { content, bytes: Buffer.byteLength(content), sha256, failures: [], notes, units, facts };
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/engine/batch/slice-pool.ts
/**
 * Spreads slicing over every core: the batch's own thread slices too, and one worker thread per other
 * core takes slices whenever it has room. The document is serialised once (structured clone, so shared
 * subtrees, -0 and infinities survive) into shared memory, and each worker deserialises it and builds its
 * own index and validators.
 *
 * A worker that dies takes only its slices in flight with it: their promises reject with
 * `WorkerLostError`, the batch makes those slices on its own thread, and later slices go to the workers
 * still alive (or stay on the batch's thread when none is).
 */


/** The worker making a slice stopped before answering; the slice must be made elsewhere. */
class WorkerLostError extends Error {
}
class SlicePool {
    members = [];
    nextId = 0;
    closing = false;
    /** Why the first worker was lost, for the run's notes. */
    lostReason;
    /**
     * Slices queued per worker. This thread slices too, and a worker must not run dry while it does (a
     * large slice takes this thread a few milliseconds): with six, the worker stayed busy throughout
     * GitHub's run with the pool forced on, where two left it idle a fifth of the time or more.
     */
    static DEPTH = 6;
    /** Starts `size` workers and sends each the document the slices are cut from. */
    constructor(script, size, doc, outputVersion, format) {
        const bytes = (0,external_node_v8_namespaceObject.serialize)(doc);
        const shared = new SharedArrayBuffer(bytes.length);
        new Uint8Array(shared).set(bytes);
        const setup = { kind: 'setup', doc: shared, outputVersion, format };
        for (let i = 0; i < size; i++) {
            const worker = new external_node_worker_threads_.Worker(script.url, { execArgv: script.execArgv });
            const member = { worker, tasks: new Map(), alive: true, answered: 0 };
            worker.on('message', (reply) => {
                const task = member.tasks.get(reply.id);
                if (!task)
                    return;
                member.tasks.delete(reply.id);
                member.answered++;
                if ('product' in reply)
                    task.resolve({ product: reply.product, writeFailure: reply.writeFailure });
                else
                    task.reject(new Error(reply.error));
            });
            worker.on('error', error => this.lose(member, error.message));
            worker.on('exit', code => this.lose(member, `it exited with code ${code}`));
            worker.postMessage(setup);
            this.members.push(member);
        }
    }
    /** Whether a live worker can take a slice now; when none can, the batch makes it on its own thread. */
    hasRoom() {
        return this.members.some(member => member.alive && member.tasks.size < SlicePool.DEPTH);
    }
    get size() {
        return this.members.length;
    }
    /** Workers that made at least one slice. */
    get workersUsed() {
        return this.members.filter(member => member.answered > 0).length;
    }
    /** Makes one slice on the least busy live worker (check `hasRoom` first). */
    run(task) {
        const member = this.members
            .filter(candidate => candidate.alive)
            .reduce((best, candidate) => (!best || candidate.tasks.size < best.tasks.size ? candidate : best), undefined);
        if (!member)
            return Promise.reject(new WorkerLostError('no slice worker is running'));
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            member.tasks.set(id, { resolve, reject });
            const message = {
                kind: 'slice',
                id,
                keys: task.operations.map(operation => operation.key),
                file: task.file,
                priorSha: task.priorSha
            };
            member.worker.postMessage(message);
        });
    }
    async close() {
        this.closing = true;
        await Promise.all(this.members.map(member => member.worker.terminate()));
    }
    lose(member, reason) {
        if (!member.alive)
            return;
        member.alive = false;
        if (!this.closing)
            this.lostReason ??= reason;
        for (const task of member.tasks.values())
            task.reject(new WorkerLostError(reason));
        member.tasks.clear();
        if (!this.closing)
            void member.worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/engine/batch/run-batch.ts
/**
 * The one entry every front end calls: load, select, group, then slice every group in parallel with
 * p-map, validate, write atomically, stream index rows, and keep the manifest so runs resume and
 * re-runs are incremental. One slice's failure never stops the others; a fatal output error stops the
 * run cleanly with what was done recorded.
 */
























/**
 * Below this many slices a run stays on one thread. Most of a slice's cost is shared: each component is
 * validated, resolved and emitted once and memoised, and a worker thread must warm its own memos. On
 * the 2-core machine of docs/performance.md, GitHub's 1,223 slices and GHEC's 1,471 were measured
 * slower on two threads (2.24 s against 2.17 s, 5.18 s against 4.95 s), a 10,000-operation document
 * faster (7.1 to 8.4 s against 8.3 to 9.1 s) and 100,000 operations much faster (35 s against 54 s).
 */
const MIN_SLICES_FOR_WORKERS = 2000;
/** How long a run on one thread slices between two turns of the event loop (see event-loop-turns.ts). */
const TURN_EVERY_MS = 5;
/** A run that stopped early (fatal output error or interruption), with what it had done. */
class BatchStoppedError extends errors/* SliceOasError */.M$ {
    result;
    constructor(cause, result) {
        super(cause.code, cause.message, cause.location, { cause });
        this.result = result;
    }
}
/** The deterministic shard (1-based) a group belongs to. */
function shardOf(groupId, count) {
    return (parseInt(shortHash(groupId, 8), 16) % count) + 1;
}
async function runBatch(input, hooks = {}, ports = {}) {
    const started = Date.now();
    const request = await createRequest(input);
    const pool = {};
    try {
        return await sliceAll(request, started, hooks, ports, pool);
    }
    finally {
        await pool.current?.close();
    }
}
/** The skip reason of the slices a stopped run never started; the index leaves them out. */
const NOT_ATTEMPTED = 'not attempted: the run stopped';
async function sliceAll(request, started, hooks, ports, poolHolder) {
    const sink = ports.fileSink ?? nodeFileSink;
    const spec = await loadSpec(request.spec, {
        refRoot: request.refRoot,
        allowRemoteRefs: request.allowRemoteRefs,
        reader: ports.specReader
    });
    const converted = convertDocument(spec.doc, spec.version, request.outputVersion);
    const index = new SpecIndex(converted.doc);
    const serialize = await serializerFor(request.format);
    const enumerated = enumerateOperations(converted.doc, spec.locate);
    if (enumerated.length === 0 && converted.notes.some(note => note.code === 'CONVERT_WEBHOOK_DROPPED'))
        throw new errors/* SliceOasError */.M$('SELECTION_EMPTY', 'Every operation of the spec is a webhook, which OpenAPI 3.0 cannot express. Slice it as 3.1 (output-version 3.1 or auto).');
    const operations = selectOperations(enumerated, request);
    const assignment = request.services.length > 0 ? assignServices(operations, request.services, request) : undefined;
    const servicesOf = (operation) => assignment?.servicesOf.get(operation.key) ?? [];
    const servicesOfGroup = (group) => [...new Set(group.operations.flatMap(servicesOf))];
    const allGroups = groupOperations(operations, request.groupBy, request.prefixDepth, servicesOf);
    const comparison = request.baseSpec
        ? await compareAgainstBase(request, converted.version, { index, operations, servicesOf, serialize }, ports.specReader)
        : undefined;
    const serviceCounts = request.services.map(service => ({
        service: service.name,
        operations: operations.filter(operation => servicesOf(operation).includes(service.name)).length
    }));
    const names = assignFileNames(allGroups.map(group => ({ id: group.id, stem: group.stem })), extensionFor(request.format));
    const notes = [...spec.notes, ...(assignment?.notes ?? [])];
    for (const extension of index.leftOutRootExtensions()) {
        const note = {
            code: 'ROOT_EXTENSION_LEFT_OUT',
            severity: 'warning',
            message: `The root extension ${extension} belongs to no selected operation (it holds $refs, or webhook path items); slices leave it out rather than carry what no operation of theirs uses.`
        };
        defineLazy(note, 'location', () => spec.locate([extension]));
        notes.push(note);
    }
    for (const group of allGroups) {
        const name = names.get(group.id);
        if (name !== group.stem + extensionFor(request.format)) {
            notes.push({
                code: 'FILE_NAME_COLLISION',
                severity: 'warning',
                message: `${group.label} would share a file name with another slice (case-insensitively or once made safe); it was written as ${name}.`,
                location: group.operations[0].location
            });
        }
    }
    const groups = request.shard
        ? allGroups.filter(group => shardOf(group.id, request.shard.count) === request.shard.index)
        : allGroups;
    const outputDir = external_node_path_default().resolve(request.outputDir);
    const createdAt = (ports.now ?? (() => new Date()))().toISOString();
    const total = groups.length;
    hooks.onStart?.({
        total,
        operations: groups.reduce((sum, group) => sum + group.operations.length, 0),
        spec: { file: spec.file, sourceVersion: spec.sourceVersion, format: spec.format },
        outputVersion: converted.version
    });
    const slices = [];
    const report = (result) => {
        slices.push(result);
        hooks.onSlice?.(result, slices.length, total);
    };
    // Every result is made here, with every field in one order: a run keeps one per slice until it ends,
    // and objects of one shape share their hidden class (objects spread from others each got their own).
    const resultOf = (group, outcome) => ({
        groupId: group.id,
        label: group.label,
        fileName: names.get(group.id),
        operations: group.operations,
        services: servicesOfGroup(group),
        status: outcome.status,
        failures: outcome.failures ?? [],
        notes: outcome.notes ?? [],
        facts: outcome.facts,
        sha256: outcome.sha256,
        bytes: outcome.bytes,
        change: outcome.change,
        skipReason: outcome.skipReason,
        elapsedMs: outcome.elapsedMs ?? 0
    });
    const skipped = (group, reason, elapsedMs = 0) => resultOf(group, { status: 'SKIPPED', skipReason: reason, elapsedMs });
    if (request.dryRun) {
        for (const group of groups)
            report(skipped(group, 'dry run: not written'));
        const result = summarize({
            request,
            outputDir,
            slices,
            notes,
            started,
            dryRun: true,
            removed: [],
            hasPreviousRun: false,
            threads: 1,
            serviceCounts,
            comparison
        });
        hooks.onFinish?.(result);
        return result;
    }
    try {
        await sink.prepareDir(outputDir);
        for (const leftover of await sink.listTemporary(outputDir))
            await sink.remove(leftover);
    }
    catch (error) {
        throw outputError(error, outputDir);
    }
    const manifestPath = external_node_path_default().join(outputDir, MANIFEST_NAME);
    const previous = parseManifest(await sink.readText(manifestPath));
    const planned = new Map(groups.map(group => [names.get(group.id), group]));
    const owned = { ...(previous?.files ?? {}) };
    for (const [name, group] of planned)
        owned[name] = previous?.files[name] ?? { sha256: null, operations: group.operations.map(op => op.key) };
    const digests = {
        inputDigest: spec.digest,
        requestDigest: requestDigest(request),
        ...(request.shard ? { shard: request.shard } : {})
    };
    const writeFile = (file, content) => writeAtomicWithRetry(sink, file, content);
    await writeFile(manifestPath, renderManifest({ state: 'running', ...digests, files: owned }));
    // This thread slices too, beside one worker per other core. Workers write with node:fs themselves, so
    // an injected file sink keeps all slicing on this thread.
    const workerCount = Math.min(request.concurrency, ports.workers?.cores ?? (0,external_node_os_namespaceObject.availableParallelism)()) - 1;
    const minSlices = ports.workers?.minSlices ?? MIN_SLICES_FOR_WORKERS;
    const pool = ports.workers && !ports.fileSink && workerCount > 0 && groups.length >= minSlices
        ? (poolHolder.current = new SlicePool(ports.workers, workerCount, converted.doc, converted.version, request.format))
        : undefined;
    /** Makes a slice and, when it passes and `file` is given, writes it; write errors are returned. */
    const makeSlice = async (operations, file, priorSha) => {
        if (pool?.hasRoom()) {
            try {
                const { product, writeFailure } = await pool.run({ operations, file, priorSha });
                if (!writeFailure)
                    return { product };
                return {
                    product,
                    writeError: Object.assign(new Error(writeFailure.message), { code: writeFailure.code })
                };
            }
            catch (error) {
                if (!(error instanceof WorkerLostError))
                    throw error;
            }
        }
        const product = sliceOne(index, operations, converted.version, serialize);
        if (!file || product.failures.length > 0)
            return { product };
        try {
            // A file the manifest already proves is read back first, so an unchanged slice is not rewritten.
            if (priorSha !== product.sha256 || (await sink.readText(file)) !== product.content)
                await writeFile(file, product.content);
        }
        catch (error) {
            return { product, writeError: error };
        }
        return { product };
    };
    // The rows are made again for the sorted index at the end rather than kept: the results hold them.
    const rowsOf = (result) => indexRows(result, converted.doc, createdAt, converted.version, servicesOf);
    const indexPath = request.index ? external_node_path_default().join(outputDir, INDEX_NAME) : undefined;
    const live = indexPath ? openIndexStream(sink.openStream(indexPath)) : undefined;
    // Slices are made in the index's order. When they also finish in it (one thread, one operation per
    // slice), the live index is already the sorted one and is not written again at the end.
    const orderKey = (group) => rowOrderKey(group.operations[0], names.get(group.id));
    const byIndexOrder = (a, b) => compareRows(orderKey(a), orderKey(b));
    let lastRow;
    let liveInOrder = true;
    const writeLive = (rows) => {
        for (const row of rows) {
            if (lastRow && compareRows(lastRow, row) > 0)
                liveInOrder = false;
            lastRow = row;
            live.write(row);
        }
    };
    let stop;
    const onAbort = () => (stop ??= new errors/* SliceOasError */.M$('INTERRUPTED', 'The run was interrupted; run it again to resume where it stopped.'));
    ports.signal?.addEventListener('abort', onAbort);
    if (ports.signal?.aborted)
        onAbort();
    // Workers wait for this thread to take their answers and send them more, so with a pool every slice
    // gives the event loop a turn; alone, a turn every few milliseconds keeps signals and timers prompt.
    const turn = eventLoopTurns(pool ? 0 : TURN_EVERY_MS);
    try {
        await pMap([...groups].sort(byIndexOrder), async (group) => {
            await turn();
            if (stop)
                return report(skipped(group, NOT_ATTEMPTED));
            const result = await sliceGroup(group);
            if (live)
                writeLive(rowsOf(result));
            report(result);
        }, 
        // Room for every worker's queue, and for this thread's own slices while their writes finish.
        {
            concurrency: pool ? SlicePool.DEPTH * pool.size + request.concurrency : request.concurrency
        });
    }
    finally {
        ports.signal?.removeEventListener('abort', onAbort);
    }
    if (pool?.lostReason) {
        notes.push({
            code: 'WORKER_LOST',
            severity: 'warning',
            message: `A slice worker thread stopped (${pool.lostReason}); its slices were made on the main thread instead.`
        });
    }
    async function sliceGroup(group) {
        const t0 = performance.now();
        const elapsedMs = () => Math.round(performance.now() - t0);
        const fileName = names.get(group.id);
        const file = resolveInside(outputDir, fileName);
        const prior = previous?.files[fileName]?.sha256 ?? undefined;
        let made;
        try {
            made = await makeSlice(group.operations, stop ? undefined : file, prior);
        }
        catch (error) {
            const reason = `slice-oas could not build this slice: ${error instanceof Error ? error.message : String(error)}`;
            return resultOf(group, {
                status: 'FAIL',
                failures: [{ phase: 'structure', reason }],
                elapsedMs: elapsedMs()
            });
        }
        const { product } = made;
        const notes = [...product.notes, ...notesWithin(converted.notes, group.operations, product.units)];
        if (product.failures.length > 0) {
            return resultOf(group, {
                status: 'FAIL',
                failures: product.failures,
                notes,
                facts: product.facts,
                elapsedMs: elapsedMs()
            });
        }
        if (made.writeError !== undefined) {
            stop ??= outputError(made.writeError, file);
            return skipped(group, `not written: ${stop.message}`, elapsedMs());
        }
        return resultOf(group, {
            status: 'PASS',
            notes,
            facts: product.facts,
            sha256: product.sha256,
            bytes: product.bytes,
            change: prior === undefined ? 'added' : prior === product.sha256 ? 'unchanged' : 'changed',
            elapsedMs: elapsedMs()
        });
    }
    // The sorted index replaces the live one; failed slices leave no stale file of an earlier run behind.
    const removed = [];
    const finalFiles = {};
    for (const slice of slices) {
        if (slice.status === 'PASS')
            finalFiles[slice.fileName] = { sha256: slice.sha256, operations: slice.operations.map(op => op.key) };
    }
    try {
        await live?.close();
        if (indexPath && (stop || !liveInOrder)) {
            const attempted = slices.filter(slice => slice.skipReason !== NOT_ATTEMPTED);
            await writeFile(indexPath, renderIndex(attempted.flatMap(rowsOf)));
        }
        if (!stop) {
            for (const name of Object.keys(previous?.files ?? {})) {
                if (finalFiles[name])
                    continue;
                await sink.remove(resolveInside(outputDir, name));
                if (!planned.has(name))
                    removed.push(name);
            }
        }
        const files = stop ? { ...owned, ...finalFiles } : finalFiles;
        await writeFile(manifestPath, renderManifest({ state: stop ? 'running' : 'complete', ...digests, files }));
    }
    catch (error) {
        stop ??= outputError(error, outputDir);
    }
    const result = summarize({
        request,
        outputDir,
        indexPath,
        slices,
        notes,
        started,
        dryRun: false,
        removed: removed.sort(),
        hasPreviousRun: previous !== undefined,
        threads: 1 + (pool?.workersUsed ?? 0),
        stoppedBy: stop?.message,
        serviceCounts,
        comparison
    });
    hooks.onFinish?.(result);
    if (stop)
        throw new BatchStoppedError(stop, result);
    return result;
}
/** Conversion findings that fall inside what a slice carries: its operations and components. */
function notesWithin(notes, operations, units) {
    if (notes.length === 0)
        return [];
    const prefixes = [
        ...operations.map(op => (0,engine_pointer/* pointerText */.po)(op.tokens)),
        ...operations.map(op => (0,engine_pointer/* pointerText */.po)([op.tokens[0], op.tokens[1], 'parameters'])),
        ...units.map(unit => unit.slice(1))
    ];
    return notes.filter(note => note.pointer &&
        prefixes.some(prefix => note.pointer === prefix || note.pointer.startsWith(prefix + '/')));
}
function summarize(input) {
    const slices = [...input.slices].sort((a, b) => a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0);
    const passed = slices.filter(slice => slice.status === 'PASS');
    const failed = slices.filter(slice => slice.status === 'FAIL');
    const attempted = passed.length + failed.length;
    const passRate = attempted === 0 ? 100 : Math.floor((passed.length / attempted) * 10000) / 100;
    const seen = new Set();
    const notes = [...input.notes, ...slices.flatMap(slice => slice.notes)].filter(note => {
        const key = `${note.code}\0${note.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return {
        total: slices.length,
        operations: slices.reduce((sum, slice) => sum + slice.operations.length, 0),
        extracted: passed.length,
        failed: failed.length,
        skipped: slices.length - attempted,
        passRate,
        minPassRate: input.request.minPassRate,
        passed: passRate >= input.request.minPassRate && !input.stoppedBy,
        elapsedMs: Date.now() - input.started,
        outputDir: input.outputDir,
        indexPath: input.indexPath,
        dryRun: input.dryRun,
        failures: failed.flatMap(slice => slice.operations.map(op => ({
            path: op.path,
            method: op.method.toUpperCase(),
            phase: slice.failures[0].phase,
            reason: slice.failures[0].reason,
            location: op.location,
            fileName: slice.fileName
        }))),
        files: passed.map(slice => slice.fileName),
        added: passed.filter(slice => slice.change === 'added').map(slice => slice.fileName),
        changed: passed.filter(slice => slice.change === 'changed').map(slice => slice.fileName),
        removed: input.removed,
        hasPreviousRun: input.hasPreviousRun,
        threads: input.threads,
        unchanged: passed.filter(slice => slice.change === 'unchanged').map(slice => slice.fileName),
        notes,
        slices,
        stoppedBy: input.stoppedBy,
        ...(input.serviceCounts.length > 0 ? { serviceCounts: input.serviceCounts } : {}),
        ...(input.comparison ? { comparison: input.comparison } : {})
    };
}

;// CONCATENATED MODULE: ./src/engine/version.ts
/** The product version; a test holds it equal to package.json. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/engine/output/clock.ts
/** The clock for `created_at`: SOURCE_DATE_EPOCH (whole seconds) when given, for reproducible indexes. */
function sourceDateClock(epoch) {
    if (epoch !== undefined && /^\d+$/.test(epoch.trim())) {
        const fixed = new Date(Number(epoch.trim()) * 1000);
        return () => fixed;
    }
    return () => new Date();
}

;// CONCATENATED MODULE: ./src/engine/batch/merge-shards.ts
/**
 * Merges the output folders of a sharded job (`shard: i/n` on n runners) into one folder with one sorted
 * index.csv. It verifies the shards belong together (same input, same request), that every shard of
 * 1..n is there exactly once, and that no file or operation appears twice; the pass rate is
 * recomputed from the shards' rows.
 */







function merge_shards_invalid(message) {
    return new errors/* SliceOasError */.M$('MERGE_INVALID', message);
}
async function mergeShards(request, sink = nodeFileSink) {
    if (request.shardDirs.length === 0)
        throw merge_shards_invalid('merge needs the output folders of the shards to merge.');
    const shards = [];
    // csv-parse is loaded only here, not with the engine: most runs merge nothing.
    const { parse } = await __nccwpck_require__.e(/* import() */ 712).then(__nccwpck_require__.bind(__nccwpck_require__, 712));
    for (const dir of request.shardDirs.map(d => external_node_path_default().resolve(d))) {
        const manifest = parseManifest(await sink.readText(external_node_path_default().join(dir, MANIFEST_NAME)));
        if (!manifest)
            throw merge_shards_invalid(`${dir} holds no slice-oas manifest: is it a shard's output folder?`);
        if (manifest.state !== 'complete')
            throw merge_shards_invalid(`The shard in ${dir} did not finish; run it again before merging.`);
        const text = await sink.readText(external_node_path_default().join(dir, INDEX_NAME));
        if (text === undefined)
            throw merge_shards_invalid(`${dir} has no ${INDEX_NAME}; shards must be run with the index on.`);
        const rows = parse(text, { columns: true, skip_empty_lines: true });
        if (rows.length > 0 && INDEX_COLUMNS.some(column => !(column in rows[0])))
            throw merge_shards_invalid(`${dir}/${INDEX_NAME} does not have the index columns.`);
        shards.push({ dir, manifest, rows });
    }
    const first = shards[0].manifest;
    const count = first.shard?.count ?? 1;
    const seen = new Map();
    for (const { dir, manifest } of shards) {
        if (manifest.inputDigest !== first.inputDigest || manifest.requestDigest !== first.requestDigest) {
            throw merge_shards_invalid(`The shard in ${dir} was sliced from another input or with other options than ${shards[0].dir}.`);
        }
        const index = manifest.shard?.index ?? 1;
        if ((manifest.shard?.count ?? 1) !== count)
            throw merge_shards_invalid(`The shard in ${dir} is one of ${manifest.shard?.count ?? 1}, not of ${count}.`);
        if (seen.has(index))
            throw merge_shards_invalid(`Shard ${index}/${count} appears twice: ${seen.get(index)} and ${dir}.`);
        seen.set(index, dir);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter(index => !seen.has(index));
    if (missing.length > 0)
        throw merge_shards_invalid(`Shard(s) ${missing.map(i => `${i}/${count}`).join(', ')} are missing: every operation must be covered.`);
    const files = new Map();
    const operations = new Map();
    const rows = [];
    for (const { dir, manifest, rows: shardRows } of shards) {
        for (const [name, entry] of Object.entries(manifest.files)) {
            const other = files.get(name.toLowerCase());
            if (other)
                throw merge_shards_invalid(`The file ${name} is in two shards: ${other.dir} and ${dir}.`);
            files.set(name.toLowerCase(), { dir, name, entry });
        }
        for (const row of shardRows) {
            const key = `${row.method} ${row.path}`;
            if (operations.has(key))
                throw merge_shards_invalid(`The operation ${key} is in two shards: ${operations.get(key)} and ${dir}.`);
            operations.set(key, dir);
            rows.push(row);
        }
    }
    const outputDir = external_node_path_default().resolve(request.outputDir);
    const write = (file, content) => writeAtomicWithRetry(sink, file, content);
    try {
        await sink.prepareDir(outputDir);
    }
    catch (error) {
        throw outputError(error, outputDir);
    }
    const merged = {};
    for (const { dir, name, entry } of files.values()) {
        const content = await sink.readText(external_node_path_default().join(dir, name));
        if (content === undefined)
            throw merge_shards_invalid(`The shard in ${dir} lists ${name}, which is not there.`);
        await write(resolveInside(outputDir, name), content);
        merged[name] = entry;
    }
    const indexPath = external_node_path_default().join(outputDir, INDEX_NAME);
    await write(indexPath, renderIndex(rows));
    await write(external_node_path_default().join(outputDir, MANIFEST_NAME), renderManifest({
        state: 'complete',
        inputDigest: first.inputDigest,
        requestDigest: first.requestDigest,
        files: merged
    }));
    const passed = rows.filter(row => row.validation_status === 'PASS').length;
    const failed = rows.filter(row => row.validation_status === 'FAIL').length;
    return {
        outputDir,
        indexPath,
        shards: shards.length,
        files: files.size,
        fileNames: Object.keys(merged).sort(),
        operations: rows.length,
        passed,
        failed,
        passRate: passed + failed === 0 ? 100 : Math.floor((passed / (passed + failed)) * 10000) / 100
    };
}

;// CONCATENATED MODULE: ./src/engine/config/load-config.ts
/**
 * slice-oas.config.yaml: every option under its input name, plus the service map, so a workflow step
 * can stay two lines. It is validated with a clear error (and the line) for an unknown key, a value of
 * the wrong kind, a bad pattern or an empty service. Relative paths are relative to the file's folder.
 */





const DEFAULT_CONFIG_NAME = 'slice-oas.config.yaml';
/** Config keys (the input names) and the request field each sets. */
const OPTIONS = {
    spec: ['spec', 'path'],
    'output-dir': ['outputDir', 'path'],
    include: ['include', 'list'],
    exclude: ['exclude', 'list'],
    'filter-type': ['filterType', 'string'],
    methods: ['methods', 'list'],
    tags: ['tags', 'list'],
    'operation-ids': ['operationIds', 'list'],
    'exclude-deprecated': ['excludeDeprecated', 'boolean'],
    'group-by': ['groupBy', 'string'],
    'prefix-depth': ['prefixDepth', 'number'],
    'output-version': ['outputVersion', 'string'],
    format: ['format', 'string'],
    concurrency: ['concurrency', 'number'],
    'min-pass-rate': ['minPassRate', 'number'],
    index: ['index', 'boolean'],
    'dry-run': ['dryRun', 'boolean'],
    shard: ['shard', 'string'],
    'ref-root': ['refRoot', 'path'],
    'allow-remote-refs': ['allowRemoteRefs', 'boolean'],
    overlap: ['overlap', 'string'],
    orphans: ['orphans', 'string'],
    'base-spec': ['baseSpec', 'path']
};
const CONFIG_KEYS = [...Object.keys(OPTIONS), 'services'];
const SERVICE_KEYS = ['include', 'exclude', 'methods', 'tags', 'operation-ids'];
async function loadConfig(file, reader = nodeSpecReader) {
    const absolute = external_node_path_default().resolve(file);
    let text;
    try {
        text = (await reader.readFile(absolute)).toString('utf8');
    }
    catch {
        throw new errors/* SliceOasError */.M$('CONFIG_INVALID', `The config file ${absolute} cannot be read. Check the config path.`);
    }
    // Loaded here, not with the module: a run without a config file does not load the YAML parsers.
    const { parseYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(815), __nccwpck_require__.e(334)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6334));
    const { data, locate } = parseYaml(text, absolute);
    const fail = (message, tokens) => {
        const position = locate(tokens);
        throw new errors/* SliceOasError */.M$('CONFIG_INVALID', message, {
            file: absolute,
            ...(position ? { line: position.line, column: position.column } : {})
        });
    };
    if (data === null || data === undefined)
        return { file: absolute, options: {} };
    if (!(0,json_value/* isObject */.Gv)(data))
        return fail('The config file must be a mapping of option names to values.', []);
    const base = external_node_path_default().dirname(absolute);
    const options = {};
    for (const [key, value] of Object.entries(data)) {
        if (key === 'services') {
            options.services = readServices(value, fail);
            continue;
        }
        const option = OPTIONS[key];
        if (!option)
            return fail(`The config has an unknown key "${key}". Known keys: ${CONFIG_KEYS.join(', ')}.`, [key]);
        const [field, kind] = option;
        options[field] = readValue(key, value, kind, base, fail);
    }
    if (typeof options.shard === 'string')
        options.shard = parseShard(options.shard);
    return { file: absolute, options: options };
}
function readValue(key, value, kind, base, fail) {
    switch (kind) {
        case 'list':
            if (typeof value === 'string')
                return [value];
            if (Array.isArray(value) && value.every(item => typeof item === 'string'))
                return value;
            return fail(`The config key "${key}" takes a list of strings.`, [key]);
        case 'boolean':
            return typeof value === 'boolean' ? value : fail(`The config key "${key}" takes true or false.`, [key]);
        case 'number':
            return typeof value === 'number' ? value : fail(`The config key "${key}" takes a number.`, [key]);
        case 'path':
            return typeof value === 'string' && value !== ''
                ? external_node_path_default().resolve(base, value)
                : fail(`The config key "${key}" takes a path.`, [key]);
        default:
            return typeof value === 'string' || typeof value === 'number'
                ? String(value)
                : fail(`The config key "${key}" takes a string.`, [key]);
    }
}
function readServices(value, fail) {
    if (!(0,json_value/* isObject */.Gv)(value))
        return fail('services must map each service name to its include/exclude patterns.', ['services']);
    return Object.entries(value).map(([name, definition]) => {
        const at = ['services', name];
        if (!(0,json_value/* isObject */.Gv)(definition))
            return fail(`The service "${name}" must be a mapping with include (and optionally exclude, methods, tags, operation-ids).`, at);
        for (const key of Object.keys(definition)) {
            if (!SERVICE_KEYS.includes(key))
                return fail(`The service "${name}" has an unknown key "${key}". Known keys: ${SERVICE_KEYS.join(', ')}.`, [...at, key]);
        }
        const list = (key) => {
            const raw = definition[key];
            if (raw === undefined)
                return [];
            if (typeof raw === 'string')
                return [raw];
            if (Array.isArray(raw) && raw.every(item => typeof item === 'string'))
                return raw;
            return fail(`The service "${name}": ${key} takes a list of strings.`, [...at, key]);
        };
        const service = {
            name,
            include: list('include'),
            exclude: list('exclude'),
            methods: list('methods').map(m => m.toLowerCase()),
            tags: list('tags'),
            operationIds: list('operation-ids')
        };
        if (service.include.length + service.methods.length + service.tags.length + service.operationIds.length ===
            0) {
            return fail(`The service "${name}" is empty: give it include patterns (or methods, tags or operation-ids).`, at);
        }
        return service;
    });
}
/** The config's options with every explicitly given one on top: flags and inputs override the file. */
function mergeWithConfig(config, explicit) {
    const merged = { ...(config ?? {}) };
    for (const [key, value] of Object.entries(explicit))
        if (value !== undefined)
            merged[key] = value;
    return merged;
}

;// CONCATENATED MODULE: ./src/engine/index.ts
/** The engine's public API: one `runBatch(request, hooks)` that every front end calls, and its types. */











;// CONCATENATED MODULE: ./src/cli/args.ts
/** The CLI's flags: they mirror the action's inputs, names and defaults. */


const args_OPTIONS = {
    spec: { type: 'string' },
    input: { type: 'string' },
    'output-dir': { type: 'string' },
    include: { type: 'string', multiple: true },
    filter: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'filter-type': { type: 'string' },
    methods: { type: 'string', multiple: true },
    tags: { type: 'string', multiple: true },
    'operation-ids': { type: 'string', multiple: true },
    'exclude-deprecated': { type: 'boolean' },
    'group-by': { type: 'string' },
    'prefix-depth': { type: 'string' },
    'output-version': { type: 'string' },
    format: { type: 'string' },
    concurrency: { type: 'string' },
    'min-pass-rate': { type: 'string' },
    'no-index': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    shard: { type: 'string' },
    'ref-root': { type: 'string' },
    'allow-remote-refs': { type: 'boolean' },
    config: { type: 'string' },
    overlap: { type: 'string' },
    orphans: { type: 'string' },
    'base-spec': { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' }
};
const HELP = `slice-oas — cut one OpenAPI document into small, self-contained, validated documents.

Usage: slice-oas --spec FILE [options]
       slice-oas merge --output-dir OUT SHARD_DIR...   (merge the folders of a sharded run)

  --spec, --input FILE        the OpenAPI 3.0/3.1 document to slice (JSON or YAML)
  --output-dir DIR            where slices and index.csv go (default: ${DEFAULTS.outputDir})
  --include, --filter PATTERN path patterns to keep; repeat or separate with commas
  --exclude PATTERN           path patterns to drop
  --filter-type glob|regex    how patterns read (default: glob; * is one segment, ** many)
  --methods LIST              only these HTTP methods
  --tags LIST                 only operations with one of these tags
  --operation-ids LIST        only these operationIds
  --exclude-deprecated        drop deprecated operations
  --group-by operation|tag|path-prefix|service   one slice per operation (default), first tag,
                              path prefix, or service
  --prefix-depth N            path segments per group with --group-by path-prefix (default: 1)
  --output-version auto|3.0|3.1          (default: auto, the source's version)
  --format yaml|json          (default: yaml)
  --concurrency N             slices at once, 1–16; above 1, 2,000+ slices use every core, on up
                              to N threads (default: ${DEFAULTS.concurrency})
  --min-pass-rate N           fail below this validation pass rate, 0–100 (default: ${DEFAULTS.minPassRate})
  --no-index                  do not write index.csv
  --dry-run                   list what would be written; write nothing
  --shard i/n                 slice only this job's share of the operations (for a workflow matrix)
  --ref-root DIR              folder file $refs may read from (default: the spec's folder)
  --config FILE               options and the service map (default: slice-oas.config.yaml, if present);
                              flags override it
  --group-by service          one document per service of the service map
  --overlap error|allow       an operation claimed by two services: refuse, or put it in both
  --orphans warn|fail         operations claimed by no service: list them, or fail
  --base-spec FILE            the same API at the base revision (a spec, or a previous index.csv or
                              artifact folder): report what each service gained,
                              lost or changed
  --allow-remote-refs         allow http(s) $refs
  --verbose, -v               show every finding and failure in full
  --help, -h                  this help
  --version                   the version

Exit codes: 0 all passed; 1 pass rate below the minimum; 2 usage error; 65 the input is invalid;
66 the input is missing; 75 interrupted, partial, or the output could not be written.`;
/** A repeatable flag's values; undefined when the flag is not given, so a config file's list applies. */
function list(values) {
    if (values === undefined)
        return undefined;
    return values
        .flatMap(value => value.split(','))
        .map(value => value.trim())
        .filter(Boolean);
}
function number(name, value) {
    if (value === undefined)
        return undefined;
    const parsed = Number(value);
    if (value.trim() === '' || !Number.isFinite(parsed))
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `--${name} takes a number; got "${value}".`);
    return parsed;
}
function parseCliArgs(argv) {
    let values;
    try {
        ;
        ({ values } = (0,external_node_util_namespaceObject.parseArgs)({ args: [...argv], options: args_OPTIONS, strict: true, allowPositionals: false }));
    }
    catch (error) {
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `${error instanceof Error ? error.message : String(error)} (see --help).`);
    }
    const include = values.include || values.filter ? [...(values.include ?? []), ...(values.filter ?? [])] : undefined;
    const request = {
        spec: values.spec ?? values.input,
        outputDir: values['output-dir'],
        include: list(include),
        exclude: list(values.exclude),
        filterType: values['filter-type'],
        methods: list(values.methods),
        tags: list(values.tags),
        operationIds: list(values['operation-ids']),
        excludeDeprecated: values['exclude-deprecated'],
        groupBy: values['group-by'],
        prefixDepth: number('prefix-depth', values['prefix-depth']),
        outputVersion: values['output-version'],
        format: values.format,
        concurrency: number('concurrency', values.concurrency),
        minPassRate: number('min-pass-rate', values['min-pass-rate']),
        index: values['no-index'] ? false : undefined,
        dryRun: values['dry-run'],
        shard: values.shard ? parseShard(values.shard) : undefined,
        refRoot: values['ref-root'],
        allowRemoteRefs: values['allow-remote-refs'],
        overlap: values.overlap,
        orphans: values.orphans,
        baseSpec: values['base-spec']
    };
    return {
        request,
        config: values.config,
        verbose: values.verbose ?? false,
        help: values.help ?? false,
        version: values.version ?? false
    };
}

;// CONCATENATED MODULE: ./src/cli/progress.ts
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    const seconds = Math.round(ms / 1000);
    return seconds < 60
        ? `${seconds}s`
        : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}
class ConsoleProgress {
    out;
    clock;
    stepPercent;
    startedAt = 0;
    total = 0;
    lastDraw = 0;
    lastPercentStep = -1;
    constructor(out, clock = () => Date.now(), stepPercent = 5) {
        this.out = out;
        this.clock = clock;
        this.stepPercent = stepPercent;
    }
    start(start) {
        this.startedAt = this.clock();
        this.total = start.total;
        this.out.write(`Slicing ${start.total} slice(s) from ${start.operations} operation(s) of ${start.spec.file} (OpenAPI ${start.spec.sourceVersion} → ${start.outputVersion})\n`);
    }
    update(done) {
        const now = this.clock();
        const elapsed = now - this.startedAt;
        const percent = this.total === 0 ? 100 : Math.floor((done / this.total) * 100);
        const rate = elapsed > 0 ? (done / elapsed) * 1000 : 0;
        const eta = rate > 0 ? ((this.total - done) / rate) * 1000 : NaN;
        const line = `${done}/${this.total} (${percent}%) · ${rate.toFixed(1)} slices/s · ETA ${formatDuration(eta)}`;
        if (this.out.isTTY) {
            if (now - this.lastDraw < 100 && done < this.total)
                return;
            this.lastDraw = now;
            this.out.write(`\r\x1b[2K${line}${done === this.total ? '\n' : ''}`);
            return;
        }
        const step = Math.floor(percent / this.stepPercent);
        if (step === this.lastPercentStep && done < this.total)
            return;
        this.lastPercentStep = step;
        this.out.write(line + '\n');
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The slice-oas command: parses flags into a batch request, shows progress, prints a plain summary,
 * and maps the outcome onto exit codes. No stack traces unless --verbose.
 */






const EXIT = {
    ok: 0,
    belowMinimum: 1,
    usage: 2,
    inputInvalid: 65,
    inputMissing: 66,
    internal: 70,
    partial: 75
};
function exitCodeFor(error) {
    if (!(0,errors/* isSliceOasError */.s1)(error))
        return EXIT.internal;
    switch (error.category) {
        case 'usage':
            return EXIT.usage;
        case 'missing':
            return EXIT.inputMissing;
        case 'input':
            return EXIT.inputInvalid;
        case 'output':
        case 'interrupted':
            return EXIT.partial;
        default:
            return EXIT.internal;
    }
}
/** `slice-oas merge --output-dir OUT SHARD_DIR...`: one folder and one index from a sharded job. */
async function merge(argv, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: [...argv],
        options: { 'output-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true
    });
    if (values.help) {
        io.stdout.write('Usage: slice-oas merge --output-dir OUT SHARD_DIR...\nMerges the output folders of a sharded run into one folder with one sorted index.csv.\n');
        return EXIT.ok;
    }
    if (!values['output-dir'])
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', 'merge needs --output-dir: where the merged slices go.');
    const result = await mergeShards({ outputDir: values['output-dir'], shardDirs: positionals });
    io.stdout.write(`Merged ${result.shards} shard(s): ${result.files} file(s), ${result.operations} operation(s), ${result.failed} failed · pass rate ${result.passRate}% · index ${result.indexPath}\n`);
    return EXIT.ok;
}
async function main(argv, io) {
    let verbose = argv.includes('--verbose') || argv.includes('-v');
    try {
        if (argv[0] === 'merge')
            return await merge(argv.slice(1), io);
        const options = parseCliArgs(argv);
        verbose = options.verbose;
        if (options.help) {
            io.stdout.write(HELP + '\n');
            return EXIT.ok;
        }
        if (options.version) {
            io.stdout.write(`slice-oas ${VERSION}\n`);
            return EXIT.ok;
        }
        // slice-oas.config.yaml in the working directory is read when no other config is named.
        const configFile = options.config ?? ((0,external_node_fs_namespaceObject.existsSync)(DEFAULT_CONFIG_NAME) ? DEFAULT_CONFIG_NAME : undefined);
        const config = configFile ? (await loadConfig(configFile)).options : undefined;
        const request = mergeWithConfig(config, options.request);
        const progress = new ConsoleProgress({
            write: text => io.stderr.write(text),
            isTTY: Boolean(io.stdout.isTTY)
        });
        const result = await runBatch({ ...request, spec: request.spec ?? '' }, {
            onStart: start => progress.start(start),
            onSlice: (_slice, done) => progress.update(done)
        }, { now: sourceDateClock(io.env.SOURCE_DATE_EPOCH), signal: io.signal, workers: io.workers });
        printSummary(result, io, verbose);
        return result.passed ? EXIT.ok : EXIT.belowMinimum;
    }
    catch (error) {
        if (error instanceof BatchStoppedError)
            printSummary(error.result, io, verbose);
        io.stderr.write(`slice-oas: ${(0,errors/* describeError */.Uc)(error)}\n`);
        if (verbose && error instanceof Error && !(0,errors/* isSliceOasError */.s1)(error) && error.stack)
            io.stderr.write(error.stack + '\n');
        return exitCodeFor(error);
    }
}
function printSummary(result, io, verbose) {
    const out = (line = '') => io.stdout.write(line + '\n');
    const rel = (file) => {
        const relative = external_node_path_default().relative(process.cwd(), file);
        return relative === '' ? '.' : relative.startsWith('..') ? file : relative;
    };
    if (result.dryRun) {
        out(`Dry run: ${result.total} slice(s) would be written to ${rel(result.outputDir)}:`);
        for (const slice of result.slices)
            out(`  ${slice.label} → ${slice.fileName}`);
        // What a preview is for: the comparison with the base and the warnings (orphans, losses) too.
        printComparison(result, out, verbose);
        printWarnings(result, out, verbose);
        return;
    }
    const seconds = result.elapsedMs / 1000;
    const verdict = result.passed ? 'Done' : result.stoppedBy ? 'Stopped' : 'Failed';
    out(`${verdict}: ${result.extracted} slice(s) written, ${result.failed} failed, ${result.skipped} skipped · pass rate ${result.passRate}% (minimum ${result.minPassRate}%) · ${formatDuration(result.elapsedMs)}${seconds > 0 ? ` (${(result.total / seconds).toFixed(0)} slices/s)` : ''}${result.threads > 1 ? ` on ${result.threads} threads` : ''}`);
    out(`Changes: ${result.added.length} added, ${result.changed.length} changed, ${result.removed.length} removed, ${result.unchanged.length} unchanged.`);
    out(`Slices are in ${rel(result.outputDir)}${result.indexPath ? `; the index is ${rel(result.indexPath)}` : ''}.`);
    if (result.stoppedBy)
        out(`The run stopped early: ${result.stoppedBy}`);
    printComparison(result, out, verbose);
    if (result.failures.length > 0) {
        out(`Failed operations:`);
        const shown = verbose ? result.failures : result.failures.slice(0, 20);
        for (const failure of shown) {
            const where = (0,errors/* formatLocation */.j$)(failure.location);
            out(`  ${failure.method} ${failure.path} [${failure.phase}] ${failure.reason}${where ? ` (${where})` : ''}`);
        }
        if (shown.length < result.failures.length)
            out(`  … and ${result.failures.length - shown.length} more (use --verbose, or see the index).`);
    }
    printWarnings(result, out, verbose);
}
function printComparison(result, out, verbose) {
    if (!result.comparison)
        return;
    out(result.comparison.headline);
    for (const change of result.comparison.operations
        .filter(op => op.change !== 'unchanged')
        .slice(0, verbose ? undefined : 20)) {
        out(`  ${change.change.padEnd(7)} ${change.operation} [${change.services.join(', ')}]${change.kinds.length ? ` ${change.kinds.join(', ')}` : ''}`);
    }
}
function printWarnings(result, out, verbose) {
    const warnings = result.notes.filter(note => note.severity === 'warning');
    if (warnings.length === 0)
        return;
    out(`${warnings.length} warning(s)${verbose ? ':' : ' (use --verbose to list them).'}`);
    if (verbose)
        for (const warning of warnings)
            out(`  ${warning.code}: ${warning.message}`);
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
/* unused harmony export ERROR_CODES */
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
    SPEC_PARSE: 'input',
    SPEC_DUPLICATE_KEY: 'input',
    SPEC_ALIAS_BOMB: 'input',
    SPEC_TOO_DEEP: 'input',
    SPEC_NOT_OPENAPI: 'input',
    SPEC_UNSUPPORTED_VERSION: 'input',
    SPEC_PATHS_INVALID: 'input',
    REF_OUTSIDE_ROOT: 'input',
    REF_REMOTE_REFUSED: 'input',
    REF_UNRESOLVED: 'input',
    OUTPUT_NOT_WRITABLE: 'output',
    OUTPUT_ESCAPE: 'output',
    DISK_FULL: 'output',
    MERGE_INVALID: 'input',
    INTERRUPTED: 'interrupted',
    INTERNAL: 'internal'
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

/***/ 5978:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   Gv: () => (/* binding */ isObject)
/* harmony export */ });
/* unused harmony export refOf */
/** Plain JSON data as parsed from a spec, and the guards the engine uses on it. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/** The string `$ref` of a reference object, or undefined when the node is not one. */
function refOf(node) {
    if (!isObject(node))
        return undefined;
    const ref = node.$ref;
    return typeof ref === 'string' ? ref : undefined;
}


/***/ }),

/***/ 9225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kM: () => (/* binding */ countKeysInBytes),
/* harmony export */   mh: () => (/* binding */ countKeysBeside),
/* harmony export */   oP: () => (/* binding */ COUNT_BESIDE_FROM_BYTES)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The key count of a JSON text, for the duplicate-key check (parse-json.ts), made on another thread for
 * a large spec: the scan takes 25-45 ms for GitHub's 13 MB, which this thread then spends decoding and
 * parsing the text instead. Bytes are scanned, not characters: every byte of a multi-byte UTF-8
 * character is above 0x7f, so quotes, backslashes, brackets and commas are found the same way.
 */

/** From this size on, the count is made beside the parse; below it, a thread costs more than it saves. */
const COUNT_BESIDE_FROM_BYTES = 4 * 1024 * 1024;
/**
 * How many object keys the text holds (a string that opens an object or follows a comma in one). When
 * it nests deeper than `maxNesting`, -1 - the offset of the bracket too many. Self-contained, without
 * imports or outer names, because its source is what the worker runs.
 */
function countKeysInBytes(bytes, maxNesting) {
    const inObject = new Uint8Array(maxNesting + 2);
    let depth = 0;
    let keys = 0;
    let expectKey = false;
    const length = bytes.length;
    for (let i = 0; i < length; i++) {
        const byte = bytes[i];
        if (byte === 32 /* space */)
            continue;
        if (byte === 34 /* " */) {
            // The closing quote is the first one not after an odd run of backslashes.
            let j = i;
            for (;;) {
                j = bytes.indexOf(34, j + 1);
                if (j < 0) {
                    j = length;
                    break;
                }
                let backslashes = 0;
                while (bytes[j - 1 - backslashes] === 92 /* \ */)
                    backslashes++;
                if (backslashes % 2 === 0)
                    break;
            }
            i = j;
            if (expectKey)
                keys++;
            expectKey = false;
        }
        else if (byte === 123 /* { */ || byte === 91 /* [ */) {
            if (depth > maxNesting)
                return -1 - i;
            expectKey = byte === 123;
            inObject[++depth] = expectKey ? 1 : 0;
        }
        else if (byte === 125 /* } */ || byte === 93 /* ] */) {
            depth--;
            expectKey = false;
        }
        else if (byte === 44 /* , */)
            expectKey = inObject[depth] === 1;
    }
    return keys;
}
/**
 * Counts on a worker thread; undefined when the thread fails, and the caller counts itself. The worker
 * never keeps the process alive.
 */
function countKeysBeside(bytes, maxNesting) {
    // The default spec reader reads into shared memory already; other bytes are copied there once.
    let view = bytes;
    if (!(bytes.buffer instanceof SharedArrayBuffer)) {
        view = new Uint8Array(new SharedArrayBuffer(bytes.length));
        view.set(bytes);
    }
    const workerData = { bytes: view.buffer, offset: view.byteOffset, length: view.length, maxNesting };
    const source = [
        "const { parentPort, workerData: data } = require('node:worker_threads')",
        `const countKeysInBytes = ${countKeysInBytes.toString()}`,
        'const bytes = new Uint8Array(data.bytes, data.offset, data.length)',
        'parentPort.postMessage(countKeysInBytes(bytes, data.maxNesting))'
    ].join('\n');
    return new Promise(resolve => {
        try {
            const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(source, { eval: true, workerData });
            worker.unref();
            worker.once('message', (count) => resolve(count));
            worker.once('error', () => resolve(undefined));
            worker.once('exit', () => resolve(undefined));
        }
        catch {
            resolve(undefined);
        }
    });
}


/***/ }),

/***/ 3197:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ MAX_NESTING),
  q: () => (/* binding */ parseJson)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __nccwpck_require__(7679);
// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __nccwpck_require__(8227);
// EXTERNAL MODULE: ./src/engine/load/count-keys.ts
var count_keys = __nccwpck_require__(9225);
;// CONCATENATED MODULE: ./src/engine/load/text-position.ts
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: end - lineStart + 1 };
}

;// CONCATENATED MODULE: ./src/engine/load/parse-json.ts
/**
 * JSON input: `JSON.parse` for the data (fast), plus a check for duplicate keys, which `JSON.parse`
 * would silently collapse: the keys in the text are counted (count-keys.ts; on another thread for a
 * large spec) against those parsed, and only when the counts differ does a slower scan find the
 * duplicate to report it. Where the shallow keys are (so operations can be located by line) is recorded
 * by a second scan, only when something is first located: most runs never locate anything, and on large
 * documents the positions cost more memory than the scan costs time.
 */




/** Keys this deep (paths → path → method → field) are located; deeper pointers use their nearest parent. */
const LOCATED_DEPTH = 4;
/** Nesting beyond this is refused: no real OpenAPI document comes near it. */
const MAX_NESTING = 1000;
/**
 * @param keysInText the text's key count, when another thread is making it (count-keys.ts). When that
 *   gives nothing, or a negative count (the text nests too deep), it is counted here.
 */
async function parseJson(text, file, keysInText) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw jsonSyntaxError(text, file, error);
    }
    // Duplicates collapse in the parse, so a document without them has as many keys as its text. Only
    // when the counts differ does the slower scan look for the duplicate, to report it.
    const tree = surveyTree(data);
    let keys = await keysInText;
    if (keys === undefined || keys < 0) {
        // Counted here, from the text's own bytes, so a refusal names the place in it.
        const bytes = Buffer.from(text, 'utf8');
        keys = (0,count_keys/* countKeysInBytes */.kM)(bytes, MAX_NESTING);
        if (keys < 0) {
            // The offset is in bytes; the text before it, decoded, gives the place in characters.
            const offset = bytes.toString('utf8', 0, -1 - keys).length;
            throw new errors/* SliceOasError */.M$('SPEC_TOO_DEEP', `The spec nests more than ${MAX_NESTING} levels deep, which no OpenAPI document needs; it was refused.`, { file, ...positionAt(text, offset) });
        }
    }
    if (keys !== tree.keys)
        scanJson(text, file, undefined);
    let positions;
    return {
        data,
        externalRefs: tree.externalRefs,
        positionOf(pointer) {
            if (!positions) {
                positions = new Map();
                scanJson(text, file, positions);
            }
            return positions.get(pointer);
        }
    };
}
function jsonSyntaxError(text, file, error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const offset = /position (\d+)/.exec(message);
    const where = lineColumn
        ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
        : offset
            ? positionAt(text, Number(offset[1]))
            : undefined;
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+.*$/, '');
    return new errors/* SliceOasError */.M$('SPEC_PARSE', `The spec is not valid JSON: ${reason}. Fix the syntax at that place.`, {
        file,
        ...where
    });
}
/**
 * How many keys the parsed objects hold, and whether a `$ref` among them points outside the document.
 * Walked without recursion: the nesting is checked only after this walk, by the count of the text.
 */
function surveyTree(data) {
    let keys = 0;
    let externalRefs = false;
    const stack = [data];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        if (Array.isArray(node)) {
            for (const child of node)
                if (typeof child === 'object')
                    stack.push(child);
            continue;
        }
        for (const key in node) {
            keys++;
            const child = node[key];
            if (typeof child === 'object')
                stack.push(child);
            else if (key === '$ref' && typeof child === 'string' && !child.startsWith('#'))
                externalRefs = true;
        }
    }
    return { keys, externalRefs };
}
/** Where the string opened at `open` closes: the first quote not after an odd run of backslashes. */
function closingQuote(text, open) {
    let j = open;
    for (;;) {
        j = text.indexOf('"', j + 1);
        if (j < 0)
            return text.length;
        let backslashes = 0;
        while (text.charCodeAt(j - 1 - backslashes) === 92 /* \ */)
            backslashes++;
        if (backslashes % 2 === 0)
            return j;
    }
}
/** The pointer of the key being read, from the keys and indexes above it. */
function pointerOf(stack, key) {
    let pointer = '';
    for (let level = 0; level < stack.length - 1; level++) {
        const frame = stack[level];
        pointer += '/' + (frame.isObject ? (0,engine_pointer/* escapeToken */.tj)(frame.pendingKey) : String(frame.index));
    }
    return `${pointer}/${(0,engine_pointer/* escapeToken */.tj)(key)}`;
}
/**
 * Finds the first duplicate key or, given a map, records the positions of the shallow keys in it. Strings
 * are skipped with `indexOf` (JSON strings hold no raw line breaks, so lines are still counted right).
 * It runs only after the key count, which has refused a text nested too deep.
 */
function scanJson(text, file, positions) {
    const stack = [];
    let line = 1;
    let lineStart = 0;
    let expectKey = false;
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const ch = text.charCodeAt(i);
        // Most characters outside strings are indentation: let them through first.
        if (ch === 32 /* space */)
            continue;
        if (ch === 10 /* \n */) {
            line++;
            lineStart = i + 1;
        }
        else if (ch === 34 /* " */) {
            const j = closingQuote(text, i);
            const frame = stack[stack.length - 1];
            // Recording follows a scan that found no duplicate, so it reads only the keys it records.
            if (frame?.isObject && expectKey && (!positions || stack.length <= LOCATED_DEPTH)) {
                // A key with any escape (\", \\, \u0061 …) is read as JSON reads it.
                const raw = text.slice(i + 1, j);
                const key = raw.includes('\\') ? JSON.parse(text.slice(i, j + 1)) : raw;
                const column = i - lineStart + 1;
                if (positions)
                    positions.set(pointerOf(stack, key), { line, column });
                else if (frame.keys.has(key)) {
                    throw new errors/* SliceOasError */.M$('SPEC_DUPLICATE_KEY', `The key "${key}" appears twice in one object; JSON parsers disagree on which one wins. Remove one of them.`, { file, line, column, pointer: pointerOf(stack, key) });
                }
                else
                    frame.keys.add(key);
                frame.pendingKey = key;
            }
            expectKey = false;
            i = j;
        }
        else if (ch === 123 /* { */ || ch === 91 /* [ */) {
            const isObject = ch === 123;
            stack.push({ isObject, keys: isObject && !positions ? new Set() : undefined, index: 0, pendingKey: '' });
            expectKey = isObject;
        }
        else if (ch === 125 /* } */ || ch === 93 /* ] */) {
            stack.pop();
            expectKey = false;
        }
        else if (ch === 44 /* , */) {
            const frame = stack[stack.length - 1];
            if (frame.isObject)
                expectKey = true;
            else
                frame.index++;
        }
    }
}


/***/ }),

/***/ 8227:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ formatPointer),
/* harmony export */   ko: () => (/* binding */ unescapeToken),
/* harmony export */   po: () => (/* binding */ pointerText),
/* harmony export */   qL: () => (/* binding */ derefLocal),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   tj: () => (/* binding */ escapeToken),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/* unused harmony exports parseRef, isLocalRef, startsWithTokens */
/* harmony import */ var _json_value_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5978);
/**
 * The one module for JSON pointers and `$ref` strings (RFC 6901 with URI fragment percent-encoding).
 * Nothing else in the engine splits a pointer by hand.
 */

function unescapeToken(token) {
    return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}
function escapeToken(token) {
    return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}
function percentDecode(text) {
    if (!text.includes('%'))
        return text;
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * Parsed fragments, since the same few thousand refs are parsed again for every slice that holds them.
 * Bounded, so a run over arbitrary strings cannot grow it without end.
 */
const parsed = new Map();
const PARSED_LIMIT = 100_000;
/**
 * Parses a fragment such as `/components/schemas/a~1b` (with or without the leading `#`). The tokens are
 * shared between callers: copy them before changing them.
 */
function parsePointer(fragment) {
    let tokens = parsed.get(fragment);
    if (tokens !== undefined || parsed.has(fragment))
        return tokens;
    const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
    if (body === '')
        tokens = [];
    else if (body.startsWith('/')) {
        // Decoded in place, not with map: map's result is a holey array, and every loop over tokens would
        // then meet two kinds of array (token lists are also written as literals) and be compiled twice.
        const decoded = body.slice(1).split('/');
        for (let i = 0; i < decoded.length; i++)
            decoded[i] = unescapeToken(percentDecode(decoded[i]));
        tokens = decoded;
    }
    if (parsed.size >= PARSED_LIMIT)
        parsed.clear();
    parsed.set(fragment, tokens);
    return tokens;
}
/** Formats tokens as a local `$ref`: `#/components/schemas/a~1b`. `%` is encoded so it survives decoding. */
function formatPointer(tokens) {
    let out = '#';
    for (const token of tokens) {
        const escaped = escapeToken(token);
        out += '/' + (escaped.includes('%') ? escaped.replace(/%/g, '%25') : escaped);
    }
    return out;
}
/** A pointer for messages and locations, without the `#`. */
function pointerText(tokens) {
    return formatPointer(tokens).slice(1);
}
function parseRef(ref) {
    const hash = ref.indexOf('#');
    if (hash < 0)
        return { uri: ref, tokens: [] };
    return { uri: ref.slice(0, hash), tokens: parsePointer(ref.slice(hash + 1)) };
}
function isLocalRef(ref) {
    return ref.startsWith('#');
}
/** The value at the pointer, or undefined when any step is missing. Own properties only. */
function getAt(root, tokens) {
    let node = root;
    for (const token of tokens) {
        if (Array.isArray(node)) {
            if (!/^(0|[1-9]\d*)$/.test(token))
                return undefined;
            node = node[Number(token)];
        }
        else if ((0,_json_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(node)) {
            if (!(0,_json_value_js__WEBPACK_IMPORTED_MODULE_0__/* .hasOwn */ .$3)(node, token))
                return undefined;
            node = node[token];
        }
        else {
            return undefined;
        }
        if (node === undefined)
            return undefined;
    }
    return node;
}
function startsWithTokens(tokens, prefix) {
    if (prefix.length > tokens.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (tokens[i] !== prefix[i])
            return false;
    return true;
}
/** Follows a chain of local `$ref`s (at most 64 hops) to what it designates, or undefined when it dangles. */
function derefLocal(root, node) {
    let current = node;
    for (let hops = 0; hops < 64 && (0,_json_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(current) && typeof current.$ref === 'string'; hops++) {
        const tokens = current.$ref.startsWith('#') ? parsePointer(current.$ref) : undefined;
        current = tokens ? getAt(root, tokens) : undefined;
    }
    return (0,_json_value_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(current) && typeof current.$ref === 'string' ? undefined : current;
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

/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// Generated by scripts/generate-validators.mjs from the OpenAPI 3.0 schema of
// @seriousme/openapi-schema-validator (https://spec.openapis.org/oas/3.0/schema/2021-09-28). Do not edit.

exports.skeleton = validate136;
const schema40 = {"description":"The description of OpenAPI v3.0.x documents, as defined by https://spec.openapis.org/oas/v3.0.3","type":"object","required":["openapi","info","paths"],"properties":{"openapi":{"type":"string","pattern":"^3\\.0\\.\\d(-.+)?$"},"info":{"$ref":"#/definitions/Info"},"externalDocs":{"$ref":"#/definitions/ExternalDocumentation"},"servers":{"type":"array","items":{"$ref":"#/definitions/Server"}},"security":{"type":"array","items":{"$ref":"#/definitions/SecurityRequirement"}},"tags":{"type":"array","items":{"$ref":"#/definitions/Tag"},"uniqueItems":true},"paths":{"$ref":"#/definitions/Paths"},"components":{"type":"object","properties":{"schemas":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}},"responses":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}},"parameters":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}},"examples":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}},"requestBodies":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}},"headers":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}},"securitySchemes":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}},"links":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}},"callbacks":{"type":"object","patternProperties":{"^[a-zA-Z0-9\\.\\-_]+$":true}}},"patternProperties":{"^x-":{}},"additionalProperties":false}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^3\\.0\\.\\d(-.+)?$", "u");
const schema1 = {"type":"object","required":["title","version"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"termsOfService":{"type":"string","format":"uri-reference"},"contact":{"$ref":"#/definitions/Contact"},"license":{"$ref":"#/definitions/License"},"version":{"type":"string"}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const formats0 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const schema2 = {"type":"object","properties":{"name":{"type":"string"},"url":{"type":"string","format":"uri-reference"},"email":{"type":"string","format":"email"}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const formats4 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "url")) || (key0 === "email")) || (pattern0.test(key0)))){
validate2.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate2.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate2.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate2.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data2 = data.email;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats4.test(data2))){
validate2.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate2.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate2.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate2.errors = vErrors;
return errors === 0;
}

const schema3 = {"type":"object","required":["name"],"properties":{"name":{"type":"string"},"url":{"type":"string","format":"uri-reference"}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate4.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "url")) || (pattern0.test(key0)))){
validate4.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate4.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate4.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate4.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate4.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate4.errors = vErrors;
return errors === 0;
}


function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.title === undefined) && (missing0 = "title")) || ((data.version === undefined) && (missing0 = "version"))){
validate1.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "title") || (key0 === "description")) || (key0 === "termsOfService")) || (key0 === "contact")) || (key0 === "license")) || (key0 === "version")) || (pattern0.test(key0)))){
validate1.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.title !== undefined){
const _errs2 = errors;
if(typeof data.title !== "string"){
validate1.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate1.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.termsOfService !== undefined){
let data2 = data.termsOfService;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate1.errors = [{instancePath:instancePath+"/termsOfService",schemaPath:"#/properties/termsOfService/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate1.errors = [{instancePath:instancePath+"/termsOfService",schemaPath:"#/properties/termsOfService/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contact !== undefined){
const _errs8 = errors;
if(!(validate2(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.license !== undefined){
const _errs9 = errors;
if(!(validate4(data.license, {instancePath:instancePath+"/license",parentData:data,parentDataProperty:"license",rootData}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
const _errs10 = errors;
if(typeof data.version !== "string"){
validate1.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate1.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate1.errors = vErrors;
return errors === 0;
}

const schema4 = {"type":"object","required":["url"],"properties":{"description":{"type":"string"},"url":{"type":"string","format":"uri-reference"}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.url === undefined) && (missing0 = "url")){
validate7.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "description") || (key0 === "url")) || (pattern0.test(key0)))){
validate7.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.description !== undefined){
const _errs2 = errors;
if(typeof data.description !== "string"){
validate7.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate7.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate7.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate7.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate7.errors = vErrors;
return errors === 0;
}

const schema5 = {"type":"object","required":["url"],"properties":{"url":{"type":"string"},"description":{"type":"string"},"variables":{"type":"object","additionalProperties":{"$ref":"#/definitions/ServerVariable"}}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const schema6 = {"type":"object","required":["default"],"properties":{"enum":{"type":"array","items":{"type":"string"}},"default":{"type":"string"},"description":{"type":"string"}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.default === undefined) && (missing0 = "default")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "enum") || (key0 === "default")) || (key0 === "description")) || (pattern0.test(key0)))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.enum !== undefined){
let data0 = data.enum;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(typeof data0[i0] !== "string"){
validate10.errors = [{instancePath:instancePath+"/enum/" + i0,schemaPath:"#/properties/enum/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.default !== undefined){
const _errs6 = errors;
if(typeof data.default !== "string"){
validate10.errors = [{instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs8 = errors;
if(typeof data.description !== "string"){
validate10.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}


function validate9(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.url === undefined) && (missing0 = "url")){
validate9.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "url") || (key0 === "description")) || (key0 === "variables")) || (pattern0.test(key0)))){
validate9.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.url !== undefined){
const _errs2 = errors;
if(typeof data.url !== "string"){
validate9.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate9.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.variables !== undefined){
let data2 = data.variables;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs9 = errors;
if(!(validate10(data2[key1], {instancePath:instancePath+"/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate9.errors = [{instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate9.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate9.errors = vErrors;
return errors === 0;
}

const schema7 = {"type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(typeof data0[i0] !== "string"){
validate13.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

const schema8 = {"type":"object","required":["name"],"properties":{"name":{"type":"string"},"description":{"type":"string"},"externalDocs":{"$ref":"#/definitions/ExternalDocumentation"}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "description")) || (key0 === "externalDocs")) || (pattern0.test(key0)))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate15.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate15.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDocs !== undefined){
const _errs6 = errors;
if(!(validate7(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

const schema9 = {"type":"object","patternProperties":{"^\\/":{"$ref":"#/definitions/PathItem"},"^x-":{}},"additionalProperties":false};
const pattern9 = new RegExp("^\\/", "u");
const schema10 = {"type":"object","properties":{"$ref":{"type":"string"},"summary":{"type":"string"},"description":{"type":"string"},"servers":{"type":"array","items":{"$ref":"#/definitions/Server"}},"parameters":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Parameter"},{"$ref":"#/definitions/Reference"}]},"uniqueItems":true}},"patternProperties":{"^(get|put|post|delete|options|head|patch|trace)$":{"$ref":"#/definitions/Operation"},"^x-":{}},"additionalProperties":false};
const pattern12 = new RegExp("^(get|put|post|delete|options|head|patch|trace)$", "u");
const schema11 = {"type":"object","properties":{"name":{"type":"string"},"in":{"type":"string"},"description":{"type":"string"},"required":{"type":"boolean","default":false},"deprecated":{"type":"boolean","default":false},"allowEmptyValue":{"type":"boolean","default":false},"style":{"type":"string"},"explode":{"type":"boolean"},"allowReserved":{"type":"boolean","default":false},"schema":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]},"content":{"type":"object","additionalProperties":{"$ref":"#/definitions/MediaType"},"minProperties":1,"maxProperties":1},"example":{},"examples":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/Example"},{"$ref":"#/definitions/Reference"}]}}},"patternProperties":{"^x-":{}},"additionalProperties":false,"required":["name","in"],"allOf":[{"$ref":"#/definitions/ExampleXORExamples"},{"$ref":"#/definitions/SchemaXORContent"},{"$ref":"#/definitions/ParameterLocation"}]};
const schema12 = {"description":"Example and examples are mutually exclusive","not":{"required":["example","examples"]}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.example === undefined) && (missing0 = "example")) || ((data.examples === undefined) && (missing0 = "examples"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(valid0){
validate22.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
return errors === 0;
}

const schema13 = {"description":"Schema and content are mutually exclusive, at least one is required","not":{"required":["schema","content"]},"oneOf":[{"required":["schema"]},{"required":["content"],"description":"Some properties are not allowed if content is present","allOf":[{"not":{"required":["style"]}},{"not":{"required":["explode"]}},{"not":{"required":["allowReserved"]}},{"not":{"required":["example"]}},{"not":{"required":["examples"]}}]}]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.schema === undefined) && (missing0 = "schema")) || ((data.content === undefined) && (missing0 = "content"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(valid0){
validate24.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
const _errs2 = errors;
let valid1 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.schema === undefined) && (missing1 = "schema")){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs4 = errors;
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.style === undefined) && (missing2 = "style")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid3 = _errs7 === errors;
if(valid3){
const err3 = {instancePath,schemaPath:"#/oneOf/1/allOf/0/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.explode === undefined) && (missing3 = "explode")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid4 = _errs10 === errors;
if(valid4){
const err5 = {instancePath,schemaPath:"#/oneOf/1/allOf/1/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs8 === errors;
if(valid2){
const _errs11 = errors;
const _errs12 = errors;
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.allowReserved === undefined) && (missing4 = "allowReserved")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var valid5 = _errs13 === errors;
if(valid5){
const err7 = {instancePath,schemaPath:"#/oneOf/1/allOf/2/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs11 === errors;
if(valid2){
const _errs14 = errors;
const _errs15 = errors;
const _errs16 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.example === undefined) && (missing5 = "example")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var valid6 = _errs16 === errors;
if(valid6){
const err9 = {instancePath,schemaPath:"#/oneOf/1/allOf/3/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs14 === errors;
if(valid2){
const _errs17 = errors;
const _errs18 = errors;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.examples === undefined) && (missing6 = "examples")){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid7 = _errs19 === errors;
if(valid7){
const err11 = {instancePath,schemaPath:"#/oneOf/1/allOf/4/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs17 === errors;
}
}
}
}
if(errors === _errs4){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.content === undefined) && (missing7 = "content")){
const err12 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err13 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
validate24.errors = vErrors;
return errors === 0;
}

const schema14 = {"description":"Parameter location","oneOf":[{"description":"Parameter in path","required":["required"],"properties":{"in":{"enum":["path"]},"style":{"enum":["matrix","label","simple"],"default":"simple"},"required":{"enum":[true]}}},{"description":"Parameter in query","properties":{"in":{"enum":["query"]},"style":{"enum":["form","spaceDelimited","pipeDelimited","deepObject"],"default":"form"}}},{"description":"Parameter in header","properties":{"in":{"enum":["header"]},"style":{"enum":["simple"],"default":"simple"}}},{"description":"Parameter in cookie","properties":{"in":{"enum":["cookie"]},"style":{"enum":["form"],"default":"form"}}}]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.required === undefined) && (missing0 = "required")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.in !== undefined){
const _errs2 = errors;
if(!(data.in === "path")){
const err1 = {instancePath:instancePath+"/in",schemaPath:"#/oneOf/0/properties/in/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[0].properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.style !== undefined){
let data1 = data.style;
const _errs3 = errors;
if(!(((data1 === "matrix") || (data1 === "label")) || (data1 === "simple"))){
const err2 = {instancePath:instancePath+"/style",schemaPath:"#/oneOf/0/properties/style/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[0].properties.style.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.required !== undefined){
const _errs4 = errors;
if(!(data.required === true)){
const err3 = {instancePath:instancePath+"/required",schemaPath:"#/oneOf/0/properties/required/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[0].properties.required.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in !== undefined){
const _errs6 = errors;
if(!(data.in === "query")){
const err4 = {instancePath:instancePath+"/in",schemaPath:"#/oneOf/1/properties/in/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[1].properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.style !== undefined){
let data4 = data.style;
const _errs7 = errors;
if(!((((data4 === "form") || (data4 === "spaceDelimited")) || (data4 === "pipeDelimited")) || (data4 === "deepObject"))){
const err5 = {instancePath:instancePath+"/style",schemaPath:"#/oneOf/1/properties/style/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[1].properties.style.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid2 = _errs7 === errors;
}
else {
var valid2 = true;
}
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in !== undefined){
const _errs9 = errors;
if(!(data.in === "header")){
const err6 = {instancePath:instancePath+"/in",schemaPath:"#/oneOf/2/properties/in/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[2].properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid3 = _errs9 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.style !== undefined){
const _errs10 = errors;
if(!(data.style === "simple")){
const err7 = {instancePath:instancePath+"/style",schemaPath:"#/oneOf/2/properties/style/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[2].properties.style.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
}
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in !== undefined){
const _errs12 = errors;
if(!(data.in === "cookie")){
const err8 = {instancePath:instancePath+"/in",schemaPath:"#/oneOf/3/properties/in/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[3].properties.in.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid4 = _errs12 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.style !== undefined){
const _errs13 = errors;
if(!(data.style === "form")){
const err9 = {instancePath:instancePath+"/style",schemaPath:"#/oneOf/3/properties/style/enum",keyword:"enum",params:{allowedValues: schema14.oneOf[3].properties.style.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
}
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
validate26.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate26.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"object","properties":{"title":{"type":"string"},"multipleOf":{"type":"number","minimum":0,"exclusiveMinimum":true},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"boolean","default":false},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"boolean","default":false},"maxLength":{"type":"integer","minimum":0},"minLength":{"type":"integer","minimum":0,"default":0},"pattern":{"type":"string","format":"regex"},"maxItems":{"type":"integer","minimum":0},"minItems":{"type":"integer","minimum":0,"default":0},"uniqueItems":{"type":"boolean","default":false},"maxProperties":{"type":"integer","minimum":0},"minProperties":{"type":"integer","minimum":0,"default":0},"required":{"type":"array","items":{"type":"string"},"minItems":1,"uniqueItems":true},"enum":{"type":"array","items":{},"minItems":1,"uniqueItems":false},"type":{"type":"string","enum":["array","boolean","integer","number","object","string"]},"not":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]},"allOf":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]}},"oneOf":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]}},"anyOf":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]}},"items":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]},"properties":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]}},"additionalProperties":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"},{"type":"boolean"}],"default":true},"description":{"type":"string"},"format":{"type":"string"},"default":{},"nullable":{"type":"boolean","default":false},"discriminator":{"$ref":"#/definitions/Discriminator"},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"example":{},"externalDocs":{"$ref":"#/definitions/ExternalDocumentation"},"deprecated":{"type":"boolean","default":false},"xml":{"$ref":"#/definitions/XML"}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
const formats10 = (__nccwpck_require__(779)/* .fullFormats */ .U9).regex;
const wrapper0 = {validate: validate28};
const schema16 = {"type":"object","required":["$ref"],"patternProperties":{"^\\$ref$":{"type":"string","format":"uri-reference"}}};
const pattern16 = new RegExp("^\\$ref$", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
var valid0 = true;
for(const key0 in data){
if(pattern16.test(key0)){
let data0 = data[key0];
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate29.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24ref%24/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate29.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5C%24ref%24/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"object","required":["propertyName"],"properties":{"propertyName":{"type":"string"},"mapping":{"type":"object","additionalProperties":{"type":"string"}}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.propertyName === undefined) && (missing0 = "propertyName")){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.propertyName !== undefined){
const _errs1 = errors;
if(typeof data.propertyName !== "string"){
validate37.errors = [{instancePath:instancePath+"/propertyName",schemaPath:"#/properties/propertyName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mapping !== undefined){
let data1 = data.mapping;
const _errs3 = errors;
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const _errs6 = errors;
if(typeof data1[key0] !== "string"){
validate37.errors = [{instancePath:instancePath+"/mapping/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/mapping/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate37.errors = [{instancePath:instancePath+"/mapping",schemaPath:"#/properties/mapping/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","properties":{"name":{"type":"string"},"namespace":{"type":"string","format":"uri"},"prefix":{"type":"string"},"attribute":{"type":"boolean","default":false},"wrapped":{"type":"boolean","default":false}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const formats14 = (__nccwpck_require__(779)/* .fullFormats */ .U9).uri;

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "namespace")) || (key0 === "prefix")) || (key0 === "attribute")) || (key0 === "wrapped")) || (pattern0.test(key0)))){
validate40.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate40.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.namespace !== undefined){
let data1 = data.namespace;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats14(data1))){
validate40.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate40.errors = [{instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.prefix !== undefined){
const _errs6 = errors;
if(typeof data.prefix !== "string"){
validate40.errors = [{instancePath:instancePath+"/prefix",schemaPath:"#/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.attribute !== undefined){
const _errs8 = errors;
if(typeof data.attribute !== "boolean"){
validate40.errors = [{instancePath:instancePath+"/attribute",schemaPath:"#/properties/attribute/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.wrapped !== undefined){
const _errs10 = errors;
if(typeof data.wrapped !== "boolean"){
validate40.errors = [{instancePath:instancePath+"/wrapped",schemaPath:"#/properties/wrapped/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((func1.call(schema15.properties, key0)) || (pattern0.test(key0)))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.title !== undefined){
const _errs2 = errors;
if(typeof data.title !== "string"){
validate28.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.multipleOf !== undefined){
let data1 = data.multipleOf;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 <= 0 || isNaN(data1)){
validate28.errors = [{instancePath:instancePath+"/multipleOf",schemaPath:"#/properties/multipleOf/minimum",keyword:"minimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/multipleOf",schemaPath:"#/properties/multipleOf/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maximum !== undefined){
const _errs6 = errors;
if(!(typeof data.maximum == "number")){
validate28.errors = [{instancePath:instancePath+"/maximum",schemaPath:"#/properties/maximum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exclusiveMaximum !== undefined){
const _errs8 = errors;
if(typeof data.exclusiveMaximum !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/exclusiveMaximum",schemaPath:"#/properties/exclusiveMaximum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minimum !== undefined){
const _errs10 = errors;
if(!(typeof data.minimum == "number")){
validate28.errors = [{instancePath:instancePath+"/minimum",schemaPath:"#/properties/minimum/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exclusiveMinimum !== undefined){
const _errs12 = errors;
if(typeof data.exclusiveMinimum !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/exclusiveMinimum",schemaPath:"#/properties/exclusiveMinimum/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxLength !== undefined){
let data6 = data.maxLength;
const _errs14 = errors;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
validate28.errors = [{instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if(typeof data6 == "number"){
if(data6 < 0 || isNaN(data6)){
validate28.errors = [{instancePath:instancePath+"/maxLength",schemaPath:"#/properties/maxLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minLength !== undefined){
let data7 = data.minLength;
const _errs16 = errors;
if(!((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7)))){
validate28.errors = [{instancePath:instancePath+"/minLength",schemaPath:"#/properties/minLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if(typeof data7 == "number"){
if(data7 < 0 || isNaN(data7)){
validate28.errors = [{instancePath:instancePath+"/minLength",schemaPath:"#/properties/minLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pattern !== undefined){
let data8 = data.pattern;
const _errs18 = errors;
if(errors === _errs18){
if(errors === _errs18){
if(typeof data8 === "string"){
if(!(formats10(data8))){
validate28.errors = [{instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/format",keyword:"format",params:{format: "regex"},message:"must match format \""+"regex"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/pattern",schemaPath:"#/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxItems !== undefined){
let data9 = data.maxItems;
const _errs20 = errors;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
validate28.errors = [{instancePath:instancePath+"/maxItems",schemaPath:"#/properties/maxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if(typeof data9 == "number"){
if(data9 < 0 || isNaN(data9)){
validate28.errors = [{instancePath:instancePath+"/maxItems",schemaPath:"#/properties/maxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minItems !== undefined){
let data10 = data.minItems;
const _errs22 = errors;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
validate28.errors = [{instancePath:instancePath+"/minItems",schemaPath:"#/properties/minItems/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs22){
if(typeof data10 == "number"){
if(data10 < 0 || isNaN(data10)){
validate28.errors = [{instancePath:instancePath+"/minItems",schemaPath:"#/properties/minItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.uniqueItems !== undefined){
const _errs24 = errors;
if(typeof data.uniqueItems !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/uniqueItems",schemaPath:"#/properties/uniqueItems/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.maxProperties !== undefined){
let data12 = data.maxProperties;
const _errs26 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
validate28.errors = [{instancePath:instancePath+"/maxProperties",schemaPath:"#/properties/maxProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if(typeof data12 == "number"){
if(data12 < 0 || isNaN(data12)){
validate28.errors = [{instancePath:instancePath+"/maxProperties",schemaPath:"#/properties/maxProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.minProperties !== undefined){
let data13 = data.minProperties;
const _errs28 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
validate28.errors = [{instancePath:instancePath+"/minProperties",schemaPath:"#/properties/minProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate28.errors = [{instancePath:instancePath+"/minProperties",schemaPath:"#/properties/minProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.required !== undefined){
let data14 = data.required;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data14)){
if(data14.length < 1){
validate28.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
const _errs32 = errors;
if(typeof data14[i0] !== "string"){
validate28.errors = [{instancePath:instancePath+"/required/" + i0,schemaPath:"#/properties/required/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs32 === errors;
if(!valid1){
break;
}
}
if(valid1){
let i1 = data14.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data14[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
validate28.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"}];
return false;
break;
}
indices0[item0] = i1;
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.enum !== undefined){
let data16 = data.enum;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data16)){
if(data16.length < 1){
validate28.errors = [{instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data17 = data.type;
const _errs36 = errors;
if(typeof data17 !== "string"){
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data17 === "array") || (data17 === "boolean")) || (data17 === "integer")) || (data17 === "number")) || (data17 === "object")) || (data17 === "string"))){
validate28.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema15.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.not !== undefined){
let data18 = data.not;
const _errs38 = errors;
const _errs39 = errors;
let valid3 = false;
let passing0 = null;
const _errs40 = errors;
if(!(wrapper0.validate(data18, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid0 = _errs40 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs41 = errors;
if(!(validate29(data18, {instancePath:instancePath+"/not",parentData:data,parentDataProperty:"not",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs41 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err0 = {instancePath:instancePath+"/not",schemaPath:"#/properties/not/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allOf !== undefined){
let data19 = data.allOf;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data19)){
var valid4 = true;
const len1 = data19.length;
for(let i2=0; i2<len1; i2++){
let data20 = data19[i2];
const _errs44 = errors;
const _errs45 = errors;
let valid5 = false;
let passing1 = null;
const _errs46 = errors;
if(!(wrapper0.validate(data20, {instancePath:instancePath+"/allOf/" + i2,parentData:data19,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid1 = _errs46 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs47 = errors;
if(!(validate29(data20, {instancePath:instancePath+"/allOf/" + i2,parentData:data19,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs47 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err1 = {instancePath:instancePath+"/allOf/" + i2,schemaPath:"#/properties/allOf/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs44 === errors;
if(!valid4){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/allOf",schemaPath:"#/properties/allOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.oneOf !== undefined){
let data21 = data.oneOf;
const _errs48 = errors;
if(errors === _errs48){
if(Array.isArray(data21)){
var valid6 = true;
const len2 = data21.length;
for(let i3=0; i3<len2; i3++){
let data22 = data21[i3];
const _errs50 = errors;
const _errs51 = errors;
let valid7 = false;
let passing2 = null;
const _errs52 = errors;
if(!(wrapper0.validate(data22, {instancePath:instancePath+"/oneOf/" + i3,parentData:data21,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid2 = _errs52 === errors;
if(_valid2){
valid7 = true;
passing2 = 0;
}
const _errs53 = errors;
if(!(validate29(data22, {instancePath:instancePath+"/oneOf/" + i3,parentData:data21,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid2 = _errs53 === errors;
if(_valid2 && valid7){
valid7 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid7 = true;
passing2 = 1;
}
}
if(!valid7){
const err2 = {instancePath:instancePath+"/oneOf/" + i3,schemaPath:"#/properties/oneOf/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs50 === errors;
if(!valid6){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/oneOf",schemaPath:"#/properties/oneOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.anyOf !== undefined){
let data23 = data.anyOf;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data23)){
var valid8 = true;
const len3 = data23.length;
for(let i4=0; i4<len3; i4++){
let data24 = data23[i4];
const _errs56 = errors;
const _errs57 = errors;
let valid9 = false;
let passing3 = null;
const _errs58 = errors;
if(!(wrapper0.validate(data24, {instancePath:instancePath+"/anyOf/" + i4,parentData:data23,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid3 = _errs58 === errors;
if(_valid3){
valid9 = true;
passing3 = 0;
}
const _errs59 = errors;
if(!(validate29(data24, {instancePath:instancePath+"/anyOf/" + i4,parentData:data23,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid3 = _errs59 === errors;
if(_valid3 && valid9){
valid9 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid9 = true;
passing3 = 1;
}
}
if(!valid9){
const err3 = {instancePath:instancePath+"/anyOf/" + i4,schemaPath:"#/properties/anyOf/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs56 === errors;
if(!valid8){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/anyOf",schemaPath:"#/properties/anyOf/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.items !== undefined){
let data25 = data.items;
const _errs60 = errors;
const _errs61 = errors;
let valid10 = false;
let passing4 = null;
const _errs62 = errors;
if(!(wrapper0.validate(data25, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid4 = _errs62 === errors;
if(_valid4){
valid10 = true;
passing4 = 0;
}
const _errs63 = errors;
if(!(validate29(data25, {instancePath:instancePath+"/items",parentData:data,parentDataProperty:"items",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid4 = _errs63 === errors;
if(_valid4 && valid10){
valid10 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid10 = true;
passing4 = 1;
}
}
if(!valid10){
const err4 = {instancePath:instancePath+"/items",schemaPath:"#/properties/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs61;
if(vErrors !== null){
if(_errs61){
vErrors.length = _errs61;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.properties !== undefined){
let data26 = data.properties;
const _errs64 = errors;
if(errors === _errs64){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key1 in data26){
let data27 = data26[key1];
const _errs67 = errors;
const _errs68 = errors;
let valid12 = false;
let passing5 = null;
const _errs69 = errors;
if(!(wrapper0.validate(data27, {instancePath:instancePath+"/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data26,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid5 = _errs69 === errors;
if(_valid5){
valid12 = true;
passing5 = 0;
}
const _errs70 = errors;
if(!(validate29(data27, {instancePath:instancePath+"/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data26,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid5 = _errs70 === errors;
if(_valid5 && valid12){
valid12 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid12 = true;
passing5 = 1;
}
}
if(!valid12){
const err5 = {instancePath:instancePath+"/properties/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/properties/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
}
var valid11 = _errs67 === errors;
if(!valid11){
break;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/properties",schemaPath:"#/properties/properties/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.additionalProperties !== undefined){
let data28 = data.additionalProperties;
const _errs71 = errors;
const _errs72 = errors;
let valid13 = false;
let passing6 = null;
const _errs73 = errors;
if(!(wrapper0.validate(data28, {instancePath:instancePath+"/additionalProperties",parentData:data,parentDataProperty:"additionalProperties",rootData}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
var _valid6 = _errs73 === errors;
if(_valid6){
valid13 = true;
passing6 = 0;
}
const _errs74 = errors;
if(!(validate29(data28, {instancePath:instancePath+"/additionalProperties",parentData:data,parentDataProperty:"additionalProperties",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid6 = _errs74 === errors;
if(_valid6 && valid13){
valid13 = false;
passing6 = [passing6, 1];
}
else {
if(_valid6){
valid13 = true;
passing6 = 1;
}
const _errs75 = errors;
if(typeof data28 !== "boolean"){
const err6 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/oneOf/2/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid6 = _errs75 === errors;
if(_valid6 && valid13){
valid13 = false;
passing6 = [passing6, 2];
}
else {
if(_valid6){
valid13 = true;
passing6 = 2;
}
}
}
if(!valid13){
const err7 = {instancePath:instancePath+"/additionalProperties",schemaPath:"#/properties/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs77 = errors;
if(typeof data.description !== "string"){
validate28.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs77 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.format !== undefined){
const _errs79 = errors;
if(typeof data.format !== "string"){
validate28.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs79 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nullable !== undefined){
const _errs81 = errors;
if(typeof data.nullable !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/nullable",schemaPath:"#/properties/nullable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.discriminator !== undefined){
const _errs83 = errors;
if(!(validate37(data.discriminator, {instancePath:instancePath+"/discriminator",parentData:data,parentDataProperty:"discriminator",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs83 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.readOnly !== undefined){
const _errs84 = errors;
if(typeof data.readOnly !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs84 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.writeOnly !== undefined){
const _errs86 = errors;
if(typeof data.writeOnly !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/writeOnly",schemaPath:"#/properties/writeOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs86 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDocs !== undefined){
const _errs88 = errors;
if(!(validate7(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
var valid0 = _errs88 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deprecated !== undefined){
const _errs89 = errors;
if(typeof data.deprecated !== "boolean"){
validate28.errors = [{instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs89 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.xml !== undefined){
const _errs91 = errors;
if(!(validate40(data.xml, {instancePath:instancePath+"/xml",parentData:data,parentDataProperty:"xml",rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
var valid0 = _errs91 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","properties":{"schema":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]},"example":{},"examples":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/Example"},{"$ref":"#/definitions/Reference"}]}},"encoding":{"type":"object","additionalProperties":{"$ref":"#/definitions/Encoding"}}},"patternProperties":{"^x-":{}},"additionalProperties":false,"allOf":[{"$ref":"#/definitions/ExampleXORExamples"}]};
const schema20 = {"type":"object","properties":{"summary":{"type":"string"},"description":{"type":"string"},"value":{},"externalValue":{"type":"string","format":"uri-reference"}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "summary") || (key0 === "description")) || (key0 === "value")) || (key0 === "externalValue")) || (pattern0.test(key0)))){
validate48.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.summary !== undefined){
const _errs2 = errors;
if(typeof data.summary !== "string"){
validate48.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate48.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalValue !== undefined){
let data2 = data.externalValue;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate48.errors = [{instancePath:instancePath+"/externalValue",schemaPath:"#/properties/externalValue/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate48.errors = [{instancePath:instancePath+"/externalValue",schemaPath:"#/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","properties":{"contentType":{"type":"string"},"headers":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/Header"},{"$ref":"#/definitions/Reference"}]}},"style":{"type":"string","enum":["form","spaceDelimited","pipeDelimited","deepObject"]},"explode":{"type":"boolean"},"allowReserved":{"type":"boolean","default":false}},"additionalProperties":false};
const schema22 = {"type":"object","properties":{"description":{"type":"string"},"required":{"type":"boolean","default":false},"deprecated":{"type":"boolean","default":false},"allowEmptyValue":{"type":"boolean","default":false},"style":{"type":"string","enum":["simple"],"default":"simple"},"explode":{"type":"boolean"},"allowReserved":{"type":"boolean","default":false},"schema":{"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]},"content":{"type":"object","additionalProperties":{"$ref":"#/definitions/MediaType"},"minProperties":1,"maxProperties":1},"example":{},"examples":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/Example"},{"$ref":"#/definitions/Reference"}]}}},"patternProperties":{"^x-":{}},"additionalProperties":false,"allOf":[{"$ref":"#/definitions/ExampleXORExamples"},{"$ref":"#/definitions/SchemaXORContent"}]};
const wrapper7 = {validate: validate44};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs2 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs3 = errors;
for(const key0 in data){
if(!((func1.call(schema22.properties, key0)) || (pattern0.test(key0)))){
validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate52.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.required !== undefined){
const _errs6 = errors;
if(typeof data.required !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.deprecated !== undefined){
const _errs8 = errors;
if(typeof data.deprecated !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.allowEmptyValue !== undefined){
const _errs10 = errors;
if(typeof data.allowEmptyValue !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/allowEmptyValue",schemaPath:"#/properties/allowEmptyValue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.style !== undefined){
let data4 = data.style;
const _errs12 = errors;
if(typeof data4 !== "string"){
validate52.errors = [{instancePath:instancePath+"/style",schemaPath:"#/properties/style/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data4 === "simple")){
validate52.errors = [{instancePath:instancePath+"/style",schemaPath:"#/properties/style/enum",keyword:"enum",params:{allowedValues: schema22.properties.style.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.explode !== undefined){
const _errs14 = errors;
if(typeof data.explode !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/explode",schemaPath:"#/properties/explode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.allowReserved !== undefined){
const _errs16 = errors;
if(typeof data.allowReserved !== "boolean"){
validate52.errors = [{instancePath:instancePath+"/allowReserved",schemaPath:"#/properties/allowReserved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.schema !== undefined){
let data7 = data.schema;
const _errs18 = errors;
const _errs19 = errors;
let valid2 = false;
let passing0 = null;
const _errs20 = errors;
if(!(validate28(data7, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var _valid0 = _errs20 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs21 = errors;
if(!(validate29(data7, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err0 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate52.errors = vErrors;
return false;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.content !== undefined){
let data8 = data.content;
const _errs22 = errors;
if(errors === _errs22){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length > 1){
validate52.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data8).length < 1){
validate52.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
for(const key1 in data8){
const _errs25 = errors;
if(!(wrapper7.validate(data8[key1], {instancePath:instancePath+"/content/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data8,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? wrapper7.validate.errors : vErrors.concat(wrapper7.validate.errors);
errors = vErrors.length;
}
var valid3 = _errs25 === errors;
if(!valid3){
break;
}
}
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.examples !== undefined){
let data10 = data.examples;
const _errs26 = errors;
if(errors === _errs26){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
let data11 = data10[key2];
const _errs29 = errors;
const _errs30 = errors;
let valid5 = false;
let passing1 = null;
const _errs31 = errors;
if(!(validate48(data11, {instancePath:instancePath+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid1 = _errs31 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs32 = errors;
if(!(validate29(data11, {instancePath:instancePath+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs32 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err1 = {instancePath:instancePath+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate52.errors = vErrors;
return false;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs29 === errors;
if(!valid4){
break;
}
}
}
else {
validate52.errors = [{instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs26 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "contentType") || (key0 === "headers")) || (key0 === "style")) || (key0 === "explode")) || (key0 === "allowReserved"))){
validate51.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.contentType !== undefined){
const _errs2 = errors;
if(typeof data.contentType !== "string"){
validate51.errors = [{instancePath:instancePath+"/contentType",schemaPath:"#/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data1 = data.headers;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
if(!(validate52(data2, {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs10 = errors;
if(!(validate29(data2, {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err0 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate51.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.style !== undefined){
let data3 = data.style;
const _errs11 = errors;
if(typeof data3 !== "string"){
validate51.errors = [{instancePath:instancePath+"/style",schemaPath:"#/properties/style/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data3 === "form") || (data3 === "spaceDelimited")) || (data3 === "pipeDelimited")) || (data3 === "deepObject"))){
validate51.errors = [{instancePath:instancePath+"/style",schemaPath:"#/properties/style/enum",keyword:"enum",params:{allowedValues: schema21.properties.style.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.explode !== undefined){
const _errs13 = errors;
if(typeof data.explode !== "boolean"){
validate51.errors = [{instancePath:instancePath+"/explode",schemaPath:"#/properties/explode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowReserved !== undefined){
const _errs15 = errors;
if(typeof data.allowReserved !== "boolean"){
validate51.errors = [{instancePath:instancePath+"/allowReserved",schemaPath:"#/properties/allowReserved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs2 = errors;
for(const key0 in data){
if(!(((((key0 === "schema") || (key0 === "example")) || (key0 === "examples")) || (key0 === "encoding")) || (pattern0.test(key0)))){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.schema !== undefined){
let data0 = data.schema;
const _errs3 = errors;
const _errs4 = errors;
let valid2 = false;
let passing0 = null;
const _errs5 = errors;
if(!(validate28(data0, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs6 = errors;
if(!(validate29(data0, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err0 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate44.errors = vErrors;
return false;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.examples !== undefined){
let data1 = data.examples;
const _errs7 = errors;
if(errors === _errs7){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
const _errs10 = errors;
const _errs11 = errors;
let valid4 = false;
let passing1 = null;
const _errs12 = errors;
if(!(validate48(data2, {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
}
const _errs13 = errors;
if(!(validate29(data2, {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
}
}
if(!valid4){
const err1 = {instancePath:instancePath+"/examples/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate44.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs10 === errors;
if(!valid3){
break;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.encoding !== undefined){
let data3 = data.encoding;
const _errs14 = errors;
if(errors === _errs14){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
const _errs17 = errors;
if(!(validate51(data3[key2], {instancePath:instancePath+"/encoding/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
if(!(validate22(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(valid0){
const _errs2 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
if(valid0){
const _errs3 = errors;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.in === undefined) && (missing0 = "in"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs4 = errors;
for(const key0 in data){
if(!((func1.call(schema11.properties, key0)) || (pattern0.test(key0)))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs4 === errors){
if(data.name !== undefined){
const _errs5 = errors;
if(typeof data.name !== "string"){
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.in !== undefined){
const _errs7 = errors;
if(typeof data.in !== "string"){
validate21.errors = [{instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.description !== undefined){
const _errs9 = errors;
if(typeof data.description !== "string"){
validate21.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.required !== undefined){
const _errs11 = errors;
if(typeof data.required !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.deprecated !== undefined){
const _errs13 = errors;
if(typeof data.deprecated !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.allowEmptyValue !== undefined){
const _errs15 = errors;
if(typeof data.allowEmptyValue !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/allowEmptyValue",schemaPath:"#/properties/allowEmptyValue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.style !== undefined){
const _errs17 = errors;
if(typeof data.style !== "string"){
validate21.errors = [{instancePath:instancePath+"/style",schemaPath:"#/properties/style/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.explode !== undefined){
const _errs19 = errors;
if(typeof data.explode !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/explode",schemaPath:"#/properties/explode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.allowReserved !== undefined){
const _errs21 = errors;
if(typeof data.allowReserved !== "boolean"){
validate21.errors = [{instancePath:instancePath+"/allowReserved",schemaPath:"#/properties/allowReserved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.schema !== undefined){
let data9 = data.schema;
const _errs23 = errors;
const _errs24 = errors;
let valid2 = false;
let passing0 = null;
const _errs25 = errors;
if(!(validate28(data9, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var _valid0 = _errs25 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs26 = errors;
if(!(validate29(data9, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err0 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.content !== undefined){
let data10 = data.content;
const _errs27 = errors;
if(errors === _errs27){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length > 1){
validate21.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data10).length < 1){
validate21.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
for(const key1 in data10){
const _errs30 = errors;
if(!(validate44(data10[key1], {instancePath:instancePath+"/content/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid3 = _errs30 === errors;
if(!valid3){
break;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs27 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.examples !== undefined){
let data12 = data.examples;
const _errs31 = errors;
if(errors === _errs31){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
let data13 = data12[key2];
const _errs34 = errors;
const _errs35 = errors;
let valid5 = false;
let passing1 = null;
const _errs36 = errors;
if(!(validate48(data13, {instancePath:instancePath+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data12,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid1 = _errs36 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs37 = errors;
if(!(validate29(data13, {instancePath:instancePath+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data12,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs37 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err1 = {instancePath:instancePath+"/examples/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/examples/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs34 === errors;
if(!valid4){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs31 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","required":["responses"],"properties":{"tags":{"type":"array","items":{"type":"string"}},"summary":{"type":"string"},"description":{"type":"string"},"externalDocs":{"$ref":"#/definitions/ExternalDocumentation"},"operationId":{"type":"string"},"parameters":{"type":"array","items":{"oneOf":[{"$ref":"#/definitions/Parameter"},{"$ref":"#/definitions/Reference"}]},"uniqueItems":true},"requestBody":{"oneOf":[{"$ref":"#/definitions/RequestBody"},{"$ref":"#/definitions/Reference"}]},"responses":{"$ref":"#/definitions/Responses"},"callbacks":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/Callback"},{"$ref":"#/definitions/Reference"}]}},"deprecated":{"type":"boolean","default":false},"security":{"type":"array","items":{"$ref":"#/definitions/SecurityRequirement"}},"servers":{"type":"array","items":{"$ref":"#/definitions/Server"}}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const func0 = (__nccwpck_require__(4951)/* ["default"] */ .A);
const schema24 = {"type":"object","required":["content"],"properties":{"description":{"type":"string"},"content":{"type":"object","additionalProperties":{"$ref":"#/definitions/MediaType"}},"required":{"type":"boolean","default":false}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.content === undefined) && (missing0 = "content")){
validate71.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "description") || (key0 === "content")) || (key0 === "required")) || (pattern0.test(key0)))){
validate71.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.description !== undefined){
const _errs2 = errors;
if(typeof data.description !== "string"){
validate71.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data1 = data.content;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs7 = errors;
if(!(validate44(data1[key1], {instancePath:instancePath+"/content/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.required !== undefined){
const _errs8 = errors;
if(typeof data.required !== "boolean"){
validate71.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","properties":{"default":{"oneOf":[{"$ref":"#/definitions/Response"},{"$ref":"#/definitions/Reference"}]}},"patternProperties":{"^[1-5](?:\\d{2}|XX)$":{"oneOf":[{"$ref":"#/definitions/Response"},{"$ref":"#/definitions/Reference"}]},"^x-":{}},"minProperties":1,"additionalProperties":false};
const pattern24 = new RegExp("^[1-5](?:\\d{2}|XX)$", "u");
const schema26 = {"type":"object","required":["description"],"properties":{"description":{"type":"string"},"headers":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/Header"},{"$ref":"#/definitions/Reference"}]}},"content":{"type":"object","additionalProperties":{"$ref":"#/definitions/MediaType"}},"links":{"type":"object","additionalProperties":{"oneOf":[{"$ref":"#/definitions/Link"},{"$ref":"#/definitions/Reference"}]}}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const schema27 = {"type":"object","properties":{"operationId":{"type":"string"},"operationRef":{"type":"string","format":"uri-reference"},"parameters":{"type":"object","additionalProperties":{}},"requestBody":{},"description":{"type":"string"},"server":{"$ref":"#/definitions/Server"}},"patternProperties":{"^x-":{}},"additionalProperties":false,"not":{"description":"Operation Id and Operation Ref are mutually exclusive","required":["operationId","operationRef"]}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.operationId === undefined) && (missing0 = "operationId")) || ((data.operationRef === undefined) && (missing0 = "operationRef"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs2 === errors;
if(valid0){
validate80.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs3 = errors;
for(const key0 in data){
if(!(((((((key0 === "operationId") || (key0 === "operationRef")) || (key0 === "parameters")) || (key0 === "requestBody")) || (key0 === "description")) || (key0 === "server")) || (pattern0.test(key0)))){
validate80.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs3 === errors){
if(data.operationId !== undefined){
const _errs4 = errors;
if(typeof data.operationId !== "string"){
validate80.errors = [{instancePath:instancePath+"/operationId",schemaPath:"#/properties/operationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.operationRef !== undefined){
let data1 = data.operationRef;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate80.errors = [{instancePath:instancePath+"/operationRef",schemaPath:"#/properties/operationRef/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate80.errors = [{instancePath:instancePath+"/operationRef",schemaPath:"#/properties/operationRef/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.parameters !== undefined){
let data2 = data.parameters;
const _errs8 = errors;
if(errors === _errs8){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
}
else {
validate80.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.description !== undefined){
const _errs11 = errors;
if(typeof data.description !== "string"){
validate80.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.server !== undefined){
const _errs13 = errors;
if(!(validate9(data.server, {instancePath:instancePath+"/server",parentData:data,parentDataProperty:"server",rootData}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate80.errors = vErrors;
return errors === 0;
}


function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.description === undefined) && (missing0 = "description")){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "description") || (key0 === "headers")) || (key0 === "content")) || (key0 === "links")) || (pattern0.test(key0)))){
validate76.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.description !== undefined){
const _errs2 = errors;
if(typeof data.description !== "string"){
validate76.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data1 = data.headers;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
let data2 = data1[key1];
const _errs7 = errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
if(!(validate52(data2, {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs10 = errors;
if(!(validate29(data2, {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs10 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err0 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/headers/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate76.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data3 = data.content;
const _errs11 = errors;
if(errors === _errs11){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
const _errs14 = errors;
if(!(validate44(data3[key2], {instancePath:instancePath+"/content/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.links !== undefined){
let data5 = data.links;
const _errs15 = errors;
if(errors === _errs15){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
let data6 = data5[key3];
const _errs18 = errors;
const _errs19 = errors;
let valid5 = false;
let passing1 = null;
const _errs20 = errors;
if(!(validate80(data6, {instancePath:instancePath+"/links/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var _valid1 = _errs20 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs21 = errors;
if(!(validate29(data6, {instancePath:instancePath+"/links/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key3,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs21 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err1 = {instancePath:instancePath+"/links/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/links/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate76.errors = vErrors;
return false;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var valid4 = _errs18 === errors;
if(!valid4){
break;
}
}
}
else {
validate76.errors = [{instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}


function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
validate75.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "default") || (pattern24.test(key0))) || (pattern0.test(key0)))){
validate75.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.default !== undefined){
let data0 = data.default;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!(validate76(data0, {instancePath:instancePath+"/default",parentData:data,parentDataProperty:"default",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs5 = errors;
if(!(validate29(data0, {instancePath:instancePath+"/default",parentData:data,parentDataProperty:"default",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err0 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate75.errors = vErrors;
return false;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid2 = true;
for(const key1 in data){
if(pattern24.test(key1)){
let data1 = data[key1];
const _errs6 = errors;
const _errs7 = errors;
let valid3 = false;
let passing1 = null;
const _errs8 = errors;
if(!(validate76(data1, {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid1 = _errs8 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs9 = errors;
if(!(validate29(data1, {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs9 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err1 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/patternProperties/%5E%5B1-5%5D(%3F%3A%5Cd%7B2%7D%7CXX)%24/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate75.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs6 === errors;
if(!valid2){
break;
}
}
}
if(valid2){
var valid2 = true;
}
}
}
}
}
else {
validate75.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate75.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","additionalProperties":{"$ref":"#/definitions/PathItem"},"patternProperties":{"^x-":{}}};
const wrapper8 = {validate: validate19};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(pattern0.test(key0))){
const _errs2 = errors;
if(!(wrapper8.validate(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData}))){
vErrors = vErrors === null ? wrapper8.validate.errors : vErrors.concat(wrapper8.validate.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
}
else {
validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate89.errors = vErrors;
return errors === 0;
}


function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.responses === undefined) && (missing0 = "responses")){
validate67.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((func1.call(schema23.properties, key0)) || (pattern0.test(key0)))){
validate67.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.tags !== undefined){
let data0 = data.tags;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(typeof data0[i0] !== "string"){
validate67.errors = [{instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs6 = errors;
if(typeof data.summary !== "string"){
validate67.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs8 = errors;
if(typeof data.description !== "string"){
validate67.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDocs !== undefined){
const _errs10 = errors;
if(!(validate7(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operationId !== undefined){
const _errs11 = errors;
if(typeof data.operationId !== "string"){
validate67.errors = [{instancePath:instancePath+"/operationId",schemaPath:"#/properties/operationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data6 = data.parameters;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid2 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs15 = errors;
const _errs16 = errors;
let valid3 = false;
let passing0 = null;
const _errs17 = errors;
if(!(validate21(data7, {instancePath:instancePath+"/parameters/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs18 = errors;
if(!(validate29(data7, {instancePath:instancePath+"/parameters/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs18 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err0 = {instancePath:instancePath+"/parameters/" + i1,schemaPath:"#/properties/parameters/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate67.errors = vErrors;
return false;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i2 = data6.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data6[i2], data6[j0])){
validate67.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestBody !== undefined){
let data8 = data.requestBody;
const _errs19 = errors;
const _errs20 = errors;
let valid5 = false;
let passing1 = null;
const _errs21 = errors;
if(!(validate71(data8, {instancePath:instancePath+"/requestBody",parentData:data,parentDataProperty:"requestBody",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid1 = _errs21 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs22 = errors;
if(!(validate29(data8, {instancePath:instancePath+"/requestBody",parentData:data,parentDataProperty:"requestBody",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid1 = _errs22 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err1 = {instancePath:instancePath+"/requestBody",schemaPath:"#/properties/requestBody/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate67.errors = vErrors;
return false;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responses !== undefined){
const _errs23 = errors;
if(!(validate75(data.responses, {instancePath:instancePath+"/responses",parentData:data,parentDataProperty:"responses",rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.callbacks !== undefined){
let data10 = data.callbacks;
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
let data11 = data10[key1];
const _errs27 = errors;
const _errs28 = errors;
let valid7 = false;
let passing2 = null;
const _errs29 = errors;
if(!(validate89(data11, {instancePath:instancePath+"/callbacks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var _valid2 = _errs29 === errors;
if(_valid2){
valid7 = true;
passing2 = 0;
}
const _errs30 = errors;
if(!(validate29(data11, {instancePath:instancePath+"/callbacks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid2 = _errs30 === errors;
if(_valid2 && valid7){
valid7 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid7 = true;
passing2 = 1;
}
}
if(!valid7){
const err2 = {instancePath:instancePath+"/callbacks/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/callbacks/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate67.errors = vErrors;
return false;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs27 === errors;
if(!valid6){
break;
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deprecated !== undefined){
const _errs31 = errors;
if(typeof data.deprecated !== "boolean"){
validate67.errors = [{instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.security !== undefined){
let data13 = data.security;
const _errs33 = errors;
if(errors === _errs33){
if(Array.isArray(data13)){
var valid8 = true;
const len2 = data13.length;
for(let i3=0; i3<len2; i3++){
const _errs35 = errors;
if(!(validate13(data13[i3], {instancePath:instancePath+"/security/" + i3,parentData:data13,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid8 = _errs35 === errors;
if(!valid8){
break;
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.servers !== undefined){
let data15 = data.servers;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data15)){
var valid9 = true;
const len3 = data15.length;
for(let i4=0; i4<len3; i4++){
const _errs38 = errors;
if(!(validate9(data15[i4], {instancePath:instancePath+"/servers/" + i4,parentData:data15,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
var valid9 = _errs38 === errors;
if(!valid9){
break;
}
}
}
else {
validate67.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "$ref") || (key0 === "summary")) || (key0 === "description")) || (key0 === "servers")) || (key0 === "parameters")) || (pattern12.test(key0))) || (pattern0.test(key0)))){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$ref !== undefined){
const _errs2 = errors;
if(typeof data.$ref !== "string"){
validate19.errors = [{instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs4 = errors;
if(typeof data.summary !== "string"){
validate19.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs6 = errors;
if(typeof data.description !== "string"){
validate19.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.servers !== undefined){
let data3 = data.servers;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate9(data3[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data5 = data.parameters;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs13 = errors;
const _errs14 = errors;
let valid3 = false;
let passing0 = null;
const _errs15 = errors;
if(!(validate21(data6, {instancePath:instancePath+"/parameters/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs15 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs16 = errors;
if(!(validate29(data6, {instancePath:instancePath+"/parameters/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs16 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err0 = {instancePath:instancePath+"/parameters/" + i1,schemaPath:"#/properties/parameters/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate19.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
if(valid2){
let i2 = data5.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data5[i2], data5[j0])){
validate19.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
var valid5 = true;
for(const key1 in data){
if(pattern12.test(key1)){
const _errs17 = errors;
if(!(validate67(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var valid5 = _errs17 === errors;
if(!valid5){
break;
}
}
}
if(valid5){
var valid5 = true;
}
}
}
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((pattern9.test(key0)) || (pattern0.test(key0)))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
var valid0 = true;
for(const key1 in data){
if(pattern9.test(key1)){
const _errs2 = errors;
if(!(validate19(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
if(valid0){
var valid0 = true;
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}


function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.openapi === undefined) && (missing0 = "openapi")) || ((data.info === undefined) && (missing0 = "info"))) || ((data.paths === undefined) && (missing0 = "paths"))){
validate136.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((((key0 === "openapi") || (key0 === "info")) || (key0 === "externalDocs")) || (key0 === "servers")) || (key0 === "security")) || (key0 === "tags")) || (key0 === "paths")) || (key0 === "components")) || (pattern0.test(key0)))){
validate136.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.openapi !== undefined){
let data0 = data.openapi;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
validate136.errors = [{instancePath:instancePath+"/openapi",schemaPath:"#/properties/openapi/pattern",keyword:"pattern",params:{pattern: "^3\\.0\\.\\d(-.+)?$"},message:"must match pattern \""+"^3\\.0\\.\\d(-.+)?$"+"\""}];
return false;
}
}
else {
validate136.errors = [{instancePath:instancePath+"/openapi",schemaPath:"#/properties/openapi/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.info !== undefined){
const _errs4 = errors;
if(!(validate1(data.info, {instancePath:instancePath+"/info",parentData:data,parentDataProperty:"info",rootData}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDocs !== undefined){
const _errs5 = errors;
if(!(validate7(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData}))){
vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.servers !== undefined){
let data3 = data.servers;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(!(validate9(data3[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate136.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.security !== undefined){
let data5 = data.security;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(!(validate13(data5[i1], {instancePath:instancePath+"/security/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
else {
validate136.errors = [{instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tags !== undefined){
let data7 = data.tags;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data7)){
var valid3 = true;
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
const _errs14 = errors;
if(!(validate15(data7[i2], {instancePath:instancePath+"/tags/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var valid3 = _errs14 === errors;
if(!valid3){
break;
}
}
if(valid3){
let i3 = data7.length;
let j0;
if(i3 > 1){
outer0:
for(;i3--;){
for(j0 = i3; j0--;){
if(func0(data7[i3], data7[j0])){
validate136.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"}];
return false;
break outer0;
}
}
}
}
}
}
else {
validate136.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.paths !== undefined){
const _errs15 = errors;
if(!(validate18(data.paths, {instancePath:instancePath+"/paths",parentData:data,parentDataProperty:"paths",rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.components !== undefined){
let data10 = data.components;
const _errs16 = errors;
if(errors === _errs16){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
const _errs18 = errors;
for(const key1 in data10){
if(!((func1.call(schema40.properties.components.properties, key1)) || (pattern0.test(key1)))){
validate136.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs18 === errors){
if(data10.schemas !== undefined){
let data11 = data10.schemas;
const _errs19 = errors;
if(errors === _errs19){
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
validate136.errors = [{instancePath:instancePath+"/components/schemas",schemaPath:"#/properties/components/properties/schemas/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.responses !== undefined){
let data12 = data10.responses;
const _errs21 = errors;
if(errors === _errs21){
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
validate136.errors = [{instancePath:instancePath+"/components/responses",schemaPath:"#/properties/components/properties/responses/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.parameters !== undefined){
let data13 = data10.parameters;
const _errs23 = errors;
if(errors === _errs23){
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
validate136.errors = [{instancePath:instancePath+"/components/parameters",schemaPath:"#/properties/components/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs23 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.examples !== undefined){
let data14 = data10.examples;
const _errs25 = errors;
if(errors === _errs25){
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
validate136.errors = [{instancePath:instancePath+"/components/examples",schemaPath:"#/properties/components/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs25 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.requestBodies !== undefined){
let data15 = data10.requestBodies;
const _errs27 = errors;
if(errors === _errs27){
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
validate136.errors = [{instancePath:instancePath+"/components/requestBodies",schemaPath:"#/properties/components/properties/requestBodies/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs27 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.headers !== undefined){
let data16 = data10.headers;
const _errs29 = errors;
if(errors === _errs29){
if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){
validate136.errors = [{instancePath:instancePath+"/components/headers",schemaPath:"#/properties/components/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs29 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.securitySchemes !== undefined){
let data17 = data10.securitySchemes;
const _errs31 = errors;
if(errors === _errs31){
if(!(data17 && typeof data17 == "object" && !Array.isArray(data17))){
validate136.errors = [{instancePath:instancePath+"/components/securitySchemes",schemaPath:"#/properties/components/properties/securitySchemes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs31 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.links !== undefined){
let data18 = data10.links;
const _errs33 = errors;
if(errors === _errs33){
if(!(data18 && typeof data18 == "object" && !Array.isArray(data18))){
validate136.errors = [{instancePath:instancePath+"/components/links",schemaPath:"#/properties/components/properties/links/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs33 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data10.callbacks !== undefined){
let data19 = data10.callbacks;
const _errs35 = errors;
if(errors === _errs35){
if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){
validate136.errors = [{instancePath:instancePath+"/components/callbacks",schemaPath:"#/properties/components/properties/callbacks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs35 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate136.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate136.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate136.errors = vErrors;
return errors === 0;
}

exports.schemas = validate143;
const schema41 = {"oneOf":[{"$ref":"#/definitions/Schema"},{"$ref":"#/definitions/Reference"}]};

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate28(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate143.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate143.errors = vErrors;
return errors === 0;
}

exports.responses = validate146;
const schema42 = {"oneOf":[{"$ref":"#/definitions/Reference"},{"$ref":"#/definitions/Response"}]};

function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate146.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate146.errors = vErrors;
return errors === 0;
}

exports.parameters = validate149;
const schema43 = {"oneOf":[{"$ref":"#/definitions/Reference"},{"$ref":"#/definitions/Parameter"}]};

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate149.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate149.errors = vErrors;
return errors === 0;
}

exports.examples = validate152;
const schema44 = {"oneOf":[{"$ref":"#/definitions/Reference"},{"$ref":"#/definitions/Example"}]};

function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate48(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate152.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate152.errors = vErrors;
return errors === 0;
}

exports.requestBodies = validate155;
const schema45 = {"oneOf":[{"$ref":"#/definitions/Reference"},{"$ref":"#/definitions/RequestBody"}]};

function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate71(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate155.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate155.errors = vErrors;
return errors === 0;
}

exports.headers = validate158;
const schema46 = {"oneOf":[{"$ref":"#/definitions/Reference"},{"$ref":"#/definitions/Header"}]};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate158.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate158.errors = vErrors;
return errors === 0;
}

exports.securitySchemes = validate161;
const schema47 = {"oneOf":[{"$ref":"#/definitions/Reference"},{"$ref":"#/definitions/SecurityScheme"}]};
const schema30 = {"oneOf":[{"$ref":"#/definitions/APIKeySecurityScheme"},{"$ref":"#/definitions/HTTPSecurityScheme"},{"$ref":"#/definitions/OAuth2SecurityScheme"},{"$ref":"#/definitions/OpenIdConnectSecurityScheme"}]};
const schema31 = {"type":"object","required":["type","name","in"],"properties":{"type":{"type":"string","enum":["apiKey"]},"name":{"type":"string"},"in":{"type":"string","enum":["header","query","cookie"]},"description":{"type":"string"}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.name === undefined) && (missing0 = "name"))) || ((data.in === undefined) && (missing0 = "in"))){
validate112.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "name")) || (key0 === "in")) || (key0 === "description")) || (pattern0.test(key0)))){
validate112.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate112.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data0 === "apiKey")){
validate112.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate112.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.in !== undefined){
let data2 = data.in;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate112.errors = [{instancePath:instancePath+"/in",schemaPath:"#/properties/in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data2 === "header") || (data2 === "query")) || (data2 === "cookie"))){
validate112.errors = [{instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema31.properties.in.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs8 = errors;
if(typeof data.description !== "string"){
validate112.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate112.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate112.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","required":["scheme","type"],"properties":{"scheme":{"type":"string"},"bearerFormat":{"type":"string"},"description":{"type":"string"},"type":{"type":"string","enum":["http"]}},"patternProperties":{"^x-":{}},"additionalProperties":false,"oneOf":[{"description":"Bearer","properties":{"scheme":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"}}},{"description":"Non Bearer","not":{"required":["bearerFormat"]},"properties":{"scheme":{"not":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"}}}}]};
const pattern42 = new RegExp("^[Bb][Ee][Aa][Rr][Ee][Rr]$", "u");

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scheme !== undefined){
let data0 = data.scheme;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern42.test(data0)){
const err0 = {instancePath:instancePath+"/scheme",schemaPath:"#/oneOf/0/properties/scheme/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/scheme",schemaPath:"#/oneOf/0/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.bearerFormat === undefined) && (missing0 = "bearerFormat")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(valid2){
const err3 = {instancePath,schemaPath:"#/oneOf/1/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(errors === _errs5){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scheme !== undefined){
let data1 = data.scheme;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data1 === "string"){
if(!pattern42.test(data1)){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid4 = _errs10 === errors;
if(valid4){
const err6 = {instancePath:instancePath+"/scheme",schemaPath:"#/oneOf/1/properties/scheme/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate114.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if(((data.scheme === undefined) && (missing1 = "scheme")) || ((data.type === undefined) && (missing1 = "type"))){
validate114.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key0 in data){
if(!(((((key0 === "scheme") || (key0 === "bearerFormat")) || (key0 === "description")) || (key0 === "type")) || (pattern0.test(key0)))){
validate114.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data.scheme !== undefined){
const _errs13 = errors;
if(typeof data.scheme !== "string"){
validate114.errors = [{instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs13 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.bearerFormat !== undefined){
const _errs15 = errors;
if(typeof data.bearerFormat !== "string"){
validate114.errors = [{instancePath:instancePath+"/bearerFormat",schemaPath:"#/properties/bearerFormat/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs15 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.description !== undefined){
const _errs17 = errors;
if(typeof data.description !== "string"){
validate114.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data.type !== undefined){
let data5 = data.type;
const _errs19 = errors;
if(typeof data5 !== "string"){
validate114.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data5 === "http")){
validate114.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema32.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
}
else {
validate114.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate114.errors = vErrors;
return errors === 0;
}

const schema33 = {"type":"object","required":["type","flows"],"properties":{"type":{"type":"string","enum":["oauth2"]},"flows":{"$ref":"#/definitions/OAuthFlows"},"description":{"type":"string"}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const schema34 = {"type":"object","properties":{"implicit":{"$ref":"#/definitions/ImplicitOAuthFlow"},"password":{"$ref":"#/definitions/PasswordOAuthFlow"},"clientCredentials":{"$ref":"#/definitions/ClientCredentialsFlow"},"authorizationCode":{"$ref":"#/definitions/AuthorizationCodeOAuthFlow"}},"patternProperties":{"^x-":{}},"additionalProperties":false};
const schema35 = {"type":"object","required":["authorizationUrl","scopes"],"properties":{"authorizationUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"type":"object","additionalProperties":{"type":"string"}}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.authorizationUrl === undefined) && (missing0 = "authorizationUrl")) || ((data.scopes === undefined) && (missing0 = "scopes"))){
validate118.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "authorizationUrl") || (key0 === "refreshUrl")) || (key0 === "scopes")) || (pattern0.test(key0)))){
validate118.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.authorizationUrl !== undefined){
let data0 = data.authorizationUrl;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate118.errors = [{instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate118.errors = [{instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refreshUrl !== undefined){
let data1 = data.refreshUrl;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate118.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate118.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
let data2 = data.scopes;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs9 = errors;
if(typeof data2[key1] !== "string"){
validate118.errors = [{instancePath:instancePath+"/scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate118.errors = [{instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate118.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate118.errors = vErrors;
return errors === 0;
}

const schema36 = {"type":"object","required":["tokenUrl","scopes"],"properties":{"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"type":"object","additionalProperties":{"type":"string"}}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.tokenUrl === undefined) && (missing0 = "tokenUrl")) || ((data.scopes === undefined) && (missing0 = "scopes"))){
validate120.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "tokenUrl") || (key0 === "refreshUrl")) || (key0 === "scopes")) || (pattern0.test(key0)))){
validate120.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.tokenUrl !== undefined){
let data0 = data.tokenUrl;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate120.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate120.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refreshUrl !== undefined){
let data1 = data.refreshUrl;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate120.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate120.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
let data2 = data.scopes;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs9 = errors;
if(typeof data2[key1] !== "string"){
validate120.errors = [{instancePath:instancePath+"/scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate120.errors = [{instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate120.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate120.errors = vErrors;
return errors === 0;
}

const schema37 = {"type":"object","required":["tokenUrl","scopes"],"properties":{"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"type":"object","additionalProperties":{"type":"string"}}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.tokenUrl === undefined) && (missing0 = "tokenUrl")) || ((data.scopes === undefined) && (missing0 = "scopes"))){
validate122.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "tokenUrl") || (key0 === "refreshUrl")) || (key0 === "scopes")) || (pattern0.test(key0)))){
validate122.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.tokenUrl !== undefined){
let data0 = data.tokenUrl;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate122.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate122.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refreshUrl !== undefined){
let data1 = data.refreshUrl;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate122.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate122.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
let data2 = data.scopes;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
const _errs9 = errors;
if(typeof data2[key1] !== "string"){
validate122.errors = [{instancePath:instancePath+"/scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate122.errors = [{instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate122.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate122.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","required":["authorizationUrl","tokenUrl","scopes"],"properties":{"authorizationUrl":{"type":"string","format":"uri-reference"},"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"type":"object","additionalProperties":{"type":"string"}}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.authorizationUrl === undefined) && (missing0 = "authorizationUrl")) || ((data.tokenUrl === undefined) && (missing0 = "tokenUrl"))) || ((data.scopes === undefined) && (missing0 = "scopes"))){
validate124.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "authorizationUrl") || (key0 === "tokenUrl")) || (key0 === "refreshUrl")) || (key0 === "scopes")) || (pattern0.test(key0)))){
validate124.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.authorizationUrl !== undefined){
let data0 = data.authorizationUrl;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate124.errors = [{instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate124.errors = [{instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenUrl !== undefined){
let data1 = data.tokenUrl;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate124.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate124.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refreshUrl !== undefined){
let data2 = data.refreshUrl;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate124.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate124.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
let data3 = data.scopes;
const _errs8 = errors;
if(errors === _errs8){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs11 = errors;
if(typeof data3[key1] !== "string"){
validate124.errors = [{instancePath:instancePath+"/scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/scopes/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
else {
validate124.errors = [{instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate124.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate124.errors = vErrors;
return errors === 0;
}


function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "implicit") || (key0 === "password")) || (key0 === "clientCredentials")) || (key0 === "authorizationCode")) || (pattern0.test(key0)))){
validate117.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.implicit !== undefined){
const _errs2 = errors;
if(!(validate118(data.implicit, {instancePath:instancePath+"/implicit",parentData:data,parentDataProperty:"implicit",rootData}))){
vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.password !== undefined){
const _errs3 = errors;
if(!(validate120(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientCredentials !== undefined){
const _errs4 = errors;
if(!(validate122(data.clientCredentials, {instancePath:instancePath+"/clientCredentials",parentData:data,parentDataProperty:"clientCredentials",rootData}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorizationCode !== undefined){
const _errs5 = errors;
if(!(validate124(data.authorizationCode, {instancePath:instancePath+"/authorizationCode",parentData:data,parentDataProperty:"authorizationCode",rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate117.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate117.errors = vErrors;
return errors === 0;
}


function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.flows === undefined) && (missing0 = "flows"))){
validate116.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "flows")) || (key0 === "description")) || (pattern0.test(key0)))){
validate116.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate116.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data0 === "oauth2")){
validate116.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.flows !== undefined){
const _errs4 = errors;
if(!(validate117(data.flows, {instancePath:instancePath+"/flows",parentData:data,parentDataProperty:"flows",rootData}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs5 = errors;
if(typeof data.description !== "string"){
validate116.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate116.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate116.errors = vErrors;
return errors === 0;
}

const schema39 = {"type":"object","required":["type","openIdConnectUrl"],"properties":{"type":{"type":"string","enum":["openIdConnect"]},"openIdConnectUrl":{"type":"string","format":"uri-reference"},"description":{"type":"string"}},"patternProperties":{"^x-":{}},"additionalProperties":false};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.openIdConnectUrl === undefined) && (missing0 = "openIdConnectUrl"))){
validate128.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "openIdConnectUrl")) || (key0 === "description")) || (pattern0.test(key0)))){
validate128.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate128.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(data0 === "openIdConnect")){
validate128.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema39.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.openIdConnectUrl !== undefined){
let data1 = data.openIdConnectUrl;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate128.errors = [{instancePath:instancePath+"/openIdConnectUrl",schemaPath:"#/properties/openIdConnectUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate128.errors = [{instancePath:instancePath+"/openIdConnectUrl",schemaPath:"#/properties/openIdConnectUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs6 = errors;
if(typeof data.description !== "string"){
validate128.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate128.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate128.errors = vErrors;
return errors === 0;
}


function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate112(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate114(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs3 = errors;
if(!(validate116(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs4 = errors;
if(!(validate128(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate111.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate111.errors = vErrors;
return errors === 0;
}


function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate161.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate161.errors = vErrors;
return errors === 0;
}

exports.links = validate164;
const schema48 = {"oneOf":[{"$ref":"#/definitions/Reference"},{"$ref":"#/definitions/Link"}]};

function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate164.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate164.errors = vErrors;
return errors === 0;
}

exports.callbacks = validate167;
const schema49 = {"oneOf":[{"$ref":"#/definitions/Reference"},{"$ref":"#/definitions/Callback"}]};

function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate89(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate167.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate167.errors = vErrors;
return errors === 0;
}



/***/ }),

/***/ 8843:
/***/ ((__unused_webpack_module, exports) => {

// Generated by scripts/generate-validators.mjs from the OpenAPI 3.1 schema of
// @seriousme/openapi-schema-validator (https://spec.openapis.org/oas/3.1/schema/2026-08-03). Do not edit.

exports.skeleton = validate178;
const schema53 = {"description":"The description of OpenAPI v3.1.x Documents without Schema Object validation","type":"object","properties":{"openapi":{"type":"string","pattern":"^3\\.1\\.\\d+(-.+)?$"},"info":{"$ref":"#/$defs/info"},"jsonSchemaDialect":{"type":"string","format":"uri-reference","default":"https://spec.openapis.org/oas/3.1/dialect/2024-11-10"},"servers":{"type":"array","items":{"$ref":"#/$defs/server"},"default":[{"url":"/"}]},"paths":{"$ref":"#/$defs/paths"},"webhooks":{"type":"object","additionalProperties":{"$ref":"#/$defs/path-item"}},"components":{"$comment":"https://spec.openapis.org/oas/v3.1#components-object","type":"object","properties":{"schemas":{"type":"object","additionalProperties":true},"responses":{"type":"object","additionalProperties":true},"parameters":{"type":"object","additionalProperties":true},"examples":{"type":"object","additionalProperties":true},"requestBodies":{"type":"object","additionalProperties":true},"headers":{"type":"object","additionalProperties":true},"securitySchemes":{"type":"object","additionalProperties":true},"links":{"type":"object","additionalProperties":true},"callbacks":{"type":"object","additionalProperties":true},"pathItems":{"type":"object","additionalProperties":true}},"patternProperties":{"^(?:schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems)$":{"$comment":"Enumerating all of the property names in the regex above is necessary for unevaluatedProperties to work as expected","propertyNames":{"pattern":"^[a-zA-Z0-9._-]+$"}}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false},"security":{"type":"array","items":{"$ref":"#/$defs/security-requirement"}},"tags":{"type":"array","items":{"$ref":"#/$defs/tag"}},"externalDocs":{"$ref":"#/$defs/external-documentation"}},"required":["openapi","info"],"anyOf":[{"required":["paths"]},{"required":["components"]},{"required":["webhooks"]}],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema1 = {"$comment":"https://spec.openapis.org/oas/v3.1#specification-extensions","patternProperties":{"^x-":true}};
const pattern0 = new RegExp("^x-", "u");

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
var props0 = {};
for(const key0 in data){
if(pattern0.test(key0)){
props0[key0] = true;
}
}
}
}
validate1.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate1.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema2 = {"$comment":"https://spec.openapis.org/oas/v3.1#info-object","type":"object","properties":{"title":{"type":"string"},"summary":{"type":"string"},"description":{"type":"string"},"termsOfService":{"type":"string","format":"uri-reference"},"contact":{"$ref":"#/$defs/contact"},"license":{"$ref":"#/$defs/license"},"version":{"type":"string"}},"required":["title","version"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema3 = {"$comment":"https://spec.openapis.org/oas/v3.1#contact-object","type":"object","properties":{"name":{"type":"string"},"url":{"type":"string","format":"uri-reference"},"email":{"type":"string","format":"email"}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const formats0 = /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const formats4 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate5(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate5.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.name = true;
props0.url = true;
props0.email = true;
}
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate5.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate5.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate5.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data2 = data.email;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats4.test(data2))){
validate5.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
else {
validate5.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate5.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
else {
validate5.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate5.errors = vErrors;
return errors === 0;
}
validate5.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema4 = {"$comment":"https://spec.openapis.org/oas/v3.1#license-object","type":"object","properties":{"name":{"type":"string"},"identifier":{"type":"string"},"url":{"type":"string","format":"uri-reference"}},"required":["name"],"dependentSchemas":{"identifier":{"not":{"required":["url"]}}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate8.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate8.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.name = true;
props0.identifier = true;
props0.url = true;
}
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate8.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identifier !== undefined){
const _errs4 = errors;
if(typeof data.identifier !== "string"){
validate8.errors = [{instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data2 = data.url;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate8.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate8.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identifier !== undefined){
const _errs8 = errors;
const _errs9 = errors;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.url === undefined) && (missing1 = "url")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid2 = _errs10 === errors;
if(valid2){
validate8.errors = [{instancePath,schemaPath:"#/dependentSchemas/identifier/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate8.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
else {
validate8.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate8.errors = vErrors;
return errors === 0;
}
validate8.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.title === undefined) && (missing0 = "title")) || ((data.version === undefined) && (missing0 = "version"))){
validate3.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.title = true;
props0.summary = true;
props0.description = true;
props0.termsOfService = true;
props0.contact = true;
props0.license = true;
props0.version = true;
}
if(data.title !== undefined){
const _errs2 = errors;
if(typeof data.title !== "string"){
validate3.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs4 = errors;
if(typeof data.summary !== "string"){
validate3.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs6 = errors;
if(typeof data.description !== "string"){
validate3.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.termsOfService !== undefined){
let data3 = data.termsOfService;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
validate3.errors = [{instancePath:instancePath+"/termsOfService",schemaPath:"#/properties/termsOfService/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate3.errors = [{instancePath:instancePath+"/termsOfService",schemaPath:"#/properties/termsOfService/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contact !== undefined){
const _errs10 = errors;
if(!(validate5(data.contact, {instancePath:instancePath+"/contact",parentData:data,parentDataProperty:"contact",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate5.errors : vErrors.concat(validate5.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.license !== undefined){
const _errs11 = errors;
if(!(validate8(data.license, {instancePath:instancePath+"/license",parentData:data,parentDataProperty:"license",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
const _errs12 = errors;
if(typeof data.version !== "string"){
validate3.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate3.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate3.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema5 = {"$comment":"https://spec.openapis.org/oas/v3.1#server-object","type":"object","properties":{"url":{"type":"string"},"description":{"type":"string"},"variables":{"type":"object","additionalProperties":{"$ref":"#/$defs/server-variable"}}},"required":["url"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema6 = {"$comment":"https://spec.openapis.org/oas/v3.1#server-variable-object","type":"object","properties":{"enum":{"type":"array","items":{"type":"string"},"minItems":1},"default":{"type":"string"},"description":{"type":"string"}},"required":["default"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.default === undefined) && (missing0 = "default")){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.enum = true;
props0.default = true;
props0.description = true;
}
if(data.enum !== undefined){
let data0 = data.enum;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
if(data0.length < 1){
validate14.errors = [{instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(typeof data0[i0] !== "string"){
validate14.errors = [{instancePath:instancePath+"/enum/" + i0,schemaPath:"#/properties/enum/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/enum",schemaPath:"#/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.default !== undefined){
const _errs6 = errors;
if(typeof data.default !== "string"){
validate14.errors = [{instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs8 = errors;
if(typeof data.description !== "string"){
validate14.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate14.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.url === undefined) && (missing0 = "url")){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.url = true;
props0.description = true;
props0.variables = true;
}
if(data.url !== undefined){
const _errs2 = errors;
if(typeof data.url !== "string"){
validate12.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate12.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.variables !== undefined){
let data2 = data.variables;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
const _errs9 = errors;
if(!(validate14(data2[key0], {instancePath:instancePath+"/variables/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key1 in data){
if(!props0 || !props0[key1]){
validate12.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema7 = {"$comment":"https://spec.openapis.org/oas/v3.1#paths-object","type":"object","patternProperties":{"^/":{"$ref":"#/$defs/path-item"}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema8 = {"$comment":"https://spec.openapis.org/oas/v3.1#path-item-object","type":"object","properties":{"$ref":{"type":"string","format":"uri-reference"},"summary":{"type":"string"},"description":{"type":"string"},"servers":{"type":"array","items":{"$ref":"#/$defs/server"}},"parameters":{"type":"array","items":{"$ref":"#/$defs/parameter-or-reference"}},"get":{"$ref":"#/$defs/operation"},"put":{"$ref":"#/$defs/operation"},"post":{"$ref":"#/$defs/operation"},"delete":{"$ref":"#/$defs/operation"},"options":{"$ref":"#/$defs/operation"},"head":{"$ref":"#/$defs/operation"},"patch":{"$ref":"#/$defs/operation"},"trace":{"$ref":"#/$defs/operation"}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema9 = {"if":{"type":"object","required":["$ref"]},"then":{"$ref":"#/$defs/reference"},"else":{"$ref":"#/$defs/parameter"}};
const schema10 = {"$comment":"https://spec.openapis.org/oas/v3.1#reference-object","type":"object","properties":{"$ref":{"type":"string","format":"uri-reference"},"summary":{"type":"string"},"description":{"type":"string"}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$ref !== undefined){
let data0 = data.$ref;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate24.errors = [{instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs4 = errors;
if(typeof data.summary !== "string"){
validate24.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs6 = errors;
if(typeof data.description !== "string"){
validate24.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":{"$ref":true,"summary":true,"description":true},"dynamicProps":false,"dynamicItems":false};

const schema11 = {"$comment":"https://spec.openapis.org/oas/v3.1#parameter-object","type":"object","properties":{"name":{"type":"string"},"in":{"enum":["query","header","path","cookie"]},"description":{"type":"string"},"required":{"default":false,"type":"boolean"},"deprecated":{"default":false,"type":"boolean"},"schema":{"$ref":"#/$defs/schema"},"content":{"$ref":"#/$defs/content","minProperties":1,"maxProperties":1}},"required":["name","in"],"oneOf":[{"required":["schema"]},{"required":["content"]}],"if":{"properties":{"in":{"const":"query"}}},"then":{"properties":{"allowEmptyValue":{"default":false,"type":"boolean"}}},"dependentSchemas":{"schema":{"properties":{"style":{"type":"string"},"explode":{"type":"boolean"}},"allOf":[{"$ref":"#/$defs/examples"},{"$ref":"#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-path"},{"$ref":"#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-header"},{"$ref":"#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-query"},{"$ref":"#/$defs/parameter/dependentSchemas/schema/$defs/styles-for-cookie"}],"$defs":{"styles-for-path":{"if":{"properties":{"in":{"const":"path"}}},"then":{"properties":{"name":{"pattern":"^[^{}]+$"},"style":{"default":"simple","enum":["matrix","label","simple"]},"required":{"const":true},"explode":{"default":false}},"required":["required"]}},"styles-for-header":{"if":{"properties":{"in":{"const":"header"}}},"then":{"properties":{"style":{"default":"simple","const":"simple"},"explode":{"default":false}}}},"styles-for-query":{"if":{"properties":{"in":{"const":"query"}}},"then":{"properties":{"style":{"default":"form","enum":["form","spaceDelimited","pipeDelimited","deepObject"]},"allowReserved":{"default":false,"type":"boolean"}},"$ref":"#/$defs/explode-for-form"}},"styles-for-cookie":{"if":{"properties":{"in":{"const":"cookie"}}},"then":{"properties":{"style":{"default":"form","const":"form"}},"$ref":"#/$defs/explode-for-form"}}}}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema12 = {"$comment":"https://spec.openapis.org/oas/v3.1#schema-object","$dynamicAnchor":"meta","type":["object","boolean"]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema12.type},message:"must be object,boolean"}];
return false;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate28;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema13 = {"$comment":"https://spec.openapis.org/oas/v3.1#fixed-fields-10","type":"object","additionalProperties":{"$ref":"#/$defs/media-type"},"propertyNames":{"format":"media-range"}};
const schema14 = {"$comment":"https://spec.openapis.org/oas/v3.1#media-type-object","type":"object","properties":{"schema":{"$ref":"#/$defs/schema"},"encoding":{"type":"object","additionalProperties":{"$ref":"#/$defs/encoding"}}},"allOf":[{"$ref":"#/$defs/specification-extensions"},{"$ref":"#/$defs/examples"}],"unevaluatedProperties":false};
const schema15 = {"properties":{"example":true,"examples":{"type":"object","additionalProperties":{"$ref":"#/$defs/example-or-reference"}}},"not":{"required":["example","examples"]}};
const schema16 = {"if":{"type":"object","required":["$ref"]},"then":{"$ref":"#/$defs/reference"},"else":{"$ref":"#/$defs/example"}};
const schema17 = {"$comment":"https://spec.openapis.org/oas/v3.1#example-object","type":"object","properties":{"summary":{"type":"string"},"description":{"type":"string"},"value":true,"externalValue":{"type":"string","format":"uri-reference"}},"not":{"required":["value","externalValue"]},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
const _errs2 = errors;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.value === undefined) && (missing0 = "value")) || ((data.externalValue === undefined) && (missing0 = "externalValue"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs3 === errors;
if(valid0){
validate36.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.summary = true;
props0.description = true;
props0.value = true;
props0.externalValue = true;
}
if(data.summary !== undefined){
const _errs4 = errors;
if(typeof data.summary !== "string"){
validate36.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.description !== undefined){
const _errs6 = errors;
if(typeof data.description !== "string"){
validate36.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.externalValue !== undefined){
let data2 = data.externalValue;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate36.errors = [{instancePath:instancePath+"/externalValue",schemaPath:"#/properties/externalValue/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/externalValue",schemaPath:"#/properties/externalValue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate36.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate34.errors = vErrors;
return false;
}
validate34.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate34.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.example === undefined) && (missing0 = "example")) || ((data.examples === undefined) && (missing0 = "examples"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid0 = _errs1 === errors;
if(valid0){
validate33.errors = [{instancePath,schemaPath:"#/not",keyword:"not",params:{},message:"must NOT be valid"}];
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.examples !== undefined){
let data0 = data.examples;
const _errs2 = errors;
if(errors === _errs2){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
const _errs5 = errors;
if(!(validate34(data0[key0], {instancePath:instancePath+"/examples/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid2 = _errs5 === errors;
if(!valid2){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
}
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"example":true,"examples":true},"dynamicProps":false,"dynamicItems":false};

const schema18 = {"$comment":"https://spec.openapis.org/oas/v3.1#encoding-object","type":"object","properties":{"contentType":{"$comment":"one or more comma-separated media-ranges","type":"string"},"headers":{"type":"object","additionalProperties":{"$ref":"#/$defs/header-or-reference"}},"style":{"enum":["form","spaceDelimited","pipeDelimited","deepObject"]},"explode":{"type":"boolean"},"allowReserved":{"type":"boolean"}},"dependentSchemas":{"style":{"properties":{"allowReserved":{"default":false}},"$ref":"#/$defs/explode-for-form"},"explode":{"properties":{"style":{"default":"form"},"allowReserved":{"default":false}}},"allowReserved":{"properties":{"style":{"default":"form"}},"$ref":"#/$defs/explode-for-form"}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema19 = {"if":{"type":"object","required":["$ref"]},"then":{"$ref":"#/$defs/reference"},"else":{"$ref":"#/$defs/header"}};
const schema20 = {"$comment":"https://spec.openapis.org/oas/v3.1#header-object","type":"object","properties":{"description":{"type":"string"},"required":{"default":false,"type":"boolean"},"deprecated":{"default":false,"type":"boolean"},"schema":{"$ref":"#/$defs/schema"},"content":{"$ref":"#/$defs/content","minProperties":1,"maxProperties":1}},"oneOf":[{"required":["schema"]},{"required":["content"]}],"dependentSchemas":{"schema":{"properties":{"style":{"default":"simple","const":"simple"},"explode":{"default":false,"type":"boolean"}},"$ref":"#/$defs/examples"}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const wrapper0 = {validate: validate30};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
const _errs2 = errors;
let valid0 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.schema === undefined) && (missing0 = "schema")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.content === undefined) && (missing1 = "content")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate46.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.description = true;
props0.required = true;
props0.deprecated = true;
props0.schema = true;
props0.content = true;
}
if(data.description !== undefined){
const _errs5 = errors;
if(typeof data.description !== "string"){
validate46.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.required !== undefined){
const _errs7 = errors;
if(typeof data.required !== "boolean"){
validate46.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.deprecated !== undefined){
const _errs9 = errors;
if(typeof data.deprecated !== "boolean"){
validate46.errors = [{instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.schema !== undefined){
const _errs11 = errors;
if(!(validate28(data.schema, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.content !== undefined){
let data4 = data.content;
const _errs12 = errors;
if(!(wrapper0.validate(data4, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
if(errors === _errs12){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length > 1){
validate46.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data4).length < 1){
validate46.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
}
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.schema !== undefined){
const _errs13 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
if(errors === _errs13){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.style !== undefined){
const _errs14 = errors;
if("simple" !== data.style){
validate46.errors = [{instancePath:instancePath+"/style",schemaPath:"#/dependentSchemas/schema/properties/style/const",keyword:"const",params:{allowedValue: "simple"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.explode !== undefined){
const _errs15 = errors;
if(typeof data.explode !== "boolean"){
validate46.errors = [{instancePath:instancePath+"/explode",schemaPath:"#/dependentSchemas/schema/properties/explode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
}
}
}
var valid2 = _errs13 === errors;
if(valid2){
if(props0 !== true){
props0 = props0 || {};
props0.style = true;
props0.explode = true;
props0.example = true;
props0.examples = true;
}
}
}
else {
var valid2 = true;
}
if(valid2){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate46.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate44.errors = vErrors;
return false;
}
validate44.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate44.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema21 = {"$comment":"for encoding objects, and query and cookie parameters, style=form is the default","if":{"properties":{"style":{"const":"form"}}},"then":{"properties":{"explode":{"default":true}}},"else":{"properties":{"explode":{"default":false}}}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.style !== undefined){
if("form" !== data.style){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.explode = true;
props0.style = true;
}
ifClause0 = "then";
}
else {
const _errs5 = errors;
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.explode = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate52.errors = vErrors;
return false;
}
validate52.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate52.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.contentType = true;
props0.headers = true;
props0.style = true;
props0.explode = true;
props0.allowReserved = true;
}
if(data.contentType !== undefined){
const _errs2 = errors;
if(typeof data.contentType !== "string"){
validate42.errors = [{instancePath:instancePath+"/contentType",schemaPath:"#/properties/contentType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data1 = data.headers;
const _errs5 = errors;
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const _errs8 = errors;
if(!(validate44(data1[key0], {instancePath:instancePath+"/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate42.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.style !== undefined){
let data3 = data.style;
const _errs9 = errors;
if(!((((data3 === "form") || (data3 === "spaceDelimited")) || (data3 === "pipeDelimited")) || (data3 === "deepObject"))){
validate42.errors = [{instancePath:instancePath+"/style",schemaPath:"#/properties/style/enum",keyword:"enum",params:{allowedValues: schema18.properties.style.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.explode !== undefined){
const _errs10 = errors;
if(typeof data.explode !== "boolean"){
validate42.errors = [{instancePath:instancePath+"/explode",schemaPath:"#/properties/explode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowReserved !== undefined){
const _errs12 = errors;
if(typeof data.allowReserved !== "boolean"){
validate42.errors = [{instancePath:instancePath+"/allowReserved",schemaPath:"#/properties/allowReserved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.style !== undefined){
const _errs14 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
var props2 = validate52.evaluated.props;
}
if(errors === _errs14){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props2 !== true){
props2 = props2 || {};
props2.allowReserved = true;
}
}
}
var valid2 = _errs14 === errors;
if(valid2){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
}
}
else {
var valid2 = true;
}
if(valid2){
if(data.explode !== undefined){
const _errs15 = errors;
var valid2 = _errs15 === errors;
if(valid2){
if(props0 !== true){
props0 = props0 || {};
props0.style = true;
props0.allowReserved = true;
}
}
}
else {
var valid2 = true;
}
if(valid2){
if(data.allowReserved !== undefined){
const _errs16 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
var props3 = validate52.evaluated.props;
}
if(errors === _errs16){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props3 !== true){
props3 = props3 || {};
props3.style = true;
}
}
}
var valid2 = _errs16 === errors;
if(valid2){
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
}
}
else {
var valid2 = true;
}
if(valid2){
if(props0 !== true){
for(const key1 in data){
if(!props0 || !props0[key1]){
validate42.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
var valid0 = _errs2 === errors;
if(valid0){
const _errs3 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.example = true;
props0.examples = true;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.schema = true;
props0.encoding = true;
}
if(data.schema !== undefined){
const _errs4 = errors;
if(!(validate28(data.schema, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.encoding !== undefined){
let data1 = data.encoding;
const _errs5 = errors;
if(errors === _errs5){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const _errs8 = errors;
if(!(validate42(data1[key0], {instancePath:instancePath+"/encoding/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/encoding",schemaPath:"#/properties/encoding/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(props0 !== true){
for(const key1 in data){
if(!props0 || !props0[key1]){
validate31.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs2 = errors;
var valid0 = _errs2 === errors;
if(!valid0){
const err0 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate30.errors = vErrors;
return false;
break;
}
}
if(valid0){
for(const key1 in data){
const _errs4 = errors;
if(!(validate31(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema22 = {"if":{"properties":{"in":{"const":"path"}}},"then":{"properties":{"name":{"pattern":"^[^{}]+$"},"style":{"default":"simple","enum":["matrix","label","simple"]},"required":{"const":true},"explode":{"default":false}},"required":["required"]}};
const pattern3 = new RegExp("^[^{}]+$", "u");

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in !== undefined){
if("path" !== data.in){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.required === undefined) && (missing0 = "required")){
validate59.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
validate59.errors = [{instancePath:instancePath+"/name",schemaPath:"#/then/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^{}]+$"},message:"must match pattern \""+"^[^{}]+$"+"\""}];
return false;
}
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.style !== undefined){
let data2 = data.style;
const _errs5 = errors;
if(!(((data2 === "matrix") || (data2 === "label")) || (data2 === "simple"))){
validate59.errors = [{instancePath:instancePath+"/style",schemaPath:"#/then/properties/style/enum",keyword:"enum",params:{allowedValues: schema22.then.properties.style.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.required !== undefined){
const _errs6 = errors;
if(true !== data.required){
validate59.errors = [{instancePath:instancePath+"/required",schemaPath:"#/then/properties/required/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.name = true;
props0.style = true;
props0.required = true;
props0.explode = true;
props0.in = true;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate59.errors = vErrors;
return false;
}
validate59.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate59.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema23 = {"if":{"properties":{"in":{"const":"header"}}},"then":{"properties":{"style":{"default":"simple","const":"simple"},"explode":{"default":false}}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in !== undefined){
if("header" !== data.in){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.style !== undefined){
if("simple" !== data.style){
validate61.errors = [{instancePath:instancePath+"/style",schemaPath:"#/then/properties/style/const",keyword:"const",params:{allowedValue: "simple"},message:"must be equal to constant"}];
return false;
}
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.style = true;
props0.explode = true;
props0.in = true;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate61.errors = vErrors;
return false;
}
validate61.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate61.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema24 = {"if":{"properties":{"in":{"const":"query"}}},"then":{"properties":{"style":{"default":"form","enum":["form","spaceDelimited","pipeDelimited","deepObject"]},"allowReserved":{"default":false,"type":"boolean"}},"$ref":"#/$defs/explode-for-form"}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in !== undefined){
if("query" !== data.in){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
var props0 = validate52.evaluated.props;
}
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.style = true;
props0.allowReserved = true;
}
if(data.style !== undefined){
let data1 = data.style;
const _errs4 = errors;
if(!((((data1 === "form") || (data1 === "spaceDelimited")) || (data1 === "pipeDelimited")) || (data1 === "deepObject"))){
validate63.errors = [{instancePath:instancePath+"/style",schemaPath:"#/then/properties/style/enum",keyword:"enum",params:{allowedValues: schema24.then.properties.style.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.allowReserved !== undefined){
const _errs5 = errors;
if(typeof data.allowReserved !== "boolean"){
validate63.errors = [{instancePath:instancePath+"/allowReserved",schemaPath:"#/then/properties/allowReserved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid2 = _errs5 === errors;
}
else {
var valid2 = true;
}
}
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.in = true;
}
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate63.errors = vErrors;
return false;
}
validate63.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate63.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema25 = {"if":{"properties":{"in":{"const":"cookie"}}},"then":{"properties":{"style":{"default":"form","const":"form"}},"$ref":"#/$defs/explode-for-form"}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in !== undefined){
if("cookie" !== data.in){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(!(validate52(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
else {
var props0 = validate52.evaluated.props;
}
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.style = true;
}
if(data.style !== undefined){
if("form" !== data.style){
validate66.errors = [{instancePath:instancePath+"/style",schemaPath:"#/then/properties/style/const",keyword:"const",params:{allowedValue: "form"},message:"must be equal to constant"}];
return false;
}
}
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.in = true;
}
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate66.errors = vErrors;
return false;
}
validate66.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate66.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
const _errs2 = errors;
let valid0 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.schema === undefined) && (missing0 = "schema")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.content === undefined) && (missing1 = "content")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate26.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
const _errs5 = errors;
let valid1 = true;
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.in !== undefined){
if("query" !== data.in){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid1 = _errs6 === errors;
if(props0 !== true){
props0 = props0 || {};
props0.in = true;
}
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.allowEmptyValue !== undefined){
if(typeof data.allowEmptyValue !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/allowEmptyValue",schemaPath:"#/then/properties/allowEmptyValue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
}
}
var _valid1 = _errs8 === errors;
valid1 = _valid1;
if(valid1){
if(props0 !== true){
props0 = props0 || {};
props0.allowEmptyValue = true;
}
}
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate26.errors = vErrors;
return false;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if(((data.name === undefined) && (missing2 = "name")) || ((data.in === undefined) && (missing2 = "in"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.name = true;
props0.in = true;
props0.description = true;
props0.required = true;
props0.deprecated = true;
props0.schema = true;
props0.content = true;
}
if(data.name !== undefined){
const _errs11 = errors;
if(typeof data.name !== "string"){
validate26.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs11 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.in !== undefined){
let data3 = data.in;
const _errs13 = errors;
if(!((((data3 === "query") || (data3 === "header")) || (data3 === "path")) || (data3 === "cookie"))){
validate26.errors = [{instancePath:instancePath+"/in",schemaPath:"#/properties/in/enum",keyword:"enum",params:{allowedValues: schema11.properties.in.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.description !== undefined){
const _errs14 = errors;
if(typeof data.description !== "string"){
validate26.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs14 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.required !== undefined){
const _errs16 = errors;
if(typeof data.required !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs16 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.deprecated !== undefined){
const _errs18 = errors;
if(typeof data.deprecated !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid4 = _errs18 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.schema !== undefined){
const _errs20 = errors;
if(!(validate28(data.schema, {instancePath:instancePath+"/schema",parentData:data,parentDataProperty:"schema",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid4 = _errs20 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.content !== undefined){
let data8 = data.content;
const _errs21 = errors;
if(!(validate30(data8, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
if(errors === _errs21){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length > 1){
validate26.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"}];
return false;
}
else {
if(Object.keys(data8).length < 1){
validate26.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
}
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data.schema !== undefined){
const _errs22 = errors;
const _errs23 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var valid6 = _errs23 === errors;
if(valid6){
const _errs24 = errors;
if(!(validate59(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
else {
var props1 = validate59.evaluated.props;
}
var valid6 = _errs24 === errors;
if(valid6){
if(props1 !== true){
props1 = props1 || {};
props1.example = true;
props1.examples = true;
}
const _errs25 = errors;
if(!(validate61(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
errors = vErrors.length;
}
else {
var props2 = validate61.evaluated.props;
}
var valid6 = _errs25 === errors;
if(valid6){
if(props1 !== true && props2 !== undefined){
if(props2 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props2);
}
}
const _errs26 = errors;
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
else {
var props3 = validate63.evaluated.props;
}
var valid6 = _errs26 === errors;
if(valid6){
if(props1 !== true && props3 !== undefined){
if(props3 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props3);
}
}
const _errs27 = errors;
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
else {
var props4 = validate66.evaluated.props;
}
var valid6 = _errs27 === errors;
if(valid6){
if(props1 !== true && props4 !== undefined){
if(props4 === true){
props1 = true;
}
else {
props1 = props1 || {};
Object.assign(props1, props4);
}
}
}
}
}
}
}
if(errors === _errs22){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props1 !== true){
props1 = props1 || {};
props1.style = true;
props1.explode = true;
}
if(data.style !== undefined){
const _errs28 = errors;
if(typeof data.style !== "string"){
validate26.errors = [{instancePath:instancePath+"/style",schemaPath:"#/dependentSchemas/schema/properties/style/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs28 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data.explode !== undefined){
const _errs30 = errors;
if(typeof data.explode !== "boolean"){
validate26.errors = [{instancePath:instancePath+"/explode",schemaPath:"#/dependentSchemas/schema/properties/explode/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid7 = _errs30 === errors;
}
else {
var valid7 = true;
}
}
}
}
var valid5 = _errs22 === errors;
if(valid5){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
}
}
else {
var valid5 = true;
}
if(valid5){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate26.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate23.errors = vErrors;
return false;
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema26 = {"$comment":"https://spec.openapis.org/oas/v3.1#operation-object","type":"object","properties":{"tags":{"type":"array","items":{"type":"string"}},"summary":{"type":"string"},"description":{"type":"string"},"externalDocs":{"$ref":"#/$defs/external-documentation"},"operationId":{"type":"string"},"parameters":{"type":"array","items":{"$ref":"#/$defs/parameter-or-reference"}},"requestBody":{"$ref":"#/$defs/request-body-or-reference"},"responses":{"$ref":"#/$defs/responses"},"callbacks":{"type":"object","additionalProperties":{"$ref":"#/$defs/callbacks-or-reference"}},"deprecated":{"default":false,"type":"boolean"},"security":{"type":"array","items":{"$ref":"#/$defs/security-requirement"}},"servers":{"type":"array","items":{"$ref":"#/$defs/server"}}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema27 = {"$comment":"https://spec.openapis.org/oas/v3.1#external-documentation-object","type":"object","properties":{"description":{"type":"string"},"url":{"type":"string","format":"uri-reference"}},"required":["url"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.url === undefined) && (missing0 = "url")){
validate73.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.description = true;
props0.url = true;
}
if(data.description !== undefined){
const _errs2 = errors;
if(typeof data.description !== "string"){
validate73.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.url !== undefined){
let data1 = data.url;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate73.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate73.errors = [{instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate73.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
else {
validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema28 = {"if":{"type":"object","required":["$ref"]},"then":{"$ref":"#/$defs/reference"},"else":{"$ref":"#/$defs/request-body"}};
const schema29 = {"$comment":"https://spec.openapis.org/oas/v3.1#request-body-object","type":"object","properties":{"description":{"type":"string"},"content":{"$ref":"#/$defs/content"},"required":{"default":false,"type":"boolean"}},"required":["content"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.content === undefined) && (missing0 = "content")){
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.description = true;
props0.content = true;
props0.required = true;
}
if(data.description !== undefined){
const _errs2 = errors;
if(typeof data.description !== "string"){
validate79.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs4 = errors;
if(!(validate30(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.required !== undefined){
const _errs5 = errors;
if(typeof data.required !== "boolean"){
validate79.errors = [{instancePath:instancePath+"/required",schemaPath:"#/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate79.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
else {
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate77.errors = vErrors;
return false;
}
validate77.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate77.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema30 = {"$comment":"https://spec.openapis.org/oas/v3.1#responses-object","type":"object","properties":{"default":{"$ref":"#/$defs/response-or-reference"}},"patternProperties":{"^[1-5](?:[0-9]{2}|XX)$":{"$ref":"#/$defs/response-or-reference"}},"minProperties":1,"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false,"if":{"$comment":"either default, or at least one response code property must exist","patternProperties":{"^[1-5](?:[0-9]{2}|XX)$":false}},"then":{"required":["default"]}};
const schema31 = {"if":{"type":"object","required":["$ref"]},"then":{"$ref":"#/$defs/reference"},"else":{"$ref":"#/$defs/response"}};
const schema32 = {"$comment":"https://spec.openapis.org/oas/v3.1#response-object","type":"object","properties":{"description":{"type":"string"},"headers":{"type":"object","additionalProperties":{"$ref":"#/$defs/header-or-reference"}},"content":{"$ref":"#/$defs/content"},"links":{"type":"object","additionalProperties":{"$ref":"#/$defs/link-or-reference"}}},"required":["description"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema33 = {"if":{"type":"object","required":["$ref"]},"then":{"$ref":"#/$defs/reference"},"else":{"$ref":"#/$defs/link"}};
const schema34 = {"$comment":"https://spec.openapis.org/oas/v3.1#link-object","type":"object","properties":{"operationRef":{"type":"string","format":"uri-reference"},"operationId":{"type":"string"},"parameters":{"$ref":"#/$defs/map-of-strings"},"requestBody":true,"description":{"type":"string"},"server":{"$ref":"#/$defs/server"}},"oneOf":[{"required":["operationRef"]},{"required":["operationId"]}],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};
const schema35 = {"type":"object","additionalProperties":{"type":"string"}};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs2 = errors;
if(typeof data[key0] !== "string"){
validate96.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate96.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
const _errs2 = errors;
let valid0 = false;
let passing0 = null;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.operationRef === undefined) && (missing0 = "operationRef")){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.operationId === undefined) && (missing1 = "operationId")){
const err1 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate94.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.operationRef = true;
props0.operationId = true;
props0.parameters = true;
props0.requestBody = true;
props0.description = true;
props0.server = true;
}
if(data.operationRef !== undefined){
let data0 = data.operationRef;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate94.errors = [{instancePath:instancePath+"/operationRef",schemaPath:"#/properties/operationRef/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate94.errors = [{instancePath:instancePath+"/operationRef",schemaPath:"#/properties/operationRef/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.operationId !== undefined){
const _errs7 = errors;
if(typeof data.operationId !== "string"){
validate94.errors = [{instancePath:instancePath+"/operationId",schemaPath:"#/properties/operationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.parameters !== undefined){
const _errs9 = errors;
if(!(validate96(data.parameters, {instancePath:instancePath+"/parameters",parentData:data,parentDataProperty:"parameters",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.description !== undefined){
const _errs10 = errors;
if(typeof data.description !== "string"){
validate94.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.server !== undefined){
const _errs12 = errors;
if(!(validate12(data.server, {instancePath:instancePath+"/server",parentData:data,parentDataProperty:"server",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate94.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
else {
validate94.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate92.errors = vErrors;
return false;
}
validate92.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate92.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.description === undefined) && (missing0 = "description")){
validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.description = true;
props0.headers = true;
props0.content = true;
props0.links = true;
}
if(data.description !== undefined){
const _errs2 = errors;
if(typeof data.description !== "string"){
validate88.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.headers !== undefined){
let data1 = data.headers;
const _errs4 = errors;
if(errors === _errs4){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key0 in data1){
const _errs7 = errors;
if(!(validate44(data1[key0], {instancePath:instancePath+"/headers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate88.errors = [{instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
const _errs8 = errors;
if(!(validate30(data.content, {instancePath:instancePath+"/content",parentData:data,parentDataProperty:"content",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.links !== undefined){
let data4 = data.links;
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs12 = errors;
if(!(validate92(data4[key1], {instancePath:instancePath+"/links/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
else {
validate88.errors = [{instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key2 in data){
if(!props0 || !props0[key2]){
validate88.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key2},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate86.errors = vErrors;
return false;
}
validate86.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate86.evaluated = {"dynamicProps":true,"dynamicItems":false};

const pattern4 = new RegExp("^[1-5](?:[0-9]{2}|XX)$", "u");

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
const _errs2 = errors;
let valid0 = true;
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
var props1 = {};
for(const key0 in data){
if(pattern4.test(key0)){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
props1[key0] = true;
}
}
}
}
var _valid0 = _errs3 === errors;
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.default === undefined) && (missing0 = "default")){
validate84.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate84.errors = vErrors;
return false;
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
validate84.errors = [{instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.default = true;
}
if(data.default !== undefined){
const _errs6 = errors;
if(!(validate86(data.default, {instancePath:instancePath+"/default",parentData:data,parentDataProperty:"default",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
if(valid2){
var valid3 = true;
for(const key1 in data){
if(pattern4.test(key1)){
const _errs7 = errors;
if(!(validate86(data[key1], {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid3 = _errs7 === errors;
props0[key1] = true;
}
}
if(valid3){
if(props0 !== true){
for(const key2 in data){
if(!props0 || !props0[key2]){
validate84.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key2},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
else {
validate84.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"if":{"type":"object","required":["$ref"]},"then":{"$ref":"#/$defs/reference"},"else":{"$ref":"#/$defs/callbacks"}};
const schema37 = {"$comment":"https://spec.openapis.org/oas/v3.1#callback-object","type":"object","$ref":"#/$defs/specification-extensions","additionalProperties":{"$ref":"#/$defs/path-item"}};
const wrapper1 = {validate: validate20};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate107.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs3 = errors;
if(!(wrapper1.validate(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
if(!valid0){
break;
}
}
}
else {
validate107.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate107.errors = vErrors;
return errors === 0;
}
validate107.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate105.errors = vErrors;
return false;
}
validate105.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate105.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema38 = {"$comment":"https://spec.openapis.org/oas/v3.1#security-requirement-object","type":"object","additionalProperties":{"type":"array","items":{"type":"string"}}};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(typeof data0[i0] !== "string"){
validate111.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i0,schemaPath:"#/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate111.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
if(!valid0){
break;
}
}
}
else {
validate111.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.tags = true;
props0.summary = true;
props0.description = true;
props0.externalDocs = true;
props0.operationId = true;
props0.parameters = true;
props0.requestBody = true;
props0.responses = true;
props0.callbacks = true;
props0.deprecated = true;
props0.security = true;
props0.servers = true;
}
if(data.tags !== undefined){
let data0 = data.tags;
const _errs2 = errors;
if(errors === _errs2){
if(Array.isArray(data0)){
var valid1 = true;
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
const _errs4 = errors;
if(typeof data0[i0] !== "string"){
validate71.errors = [{instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs4 === errors;
if(!valid1){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs6 = errors;
if(typeof data.summary !== "string"){
validate71.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs8 = errors;
if(typeof data.description !== "string"){
validate71.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDocs !== undefined){
const _errs10 = errors;
if(!(validate73(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operationId !== undefined){
const _errs11 = errors;
if(typeof data.operationId !== "string"){
validate71.errors = [{instancePath:instancePath+"/operationId",schemaPath:"#/properties/operationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data6 = data.parameters;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid2 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs15 = errors;
if(!(validate23(data6[i1], {instancePath:instancePath+"/parameters/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestBody !== undefined){
const _errs16 = errors;
if(!(validate77(data.requestBody, {instancePath:instancePath+"/requestBody",parentData:data,parentDataProperty:"requestBody",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.responses !== undefined){
const _errs17 = errors;
if(!(validate84(data.responses, {instancePath:instancePath+"/responses",parentData:data,parentDataProperty:"responses",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.callbacks !== undefined){
let data10 = data.callbacks;
const _errs18 = errors;
if(errors === _errs18){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
const _errs21 = errors;
if(!(validate105(data10[key0], {instancePath:instancePath+"/callbacks/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
var valid3 = _errs21 === errors;
if(!valid3){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/callbacks",schemaPath:"#/properties/callbacks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deprecated !== undefined){
const _errs22 = errors;
if(typeof data.deprecated !== "boolean"){
validate71.errors = [{instancePath:instancePath+"/deprecated",schemaPath:"#/properties/deprecated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.security !== undefined){
let data13 = data.security;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data13)){
var valid4 = true;
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
const _errs26 = errors;
if(!(validate111(data13[i2], {instancePath:instancePath+"/security/" + i2,parentData:data13,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var valid4 = _errs26 === errors;
if(!valid4){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.servers !== undefined){
let data15 = data.servers;
const _errs27 = errors;
if(errors === _errs27){
if(Array.isArray(data15)){
var valid5 = true;
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
const _errs29 = errors;
if(!(validate12(data15[i3], {instancePath:instancePath+"/servers/" + i3,parentData:data15,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid5 = _errs29 === errors;
if(!valid5){
break;
}
}
}
else {
validate71.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key1 in data){
if(!props0 || !props0[key1]){
validate71.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
props0.servers = true;
props0.parameters = true;
props0.get = true;
props0.put = true;
props0.post = true;
props0.delete = true;
props0.options = true;
props0.head = true;
props0.patch = true;
props0.trace = true;
}
if(data.$ref !== undefined){
let data0 = data.$ref;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate20.errors = [{instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs4 = errors;
if(typeof data.summary !== "string"){
validate20.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs6 = errors;
if(typeof data.description !== "string"){
validate20.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.servers !== undefined){
let data3 = data.servers;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate12(data3[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data5 = data.parameters;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs13 = errors;
if(!(validate23(data5[i1], {instancePath:instancePath+"/parameters/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.get !== undefined){
const _errs14 = errors;
if(!(validate71(data.get, {instancePath:instancePath+"/get",parentData:data,parentDataProperty:"get",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.put !== undefined){
const _errs15 = errors;
if(!(validate71(data.put, {instancePath:instancePath+"/put",parentData:data,parentDataProperty:"put",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.post !== undefined){
const _errs16 = errors;
if(!(validate71(data.post, {instancePath:instancePath+"/post",parentData:data,parentDataProperty:"post",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.delete !== undefined){
const _errs17 = errors;
if(!(validate71(data.delete, {instancePath:instancePath+"/delete",parentData:data,parentDataProperty:"delete",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.options !== undefined){
const _errs18 = errors;
if(!(validate71(data.options, {instancePath:instancePath+"/options",parentData:data,parentDataProperty:"options",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.head !== undefined){
const _errs19 = errors;
if(!(validate71(data.head, {instancePath:instancePath+"/head",parentData:data,parentDataProperty:"head",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.patch !== undefined){
const _errs20 = errors;
if(!(validate71(data.patch, {instancePath:instancePath+"/patch",parentData:data,parentDataProperty:"patch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trace !== undefined){
const _errs21 = errors;
if(!(validate71(data.trace, {instancePath:instancePath+"/trace",parentData:data,parentDataProperty:"trace",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate20.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern2 = new RegExp("^/", "u");

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
var valid0 = true;
for(const key0 in data){
if(pattern2.test(key0)){
const _errs2 = errors;
if(!(validate20(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
props0[key0] = true;
}
}
if(valid0){
if(props0 !== true){
for(const key1 in data){
if(!props0 || !props0[key1]){
validate18.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key1},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}
validate18.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"$comment":"https://spec.openapis.org/oas/v3.1#tag-object","type":"object","properties":{"name":{"type":"string"},"description":{"type":"string"},"externalDocs":{"$ref":"#/$defs/external-documentation"}},"required":["name"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate173(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate173.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate173.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.name = true;
props0.description = true;
props0.externalDocs = true;
}
if(data.name !== undefined){
const _errs2 = errors;
if(typeof data.name !== "string"){
validate173.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs4 = errors;
if(typeof data.description !== "string"){
validate173.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalDocs !== undefined){
const _errs6 = errors;
if(!(validate73(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate173.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
else {
validate173.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate173.errors = vErrors;
return errors === 0;
}
validate173.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern1 = new RegExp("^3\\.1\\.\\d+(-.+)?$", "u");
const pattern7 = new RegExp("^(?:schemas|responses|parameters|examples|requestBodies|headers|securitySchemes|links|callbacks|pathItems)$", "u");
const pattern8 = new RegExp("^[a-zA-Z0-9._-]+$", "u");

function validate178(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate178.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.paths === undefined) && (missing0 = "paths")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.components === undefined) && (missing1 = "components")){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.webhooks === undefined) && (missing2 = "webhooks")){
const err2 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate178.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((data.openapi === undefined) && (missing3 = "openapi")) || ((data.info === undefined) && (missing3 = "info"))){
validate178.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.openapi = true;
props0.info = true;
props0.jsonSchemaDialect = true;
props0.servers = true;
props0.paths = true;
props0.webhooks = true;
props0.components = true;
props0.security = true;
props0.tags = true;
props0.externalDocs = true;
}
if(data.openapi !== undefined){
let data0 = data.openapi;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
validate178.errors = [{instancePath:instancePath+"/openapi",schemaPath:"#/properties/openapi/pattern",keyword:"pattern",params:{pattern: "^3\\.1\\.\\d+(-.+)?$"},message:"must match pattern \""+"^3\\.1\\.\\d+(-.+)?$"+"\""}];
return false;
}
}
else {
validate178.errors = [{instancePath:instancePath+"/openapi",schemaPath:"#/properties/openapi/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.info !== undefined){
const _errs7 = errors;
if(!(validate3(data.info, {instancePath:instancePath+"/info",parentData:data,parentDataProperty:"info",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.jsonSchemaDialect !== undefined){
let data2 = data.jsonSchemaDialect;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate178.errors = [{instancePath:instancePath+"/jsonSchemaDialect",schemaPath:"#/properties/jsonSchemaDialect/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate178.errors = [{instancePath:instancePath+"/jsonSchemaDialect",schemaPath:"#/properties/jsonSchemaDialect/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.servers !== undefined){
let data3 = data.servers;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data3)){
var valid2 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(!(validate12(data3[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
else {
validate178.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.paths !== undefined){
const _errs13 = errors;
if(!(validate18(data.paths, {instancePath:instancePath+"/paths",parentData:data,parentDataProperty:"paths",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.webhooks !== undefined){
let data6 = data.webhooks;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key0 in data6){
const _errs17 = errors;
if(!(validate20(data6[key0], {instancePath:instancePath+"/webhooks/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
else {
validate178.errors = [{instancePath:instancePath+"/webhooks",schemaPath:"#/properties/webhooks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.components !== undefined){
let data8 = data.components;
const _errs18 = errors;
if(!(validate1(data8, {instancePath:instancePath+"/components",parentData:data,parentDataProperty:"components",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props1 = validate1.evaluated.props;
}
if(errors === _errs18){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(props1 !== true){
props1 = props1 || {};
props1.schemas = true;
props1.responses = true;
props1.parameters = true;
props1.examples = true;
props1.requestBodies = true;
props1.headers = true;
props1.securitySchemes = true;
props1.links = true;
props1.callbacks = true;
props1.pathItems = true;
}
if(data8.schemas !== undefined){
let data9 = data8.schemas;
const _errs21 = errors;
if(errors === _errs21){
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/schemas",schemaPath:"#/properties/components/properties/schemas/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs21 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.responses !== undefined){
let data10 = data8.responses;
const _errs24 = errors;
if(errors === _errs24){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/responses",schemaPath:"#/properties/components/properties/responses/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs24 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.parameters !== undefined){
let data11 = data8.parameters;
const _errs27 = errors;
if(errors === _errs27){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/parameters",schemaPath:"#/properties/components/properties/parameters/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs27 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.examples !== undefined){
let data12 = data8.examples;
const _errs30 = errors;
if(errors === _errs30){
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/examples",schemaPath:"#/properties/components/properties/examples/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs30 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.requestBodies !== undefined){
let data13 = data8.requestBodies;
const _errs33 = errors;
if(errors === _errs33){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/requestBodies",schemaPath:"#/properties/components/properties/requestBodies/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs33 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.headers !== undefined){
let data14 = data8.headers;
const _errs36 = errors;
if(errors === _errs36){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/headers",schemaPath:"#/properties/components/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs36 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.securitySchemes !== undefined){
let data15 = data8.securitySchemes;
const _errs39 = errors;
if(errors === _errs39){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/securitySchemes",schemaPath:"#/properties/components/properties/securitySchemes/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs39 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.links !== undefined){
let data16 = data8.links;
const _errs42 = errors;
if(errors === _errs42){
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/links",schemaPath:"#/properties/components/properties/links/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs42 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.callbacks !== undefined){
let data17 = data8.callbacks;
const _errs45 = errors;
if(errors === _errs45){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/callbacks",schemaPath:"#/properties/components/properties/callbacks/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs45 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data8.pathItems !== undefined){
let data18 = data8.pathItems;
const _errs48 = errors;
if(errors === _errs48){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
}
else {
validate178.errors = [{instancePath:instancePath+"/components/pathItems",schemaPath:"#/properties/components/properties/pathItems/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs48 === errors;
}
else {
var valid4 = true;
}
if(valid4){
var valid5 = true;
for(const key1 in data8){
if(pattern7.test(key1)){
let data19 = data8[key1];
const _errs51 = errors;
if(errors === _errs51){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
const _errs53 = errors;
if(typeof key2 === "string"){
if(!pattern8.test(key2)){
const err4 = {instancePath:instancePath+"/components/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/components/patternProperties/%5E(%3F%3Aschemas%7Cresponses%7Cparameters%7Cexamples%7CrequestBodies%7Cheaders%7CsecuritySchemes%7Clinks%7Ccallbacks%7CpathItems)%24/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9._-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9._-]+$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var valid6 = _errs53 === errors;
if(!valid6){
const err5 = {instancePath:instancePath+"/components/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/components/patternProperties/%5E(%3F%3Aschemas%7Cresponses%7Cparameters%7Cexamples%7CrequestBodies%7Cheaders%7CsecuritySchemes%7Clinks%7Ccallbacks%7CpathItems)%24/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate178.errors = vErrors;
return false;
break;
}
}
}
}
var valid5 = _errs51 === errors;
props1[key1] = true;
}
}
if(valid5){
if(props1 !== true){
for(const key3 in data8){
if(!props1 || !props1[key3]){
validate178.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key3},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate178.errors = [{instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.security !== undefined){
let data20 = data.security;
const _errs55 = errors;
if(errors === _errs55){
if(Array.isArray(data20)){
var valid7 = true;
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
const _errs57 = errors;
if(!(validate111(data20[i1], {instancePath:instancePath+"/security/" + i1,parentData:data20,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var valid7 = _errs57 === errors;
if(!valid7){
break;
}
}
}
else {
validate178.errors = [{instancePath:instancePath+"/security",schemaPath:"#/properties/security/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs55 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.tags !== undefined){
let data22 = data.tags;
const _errs58 = errors;
if(errors === _errs58){
if(Array.isArray(data22)){
var valid8 = true;
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
const _errs60 = errors;
if(!(validate173(data22[i2], {instancePath:instancePath+"/tags/" + i2,parentData:data22,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate173.errors : vErrors.concat(validate173.errors);
errors = vErrors.length;
}
var valid8 = _errs60 === errors;
if(!valid8){
break;
}
}
}
else {
validate178.errors = [{instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid1 = _errs58 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.externalDocs !== undefined){
const _errs61 = errors;
if(!(validate73(data.externalDocs, {instancePath:instancePath+"/externalDocs",parentData:data,parentDataProperty:"externalDocs",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
var valid1 = _errs61 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(props0 !== true){
for(const key4 in data){
if(!props0 || !props0[key4]){
validate178.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key4},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate178.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate178.errors = vErrors;
return errors === 0;
}
validate178.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.schemas = validate188;

function validate188(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate188.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (typeof data !== "boolean")){
validate188.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema12.type},message:"must be object,boolean"}];
return false;
}
if(!dynamicAnchors.meta){
dynamicAnchors.meta = validate188;
}
validate188.errors = vErrors;
return errors === 0;
}
validate188.evaluated = {"dynamicProps":false,"dynamicItems":false};

exports.responses = validate189;

function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate189.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate189.errors = vErrors;
return false;
}
validate189.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate189.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.parameters = validate192;

function validate192(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate192.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate192.errors = vErrors;
return false;
}
validate192.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate192.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.examples = validate195;

function validate195(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate195.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate195.errors = vErrors;
return false;
}
validate195.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate195.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.requestBodies = validate198;

function validate198(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate198.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate79(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate198.errors = vErrors;
return false;
}
validate198.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate198.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.headers = validate201;

function validate201(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate201.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate201.errors = vErrors;
return false;
}
validate201.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate201.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.securitySchemes = validate204;
const schema40 = {"if":{"type":"object","required":["$ref"]},"then":{"$ref":"#/$defs/reference"},"else":{"$ref":"#/$defs/security-scheme"}};
const schema41 = {"$comment":"https://spec.openapis.org/oas/v3.1#security-scheme-object","type":"object","properties":{"type":{"enum":["apiKey","http","mutualTLS","oauth2","openIdConnect"]},"description":{"type":"string"}},"required":["type"],"allOf":[{"$ref":"#/$defs/specification-extensions"},{"$ref":"#/$defs/security-scheme/$defs/type-apikey"},{"$ref":"#/$defs/security-scheme/$defs/type-http"},{"$ref":"#/$defs/security-scheme/$defs/type-http-bearer"},{"$ref":"#/$defs/security-scheme/$defs/type-oauth2"},{"$ref":"#/$defs/security-scheme/$defs/type-oidc"}],"unevaluatedProperties":false,"$defs":{"type-apikey":{"if":{"properties":{"type":{"const":"apiKey"}}},"then":{"properties":{"name":{"type":"string"},"in":{"enum":["query","header","cookie"]}},"required":["name","in"]}},"type-http":{"if":{"properties":{"type":{"const":"http"}}},"then":{"properties":{"scheme":{"type":"string"}},"required":["scheme"]}},"type-http-bearer":{"if":{"properties":{"type":{"const":"http"},"scheme":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"}},"required":["type","scheme"]},"then":{"properties":{"bearerFormat":{"type":"string"}}}},"type-oauth2":{"if":{"properties":{"type":{"const":"oauth2"}}},"then":{"properties":{"flows":{"$ref":"#/$defs/oauth-flows"}},"required":["flows"]}},"type-oidc":{"if":{"properties":{"type":{"const":"openIdConnect"}}},"then":{"properties":{"openIdConnectUrl":{"type":"string","format":"uri-reference"}},"required":["openIdConnectUrl"]}}}};
const schema42 = {"if":{"properties":{"type":{"const":"apiKey"}}},"then":{"properties":{"name":{"type":"string"},"in":{"enum":["query","header","cookie"]}},"required":["name","in"]}};

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate137.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("apiKey" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.name === undefined) && (missing0 = "name")) || ((data.in === undefined) && (missing0 = "in"))){
validate137.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.name !== undefined){
const _errs4 = errors;
if(typeof data.name !== "string"){
validate137.errors = [{instancePath:instancePath+"/name",schemaPath:"#/then/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs4 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data.in !== undefined){
let data2 = data.in;
const _errs6 = errors;
if(!(((data2 === "query") || (data2 === "header")) || (data2 === "cookie"))){
validate137.errors = [{instancePath:instancePath+"/in",schemaPath:"#/then/properties/in/enum",keyword:"enum",params:{allowedValues: schema42.then.properties.in.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid2 = _errs6 === errors;
}
else {
var valid2 = true;
}
}
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.name = true;
props0.in = true;
props0.type = true;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate137.errors = vErrors;
return false;
}
validate137.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate137.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema43 = {"if":{"properties":{"type":{"const":"http"}}},"then":{"properties":{"scheme":{"type":"string"}},"required":["scheme"]}};

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate139.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("http" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.scheme === undefined) && (missing0 = "scheme")){
validate139.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.scheme !== undefined){
if(typeof data.scheme !== "string"){
validate139.errors = [{instancePath:instancePath+"/scheme",schemaPath:"#/then/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.scheme = true;
props0.type = true;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate139.errors = vErrors;
return false;
}
validate139.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate139.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema44 = {"if":{"properties":{"type":{"const":"http"},"scheme":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"}},"required":["type","scheme"]},"then":{"properties":{"bearerFormat":{"type":"string"}}}};
const pattern6 = new RegExp("^[Bb][Ee][Aa][Rr][Ee][Rr]$", "u");

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate141.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.type === undefined) && (missing0 = "type")) || ((data.scheme === undefined) && (missing0 = "scheme"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
const _errs2 = errors;
if("http" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid1 = _errs2 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scheme !== undefined){
let data1 = data.scheme;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.bearerFormat !== undefined){
if(typeof data.bearerFormat !== "string"){
validate141.errors = [{instancePath:instancePath+"/bearerFormat",schemaPath:"#/then/properties/bearerFormat/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.bearerFormat = true;
props0.type = true;
props0.scheme = true;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate141.errors = vErrors;
return false;
}
validate141.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate141.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema45 = {"if":{"properties":{"type":{"const":"oauth2"}}},"then":{"properties":{"flows":{"$ref":"#/$defs/oauth-flows"}},"required":["flows"]}};
const schema46 = {"type":"object","properties":{"implicit":{"$ref":"#/$defs/oauth-flows/$defs/implicit"},"password":{"$ref":"#/$defs/oauth-flows/$defs/password"},"clientCredentials":{"$ref":"#/$defs/oauth-flows/$defs/client-credentials"},"authorizationCode":{"$ref":"#/$defs/oauth-flows/$defs/authorization-code"}},"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false,"$defs":{"implicit":{"type":"object","properties":{"authorizationUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"$ref":"#/$defs/map-of-strings"}},"required":["authorizationUrl","scopes"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false},"password":{"type":"object","properties":{"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"$ref":"#/$defs/map-of-strings"}},"required":["tokenUrl","scopes"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false},"client-credentials":{"type":"object","properties":{"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"$ref":"#/$defs/map-of-strings"}},"required":["tokenUrl","scopes"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false},"authorization-code":{"type":"object","properties":{"authorizationUrl":{"type":"string","format":"uri-reference"},"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"$ref":"#/$defs/map-of-strings"}},"required":["authorizationUrl","tokenUrl","scopes"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false}}};
const schema47 = {"type":"object","properties":{"authorizationUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"$ref":"#/$defs/map-of-strings"}},"required":["authorizationUrl","scopes"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate146(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate146.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.authorizationUrl === undefined) && (missing0 = "authorizationUrl")) || ((data.scopes === undefined) && (missing0 = "scopes"))){
validate146.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.authorizationUrl = true;
props0.refreshUrl = true;
props0.scopes = true;
}
if(data.authorizationUrl !== undefined){
let data0 = data.authorizationUrl;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate146.errors = [{instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate146.errors = [{instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refreshUrl !== undefined){
let data1 = data.refreshUrl;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate146.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate146.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
const _errs5 = errors;
if(!(validate96(data.scopes, {instancePath:instancePath+"/scopes",parentData:data,parentDataProperty:"scopes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate146.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
else {
validate146.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate146.errors = vErrors;
return errors === 0;
}
validate146.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","properties":{"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"$ref":"#/$defs/map-of-strings"}},"required":["tokenUrl","scopes"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate150.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.tokenUrl === undefined) && (missing0 = "tokenUrl")) || ((data.scopes === undefined) && (missing0 = "scopes"))){
validate150.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.tokenUrl = true;
props0.refreshUrl = true;
props0.scopes = true;
}
if(data.tokenUrl !== undefined){
let data0 = data.tokenUrl;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate150.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate150.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refreshUrl !== undefined){
let data1 = data.refreshUrl;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate150.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate150.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
const _errs5 = errors;
if(!(validate96(data.scopes, {instancePath:instancePath+"/scopes",parentData:data,parentDataProperty:"scopes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate150.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
else {
validate150.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate150.errors = vErrors;
return errors === 0;
}
validate150.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","properties":{"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"$ref":"#/$defs/map-of-strings"}},"required":["tokenUrl","scopes"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate154.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.tokenUrl === undefined) && (missing0 = "tokenUrl")) || ((data.scopes === undefined) && (missing0 = "scopes"))){
validate154.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.tokenUrl = true;
props0.refreshUrl = true;
props0.scopes = true;
}
if(data.tokenUrl !== undefined){
let data0 = data.tokenUrl;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate154.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate154.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refreshUrl !== undefined){
let data1 = data.refreshUrl;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate154.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate154.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
const _errs5 = errors;
if(!(validate96(data.scopes, {instancePath:instancePath+"/scopes",parentData:data,parentDataProperty:"scopes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate154.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
else {
validate154.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate154.errors = vErrors;
return errors === 0;
}
validate154.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"type":"object","properties":{"authorizationUrl":{"type":"string","format":"uri-reference"},"tokenUrl":{"type":"string","format":"uri-reference"},"refreshUrl":{"type":"string","format":"uri-reference"},"scopes":{"$ref":"#/$defs/map-of-strings"}},"required":["authorizationUrl","tokenUrl","scopes"],"$ref":"#/$defs/specification-extensions","unevaluatedProperties":false};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate158.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.authorizationUrl === undefined) && (missing0 = "authorizationUrl")) || ((data.tokenUrl === undefined) && (missing0 = "tokenUrl"))) || ((data.scopes === undefined) && (missing0 = "scopes"))){
validate158.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.authorizationUrl = true;
props0.tokenUrl = true;
props0.refreshUrl = true;
props0.scopes = true;
}
if(data.authorizationUrl !== undefined){
let data0 = data.authorizationUrl;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate158.errors = [{instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate158.errors = [{instancePath:instancePath+"/authorizationUrl",schemaPath:"#/properties/authorizationUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tokenUrl !== undefined){
let data1 = data.tokenUrl;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate158.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate158.errors = [{instancePath:instancePath+"/tokenUrl",schemaPath:"#/properties/tokenUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refreshUrl !== undefined){
let data2 = data.refreshUrl;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate158.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate158.errors = [{instancePath:instancePath+"/refreshUrl",schemaPath:"#/properties/refreshUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes !== undefined){
const _errs7 = errors;
if(!(validate96(data.scopes, {instancePath:instancePath+"/scopes",parentData:data,parentDataProperty:"scopes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate158.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
else {
validate158.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate158.errors = vErrors;
return errors === 0;
}
validate158.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate144.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.implicit = true;
props0.password = true;
props0.clientCredentials = true;
props0.authorizationCode = true;
}
if(data.implicit !== undefined){
const _errs1 = errors;
if(!(validate146(data.implicit, {instancePath:instancePath+"/implicit",parentData:data,parentDataProperty:"implicit",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate146.errors : vErrors.concat(validate146.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.password !== undefined){
const _errs2 = errors;
if(!(validate150(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientCredentials !== undefined){
const _errs3 = errors;
if(!(validate154(data.clientCredentials, {instancePath:instancePath+"/clientCredentials",parentData:data,parentDataProperty:"clientCredentials",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorizationCode !== undefined){
const _errs4 = errors;
if(!(validate158(data.authorizationCode, {instancePath:instancePath+"/authorizationCode",parentData:data,parentDataProperty:"authorizationCode",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate144.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
else {
validate144.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate144.errors = vErrors;
return errors === 0;
}
validate144.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate143.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("oauth2" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.flows === undefined) && (missing0 = "flows")){
validate143.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.flows !== undefined){
if(!(validate144(data.flows, {instancePath:instancePath+"/flows",parentData:data,parentDataProperty:"flows",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
}
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.flows = true;
props0.type = true;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate143.errors = vErrors;
return false;
}
validate143.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate143.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema51 = {"if":{"properties":{"type":{"const":"openIdConnect"}}},"then":{"properties":{"openIdConnectUrl":{"type":"string","format":"uri-reference"}},"required":["openIdConnectUrl"]}};

function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate164.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("openIdConnect" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.openIdConnectUrl === undefined) && (missing0 = "openIdConnectUrl")){
validate164.errors = [{instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.openIdConnectUrl !== undefined){
let data1 = data.openIdConnectUrl;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate164.errors = [{instancePath:instancePath+"/openIdConnectUrl",schemaPath:"#/then/properties/openIdConnectUrl/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate164.errors = [{instancePath:instancePath+"/openIdConnectUrl",schemaPath:"#/then/properties/openIdConnectUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.openIdConnectUrl = true;
props0.type = true;
}
}
if(!valid0){
const err1 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate164.errors = vErrors;
return false;
}
validate164.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate164.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate135.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
var valid0 = _errs2 === errors;
if(valid0){
const _errs3 = errors;
if(!(validate137(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
else {
var props1 = validate137.evaluated.props;
}
var valid0 = _errs3 === errors;
if(valid0){
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs4 = errors;
if(!(validate139(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
else {
var props2 = validate139.evaluated.props;
}
var valid0 = _errs4 === errors;
if(valid0){
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs5 = errors;
if(!(validate141(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
else {
var props3 = validate141.evaluated.props;
}
var valid0 = _errs5 === errors;
if(valid0){
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs6 = errors;
if(!(validate143(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
errors = vErrors.length;
}
else {
var props4 = validate143.evaluated.props;
}
var valid0 = _errs6 === errors;
if(valid0){
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs7 = errors;
if(!(validate164(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate164.errors : vErrors.concat(validate164.errors);
errors = vErrors.length;
}
else {
var props5 = validate164.evaluated.props;
}
var valid0 = _errs7 === errors;
if(valid0){
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
}
}
}
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate135.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(props0 !== true){
props0 = props0 || {};
props0.type = true;
props0.description = true;
}
if(data.type !== undefined){
let data0 = data.type;
const _errs8 = errors;
if(!(((((data0 === "apiKey") || (data0 === "http")) || (data0 === "mutualTLS")) || (data0 === "oauth2")) || (data0 === "openIdConnect"))){
validate135.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema41.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.description !== undefined){
const _errs9 = errors;
if(typeof data.description !== "string"){
validate135.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate135.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
else {
validate135.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate135.errors = vErrors;
return errors === 0;
}
validate135.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate204.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate135(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate204.errors = vErrors;
return false;
}
validate204.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate204.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.links = validate207;

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate207.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate94(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate207.errors = vErrors;
return false;
}
validate207.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate207.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.callbacks = validate210;

function validate210(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate210.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.$ref === undefined) && (missing0 = "$ref")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(!(validate107(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate210.errors = vErrors;
return false;
}
validate210.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate210.evaluated = {"dynamicProps":true,"dynamicItems":false};

exports.pathItems = validate213;

function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate213.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate1(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
else {
var props0 = validate1.evaluated.props;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
props0 = props0 || {};
props0.$ref = true;
props0.summary = true;
props0.description = true;
props0.servers = true;
props0.parameters = true;
props0.get = true;
props0.put = true;
props0.post = true;
props0.delete = true;
props0.options = true;
props0.head = true;
props0.patch = true;
props0.trace = true;
}
if(data.$ref !== undefined){
let data0 = data.$ref;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate213.errors = [{instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/format",keyword:"format",params:{format: "uri-reference"},message:"must match format \""+"uri-reference"+"\""}];
return false;
}
}
else {
validate213.errors = [{instancePath:instancePath+"/$ref",schemaPath:"#/properties/%24ref/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
const _errs4 = errors;
if(typeof data.summary !== "string"){
validate213.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
const _errs6 = errors;
if(typeof data.description !== "string"){
validate213.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.servers !== undefined){
let data3 = data.servers;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs10 = errors;
if(!(validate12(data3[i0], {instancePath:instancePath+"/servers/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid1 = _errs10 === errors;
if(!valid1){
break;
}
}
}
else {
validate213.errors = [{instancePath:instancePath+"/servers",schemaPath:"#/properties/servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parameters !== undefined){
let data5 = data.parameters;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs13 = errors;
if(!(validate23(data5[i1], {instancePath:instancePath+"/parameters/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid2 = _errs13 === errors;
if(!valid2){
break;
}
}
}
else {
validate213.errors = [{instancePath:instancePath+"/parameters",schemaPath:"#/properties/parameters/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.get !== undefined){
const _errs14 = errors;
if(!(validate71(data.get, {instancePath:instancePath+"/get",parentData:data,parentDataProperty:"get",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.put !== undefined){
const _errs15 = errors;
if(!(validate71(data.put, {instancePath:instancePath+"/put",parentData:data,parentDataProperty:"put",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.post !== undefined){
const _errs16 = errors;
if(!(validate71(data.post, {instancePath:instancePath+"/post",parentData:data,parentDataProperty:"post",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.delete !== undefined){
const _errs17 = errors;
if(!(validate71(data.delete, {instancePath:instancePath+"/delete",parentData:data,parentDataProperty:"delete",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.options !== undefined){
const _errs18 = errors;
if(!(validate71(data.options, {instancePath:instancePath+"/options",parentData:data,parentDataProperty:"options",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.head !== undefined){
const _errs19 = errors;
if(!(validate71(data.head, {instancePath:instancePath+"/head",parentData:data,parentDataProperty:"head",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.patch !== undefined){
const _errs20 = errors;
if(!(validate71(data.patch, {instancePath:instancePath+"/patch",parentData:data,parentDataProperty:"patch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.trace !== undefined){
const _errs21 = errors;
if(!(validate71(data.trace, {instancePath:instancePath+"/trace",parentData:data,parentDataProperty:"trace",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
validate213.errors = [{instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties"}];
return false;
break;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate213.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate213.errors = vErrors;
return errors === 0;
}
validate213.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



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
