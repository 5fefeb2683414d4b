export const id = 709;
export const ids = [709];
export const modules = {

/***/ 7709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT, exitCodeFor, printSummary

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/engine/output/file-names.ts
/**
 * The one place that makes output file names. Names are deterministic, safe on Linux, macOS and Windows
 * and for artifact upload, at most 200 bytes, unique case-insensitively across the batch, and can never
 * point outside the output directory.
 */



const MAX_FILE_NAME_BYTES = 200;
const RESERVED_DEVICE_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
function shortHash(text, length = 8) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
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
    if (!isPlainName(fileName)) {
        throw new errors/* SliceOasError */.M$('OUTPUT_ESCAPE', `Refused to write "${fileName}": it would land outside the output directory ${root}.`);
    }
    return entryPath(root, fileName);
}
/** A name with no separator, drive colon or reserved character, other than . and .., names an entry of
 * its folder itself. */
function isPlainName(name) {
    return name !== '' && name !== '.' && name !== '..' && !/[\\/:*?"<>|\r\n\0]/.test(name);
}
/**
 * The path of the entry `name` (which holds no separator) in the folder `dir`. Joined by hand:
 * path.join and path.resolve normalise the whole path again, for every slice written.
 */
function entryPath(dir, name) {
    return dir.endsWith((external_node_path_default()).sep) ? dir + name : dir + (external_node_path_default()).sep + name;
}

;// CONCATENATED MODULE: ./src/engine/output/file-sink.ts
/**
 * The port through which the batch writes. The default writes atomically (a temporary file in the same
 * folder, then rename), so a killed run never leaves a half-written file and no write follows a symlink
 * out of the output folder. Tests inject faults here.
 *
 * Slice files are written and read with the synchronous calls: the thread that makes a slice also
 * writes it, and every core already makes slices, so handing the kernel's share of the work to libuv's
 * threads frees nothing, while each asynchronous call costs this thread several times the synchronous
 * one (docs/performance.md). Each call blocks for microseconds.
 */





const TEMP_SUFFIX = '.slice-oas-tmp';
const nodeFileSink = {
    async prepareDir(dir) {
        const info = await (0,promises_.stat)(dir).catch(() => undefined);
        if (info && !info.isDirectory()) {
            const error = new Error(`${dir} is a file`);
            error.code = 'ENOTDIR';
            throw error;
        }
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.access)(dir, promises_.constants.W_OK);
    },
    async writeAtomic(file, content) {
        writeAtomicSync(file, content);
    },
    readText: async (file) => readTextSync(file),
    remove: file => (0,promises_.rm)(file, { force: true }),
    async listTemporary(dir) {
        const names = await (0,promises_.readdir)(dir).catch(() => []);
        return names.filter(name => name.endsWith(TEMP_SUFFIX)).map(name => external_node_path_default().join(dir, name));
    },
    openAtomicStream(file) {
        const temporary = temporaryFor(file);
        // wx: a fresh file, never one that is there already (nor what a symlink there points to).
        const stream = external_node_fs_.createWriteStream(temporary, { flags: 'wx' });
        return {
            stream,
            commit: async () => external_node_fs_.renameSync(temporary, file),
            discard: () => (0,promises_.rm)(temporary, { force: true })
        };
    }
};
/**
 * Temporary names are unique to this thread: a random tag drawn once, then a counter (a random draw per
 * file costs more). Each worker thread loads this module anew, with its own tag.
 */
const threadTag = (0,external_node_crypto_.randomBytes)(6).toString('hex');
let temporaries = 0;
/** Beside the file, in the same folder, so the rename is atomic. */
function temporaryFor(file) {
    const name = `.${external_node_path_default().basename(file)}.${threadTag}-${(temporaries++).toString(36)}${TEMP_SUFFIX}`;
    return entryPath(external_node_path_default().dirname(file), name);
}
/**
 * The atomic write itself: the default sink's, and the slice pool workers' (which have no sink). The
 * rename replaces whatever entry `file` is, a symlink included, and never writes through it.
 */
function writeAtomicSync(file, content) {
    const temporary = temporaryFor(file);
    try {
        external_node_fs_.writeFileSync(temporary, content, { flag: 'wx' });
        external_node_fs_.renameSync(temporary, file);
    }
    catch (error) {
        external_node_fs_.rmSync(temporary, { force: true });
        throw error;
    }
}
function readTextSync(file) {
    try {
        return external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(6789);
// EXTERNAL MODULE: ./src/engine/json-value.ts
var json_value = __webpack_require__(5978);
;// CONCATENATED MODULE: ./src/engine/output/index-csv.ts
/**
 * index.csv: one row per operation, written with csv-stringify while the run goes (so a long run can be
 * watched, in the temporary file that becomes index.csv at the end). It ends sorted by path and method, so identical inputs give an identical index: the batch
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
/** Rows held before they go out together; a batch is formatted at once, which costs less per row. */
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
    return (0,sync/* stringify */.A)(rows, { header, columns: [...INDEX_COLUMNS] });
}
/** Reads an index.csv's text; csv-parse is loaded only here, as most runs read no index. */
async function readIndex(text) {
    const { parse } = await __webpack_require__.e(/* import() */ 712).then(__webpack_require__.bind(__webpack_require__, 712));
    const rows = parse(text, { columns: true, skip_empty_lines: true });
    const hasEveryColumn = rows.length === 0 || INDEX_COLUMNS.every(column => (0,json_value/* hasOwn */.$3)(rows[0], column));
    return { rows, hasEveryColumn };
}

;// CONCATENATED MODULE: ./src/engine/output/input-guard.ts





/** The files a run reads: its spec, its base spec (a file, or a folder read through its index) and config. */
function runInputs(files) {
    const inputs = [{ role: 'spec', file: files.spec }];
    if (files.baseSpec) {
        inputs.push({ role: 'base spec', file: files.baseSpec });
        inputs.push({ role: 'base spec', file: external_node_path_default().join(files.baseSpec, INDEX_NAME) });
    }
    if (files.configFile)
        inputs.push({ role: 'config file', file: files.configFile });
    return inputs;
}
const identity = (info) => `${info.dev}:${info.ino}`;
/** Refuses the run when one of `names` (entries of `dir` it would write or remove) is one of `inputs`. */
async function refuseOverwritingInputs(dir, names, inputs) {
    const dirInfo = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!dirInfo)
        return;
    for (const input of inputs) {
        const absolute = external_node_path_default().resolve(input.file);
        const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
        const ids = new Set();
        for (const info of [
            await (0,promises_.lstat)(absolute).catch(() => undefined),
            await (0,promises_.stat)(absolute).catch(() => undefined)
        ])
            if (info)
                ids.add(identity(info));
        // The entries that could be the input: its own name and its real name, where their folder is `dir`.
        const candidates = new Set();
        for (const where of [absolute, real]) {
            if (!where)
                continue;
            const folder = await (0,promises_.stat)(external_node_path_default().dirname(where)).catch(() => undefined);
            if (!folder || identity(folder) !== identity(dirInfo))
                continue;
            const base = external_node_path_default().basename(where).toLowerCase();
            for (const name of names)
                if (name.toLowerCase() === base)
                    candidates.add(name);
        }
        for (const name of candidates) {
            const entry = await (0,promises_.lstat)(entryPath(dir, name)).catch(() => undefined);
            if (entry && ids.has(identity(entry)))
                throw overwritesInput(input, name, dir);
        }
    }
}
function overwritesInput(input, name, dir) {
    return new errors/* SliceOasError */.M$('OUTPUT_OVERWRITES_INPUT', `This run would replace or remove its own ${input.role} ${input.file}: it is ${name} in the output folder ${dir}, where slice-oas writes its own files. Choose another output-dir, or move the ${input.role} out of it.`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/engine/output/lock.ts
/**
 * One run at a time per output folder: a lock file made with exclusive create, holding who took it. A
 * second run waits a bounded time for it, then refuses. A lock whose process is gone from this host is
 * stale and is taken over; one from another host is left for the user to judge.
 */





const LOCK_NAME = '.slice-oas.lock';
/** How long a run waits for another run's lock before it refuses. */
const LOCK_WAIT_MS = 60_000;
const POLL_MS = 100;
/** Locks held by this process, released when it exits however it exits (process.exit on a second ^C). */
const held = new Set();
const releaseAll = () => {
    for (const lock of [...held])
        lock.release();
};
/** Takes the folder's lock, waiting up to `waitMs` for another run's; `onWait` hears once that it waits. */
async function acquireOutputLock(dir, waitMs = LOCK_WAIT_MS, onWait) {
    const file = external_node_path_default().join(dir, LOCK_NAME);
    const me = { pid: process.pid, hostname: (0,external_node_os_.hostname)(), startedAt: new Date().toISOString() };
    const text = JSON.stringify(me) + '\n';
    const deadline = Date.now() + waitMs;
    for (let waited = false;; waited = true) {
        if (tryCreate(file, text))
            return hold(file, text);
        const owner = readOwner(file);
        if (owner && isStale(owner)) {
            breakStale(file, owner);
            continue;
        }
        if (Date.now() >= deadline)
            throw lockedError(file, owner);
        if (!waited)
            onWait?.(file);
        await new Promise(resolve => setTimeout(resolve, POLL_MS));
    }
}
function tryCreate(file, text) {
    try {
        // wx: fails when any entry is there, a symlink included, so two runs never both create it.
        external_node_fs_.writeFileSync(file, text, { flag: 'wx' });
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
function hold(file, text) {
    const lock = {
        file,
        release() {
            if (!held.delete(lock))
                return;
            if (held.size === 0)
                process.removeListener('exit', releaseAll);
            // Only our own lock: a user may have cleared it and another run taken the folder since.
            if (readText(file) === text)
                external_node_fs_.rmSync(file, { force: true });
        }
    };
    if (held.size === 0)
        process.on('exit', releaseAll);
    held.add(lock);
    return lock;
}
function readText(file) {
    try {
        if (!external_node_fs_.lstatSync(file).isFile())
            return undefined;
        return external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Who holds the lock, when the file says so; undefined for anything else (left for the user). */
function readOwner(file) {
    try {
        const owner = JSON.parse(readText(file) ?? '');
        if (typeof owner.pid !== 'number' || typeof owner.hostname !== 'string')
            return undefined;
        return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt ?? '') };
    }
    catch {
        return undefined;
    }
}
/** A lock taken on this host by a process that no longer runs. */
function isStale(owner) {
    if (owner.hostname !== (0,external_node_os_.hostname)())
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
/**
 * Removes a stale lock. It is moved aside first and checked, so that of two runs breaking it at once,
 * the later one never removes the lock the earlier one has just taken: that one is put back.
 */
function breakStale(file, owner) {
    const aside = `${file}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.stale`;
    try {
        external_node_fs_.renameSync(file, aside);
    }
    catch {
        return;
    }
    const moved = readOwner(aside);
    if (moved && moved.pid === owner.pid && moved.startedAt === owner.startedAt) {
        external_node_fs_.rmSync(aside, { force: true });
        return;
    }
    try {
        external_node_fs_.linkSync(aside, file);
    }
    catch {
        // A third run has taken the folder meanwhile; the lock moved aside is then simply dropped.
    }
    external_node_fs_.rmSync(aside, { force: true });
}
function lockedError(file, owner) {
    const who = owner
        ? `another slice-oas run (process ${owner.pid} on ${owner.hostname}, started ${owner.startedAt})`
        : 'another slice-oas run';
    return new errors/* SliceOasError */.M$('OUTPUT_LOCKED', `The output folder is in use by ${who}: its lock file ${file} is there. Wait for that run to finish and run again; if no run is writing there any more, delete ${file} and run again.`);
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
/**
 * The manifest a run starts from. An unreadable one is rebuilt with a warning; one that reads but lists
 * a name outside the folder was altered, and is refused with what to do, since nothing it says holds.
 */
function readManifest(text, file) {
    if (text === undefined)
        return {};
    const manifest = parseManifest(text);
    if (!manifest) {
        const note = {
            code: 'MANIFEST_UNREADABLE',
            severity: 'warning',
            message: `The manifest ${file} could not be read (it is not slice-oas's JSON); it was rebuilt, and the files it listed no longer count as slice-oas's own.`
        };
        return { note };
    }
    for (const [name, entry] of Object.entries(manifest.files)) {
        if (isPlainName(name) && (0,json_value/* isObject */.Gv)(entry) && (entry.sha256 === null || typeof entry.sha256 === 'string'))
            continue;
        throw new errors/* SliceOasError */.M$('MANIFEST_INVALID', `The manifest ${file} was altered: it lists ${JSON.stringify(name)}, which is not a file of the output folder (slice-oas only writes plain names inside it). Delete ${file} and run again; without it, files already there count as not slice-oas's, so add overwrite if the run then names them.`);
    }
    return { manifest };
}
function renderManifest(manifest) {
    // Keyed by file names, which are data: no prototype for a name like __proto__ to reach.
    const files = Object.create(null);
    for (const name of Object.keys(manifest.files).sort())
        files[name] = manifest.files[name];
    return (JSON.stringify({ tool: 'slice-oas', formatVersion: FORMAT_VERSION, ...manifest, files }, null, 2) + '\n');
}

;// CONCATENATED MODULE: ./src/engine/output/ownership.ts





const LISTED = 10;
async function checkOwnership(input) {
    const kindOf = await entryKinds(input.dir);
    const missing = new Set();
    const folders = [];
    const foreign = [];
    for (const name of input.targets) {
        const kind = await kindOf(name);
        if (kind === undefined) {
            if (input.previous?.files[name])
                missing.add(name);
        }
        else if (kind === 'folder') {
            if (name === INDEX_NAME || name === MANIFEST_NAME)
                folders.push(name);
        }
        else if (kind === 'other' || !isOwned(name, input.previous))
            foreign.push(name);
    }
    if (folders.length > 0) {
        const file = entryPath(input.dir, folders[0]);
        throw new errors/* SliceOasError */.M$('OUTPUT_NOT_WRITABLE', `${file} is a folder, where slice-oas writes its file ${folders[0]}; move or rename that folder, or choose another output-dir.`);
    }
    if (foreign.length > 0 && !input.overwrite)
        throw notOursError(input, foreign);
    const disowned = new Set();
    for (const name of Object.keys(input.previous?.files ?? {})) {
        const kind = await kindOf(name);
        if (kind !== undefined && kind !== 'file')
            disowned.add(name);
    }
    return { missing, disowned };
}
function isOwned(name, previous) {
    if (name === MANIFEST_NAME)
        return true;
    if (!previous)
        return false;
    return name === INDEX_NAME || Object.hasOwn(previous.files, name);
}
/**
 * The kind of each entry of the folder (a symlink is 'other'), read with one listing. A name the
 * listing holds only in another case is looked up itself: on a case-insensitive disk it is that entry.
 */
async function entryKinds(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const byName = new Map(entries.map(entry => [entry.name, entry]));
    const lowerNames = new Set(entries.map(entry => entry.name.toLowerCase()));
    return async (name) => {
        const entry = byName.get(name);
        if (entry)
            return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
        if (!lowerNames.has(name.toLowerCase()))
            return undefined;
        const info = await (0,promises_.lstat)(entryPath(dir, name)).catch(() => undefined);
        if (!info)
            return undefined;
        // Another name for the user's entry: never one slice-oas owns under this name.
        return info.isDirectory() ? 'folder' : 'other';
    };
}
function notOursError(input, foreign) {
    const listed = foreign.slice(0, LISTED).join(', ');
    const more = foreign.length > LISTED ? ` and ${foreign.length - LISTED} more` : '';
    const why = input.manifestUnreadable
        ? ' (its manifest could not be read, so slice-oas cannot tell its own files from yours)'
        : '';
    return new errors/* SliceOasError */.M$('OUTPUT_NOT_OURS', `The output folder ${input.dir} holds files slice-oas did not write, which this run would replace${why}: ${listed}${more}. Move them away or choose another output-dir; or set overwrite (--overwrite) to replace them.`);
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
    if (code === 'EISDIR') {
        return new errors/* SliceOasError */.M$('OUTPUT_NOT_WRITABLE', `${target} is a folder, where slice-oas writes a file; move or rename that folder, or choose another output-dir.`, undefined, { cause: error });
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

;// CONCATENATED MODULE: ./src/engine/output/output-state.ts
/**
 * The output folder's state around a run: opening it (folder, lock, leftovers, previous manifest, what
 * the run may replace, the manifest as `running`) and closing it (the final index, stale files, the
 * manifest as `complete`). The lock is held from opening until the run releases it, however it ends.
 */








async function openOutput(sink, plan) {
    const { dir } = plan;
    try {
        await sink.prepareDir(dir);
    }
    catch (error) {
        throw outputError(error, dir);
    }
    const lock = await acquireOutputLock(dir, plan.lockWaitMs, plan.onLockWait).catch(error => {
        throw outputError(error, dir);
    });
    try {
        return await openLocked(sink, plan, lock);
    }
    catch (error) {
        lock.release();
        throw error;
    }
}
async function openLocked(sink, plan, lock) {
    const { dir, planned } = plan;
    try {
        for (const leftover of await sink.listTemporary(dir))
            await sink.remove(leftover);
    }
    catch (error) {
        throw outputError(error, dir);
    }
    const manifestPath = entryPath(dir, MANIFEST_NAME);
    const { manifest: previous, note } = readManifest(await sink.readText(manifestPath), manifestPath);
    const targets = [...planned.keys(), ...(plan.index ? [INDEX_NAME] : []), MANIFEST_NAME];
    const stale = Object.keys(previous?.files ?? {}).filter(name => !planned.has(name));
    await refuseOverwritingInputs(dir, [...targets, ...stale], plan.inputs);
    const { missing, disowned } = await checkOwnership({
        dir,
        targets,
        previous,
        manifestUnreadable: note !== undefined,
        overwrite: plan.overwrite
    });
    const owned = Object.create(null);
    for (const [name, entry] of Object.entries(previous?.files ?? {}))
        if (!disowned.has(name))
            owned[name] = entry;
    for (const [name, operations] of planned)
        owned[name] = previous?.files[name] ?? { sha256: null, operations: [...operations] };
    await writeAtomicWithRetry(sink, manifestPath, renderManifest({ state: 'running', ...plan.digests, files: owned }));
    return {
        dir,
        indexPath: plan.index ? external_node_path_default().join(dir, INDEX_NAME) : undefined,
        previous,
        notes: note ? [note] : [],
        lock,
        priorSha: name => (missing.has(name) ? undefined : (previous?.files[name]?.sha256 ?? undefined)),
        changeOf(name, sha256) {
            const prior = previous?.files[name]?.sha256;
            if (!prior)
                return 'added';
            return prior === sha256 && !missing.has(name) ? 'unchanged' : 'changed';
        },
        owned,
        digests: plan.digests,
        planned,
        disowned
    };
}
function openLiveIndex(sink, indexPath) {
    const file = sink.openAtomicStream(indexPath);
    const writer = openIndexStream(file.stream);
    let last;
    let inOrder = true;
    return {
        write(row) {
            if (last && compareRows(last, row) > 0)
                inOrder = false;
            last = row;
            writer.write(row);
        },
        get inOrder() {
            return inOrder;
        },
        file,
        close: () => writer.close()
    };
}
/** Ends the run's writing; returns the stale files removed, and the error that stopped it, if any. */
async function closeOutput(sink, state, end) {
    const removed = [];
    try {
        if (state.indexPath)
            await finishIndex(sink, state.indexPath, end);
        if (!end.stopped) {
            for (const name of Object.keys(state.previous?.files ?? {})) {
                if (end.finalFiles[name] || state.disowned.has(name))
                    continue;
                const file = entryPath(state.dir, name);
                await sink.remove(file).catch(error => Promise.reject(outputError(error, file)));
                if (!state.planned.has(name))
                    removed.push(name);
            }
        }
        const files = end.stopped ? { ...state.owned, ...end.finalFiles } : end.finalFiles;
        await writeAtomicWithRetry(sink, entryPath(state.dir, MANIFEST_NAME), renderManifest({ state: end.stopped ? 'running' : 'complete', ...state.digests, files }));
    }
    catch (error) {
        return { removed, error: outputError(error, state.dir) };
    }
    return { removed };
}
async function finishIndex(sink, indexPath, end) {
    try {
        await end.live?.close();
        if (end.live && !end.sortedIndex)
            await end.live.file.commit();
    }
    catch (error) {
        await end.live?.file.discard();
        throw outputError(error, indexPath);
    }
    if (!end.sortedIndex)
        return;
    await end.live?.file.discard();
    await writeAtomicWithRetry(sink, indexPath, end.sortedIndex());
}

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
    return Object.hasOwn(KIND_OF_SECTION, section) ? KIND_OF_SECTION[section] : undefined;
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
        default: {
            // Own fields only: a key such as `constructor` must not find Object.prototype's.
            const fields = FIELDS[shape];
            return fields && Object.hasOwn(fields, key) ? fields[key] : 'data';
        }
    }
}
/** Fields whose values are literal data (a `$ref` member inside them is data, not a reference). */
const LITERAL_FIELDS = {
    schema: new Set(['example', 'examples', 'default', 'enum', 'const']),
    parameter: new Set(['example']),
    header: new Set(['example']),
    mediaType: new Set(['example']),
    example: new Set(['value'])
};
/** Whether `node[key]` holds literal data, given the shape of `node`. */
function isLiteralField(shape, key) {
    return typeof shape === 'string' && (LITERAL_FIELDS[shape]?.has(key) ?? false);
}
/** The kind of node a pointer designates, walking the document's structure from its root. */
function kindAt(tokens, root = 'document') {
    let shape = root;
    for (const token of tokens)
        shape = childShape(shape, token);
    return typeof shape === 'string' ? shape : 'data';
}

;// CONCATENATED MODULE: ./src/engine/options/option-table.ts
const ALL = ['action', 'cli', 'config'];
const ACTION = ['action'];
const OPTION_TABLE = [
    {
        name: 'spec',
        field: 'spec',
        kind: 'path',
        arg: 'FILE',
        applies: ALL,
        aliases: ['input'],
        help: ['the OpenAPI 3.0/3.1 document to slice (JSON or YAML)']
    },
    {
        name: 'output-dir',
        field: 'outputDir',
        kind: 'path',
        default: 'slices',
        arg: 'DIR',
        applies: ALL,
        help: ['where slices and index.csv go (default: {default})']
    },
    {
        name: 'include',
        field: 'include',
        kind: 'list',
        arg: 'PATTERN',
        applies: ALL,
        aliases: ['filter'],
        help: ['path patterns to keep; repeat or separate with commas']
    },
    {
        name: 'exclude',
        field: 'exclude',
        kind: 'list',
        arg: 'PATTERN',
        applies: ALL,
        help: ['path patterns to drop']
    },
    {
        name: 'filter-type',
        field: 'filterType',
        kind: 'enum',
        values: ['glob', 'regex'],
        default: 'glob',
        applies: ALL,
        help: ['how patterns read (default: {default}; * is one segment, ** many)']
    },
    {
        name: 'methods',
        field: 'methods',
        kind: 'list',
        arg: 'LIST',
        applies: ALL,
        help: ['only these HTTP methods']
    },
    {
        name: 'tags',
        field: 'tags',
        kind: 'list',
        arg: 'LIST',
        applies: ALL,
        help: ['only operations with one of these tags']
    },
    {
        name: 'operation-ids',
        field: 'operationIds',
        kind: 'list',
        arg: 'LIST',
        applies: ALL,
        help: ['only these operationIds']
    },
    {
        name: 'exclude-deprecated',
        field: 'excludeDeprecated',
        kind: 'boolean',
        default: false,
        applies: ALL,
        help: ['drop deprecated operations']
    },
    {
        name: 'group-by',
        field: 'groupBy',
        kind: 'enum',
        values: ['operation', 'tag', 'path-prefix', 'service'],
        default: 'operation',
        applies: ALL,
        help: ['one slice per operation (default), first tag,', 'path prefix, or service of the service map']
    },
    {
        name: 'prefix-depth',
        field: 'prefixDepth',
        kind: 'number',
        default: 1,
        arg: 'N',
        applies: ALL,
        help: ['path segments per group with --group-by path-prefix (default: {default})']
    },
    {
        name: 'output-version',
        field: 'outputVersion',
        kind: 'enum',
        values: ['auto', '3.0', '3.1'],
        default: 'auto',
        applies: ALL,
        help: ["(default: {default}, the source's version)"]
    },
    {
        name: 'format',
        field: 'format',
        kind: 'enum',
        values: ['yaml', 'json'],
        default: 'yaml',
        applies: ALL,
        help: ['(default: {default})']
    },
    {
        name: 'concurrency',
        field: 'concurrency',
        kind: 'number',
        default: 4,
        arg: 'N',
        applies: ALL,
        help: [
            'slices at once, 1–16; above 1, 2,000+ slices use every core, on up',
            'to N threads (default: {default})'
        ]
    },
    {
        name: 'min-pass-rate',
        field: 'minPassRate',
        kind: 'number',
        default: 100,
        arg: 'N',
        applies: ALL,
        help: ['fail below this validation pass rate, 0–100 (default: {default})']
    },
    {
        name: 'index',
        field: 'index',
        kind: 'boolean',
        default: true,
        applies: ALL,
        negated: true,
        help: ['do not write index.csv']
    },
    {
        name: 'dry-run',
        field: 'dryRun',
        kind: 'boolean',
        default: false,
        applies: ALL,
        help: ['list what would be written; write nothing']
    },
    {
        name: 'shard',
        field: 'shard',
        kind: 'shard',
        arg: 'i/n',
        applies: ALL,
        help: ["slice only this job's share of the operations (for a workflow matrix)"]
    },
    {
        name: 'ref-root',
        field: 'refRoot',
        kind: 'path',
        arg: 'DIR',
        applies: ALL,
        help: ["folder file $refs may read from (default: the spec's folder)"]
    },
    {
        name: 'config',
        kind: 'path',
        arg: 'FILE',
        applies: ['action', 'cli'],
        help: ['options and the service map (default: slice-oas.config.yaml, if present);', 'flags override it']
    },
    {
        name: 'allow-remote-refs',
        field: 'allowRemoteRefs',
        kind: 'boolean',
        default: false,
        applies: ALL,
        help: ['allow http(s) $refs']
    },
    {
        name: 'overlap',
        field: 'overlap',
        kind: 'enum',
        values: ['error', 'allow'],
        default: 'error',
        applies: ALL,
        help: ['an operation claimed by two services: refuse, or put it in both']
    },
    {
        name: 'orphans',
        field: 'orphans',
        kind: 'enum',
        values: ['warn', 'fail'],
        default: 'warn',
        applies: ALL,
        help: ['operations claimed by no service: list them, or fail']
    },
    {
        name: 'base-spec',
        field: 'baseSpec',
        kind: 'path',
        arg: 'FILE',
        applies: ALL,
        help: [
            'the same API at the base revision (a spec, or a previous index.csv or',
            'artifact folder): report what each service gained, lost or changed'
        ]
    },
    {
        name: 'overwrite',
        field: 'overwrite',
        kind: 'boolean',
        default: false,
        applies: ALL,
        help: [
            'replace files in the output folder that slice-oas did not write',
            '(without it, the run refuses and names them)'
        ]
    },
    {
        name: 'upload-artifact',
        kind: 'boolean',
        default: true,
        applies: ACTION,
        help: ['upload the slices and index.csv as a workflow artifact']
    },
    {
        name: 'artifact-name',
        kind: 'string',
        default: 'openapi-slices',
        applies: ACTION,
        help: ['name of the artifact']
    },
    { name: 'retention-days', kind: 'number', applies: ACTION, help: ['days to keep the artifact, 1–90'] },
    {
        name: 'comment-on-pr',
        kind: 'boolean',
        default: false,
        applies: ACTION,
        help: ['write the summary as one pull-request comment']
    },
    {
        name: 'github-token',
        kind: 'string',
        default: '${{ github.token }}',
        applies: ACTION,
        help: ['token for the pull-request comment']
    },
    {
        name: 'merge',
        kind: 'list',
        applies: ACTION,
        help: ['shard output folders to merge instead of slicing']
    },
    {
        name: 'verbose',
        kind: 'boolean',
        applies: ['cli'],
        short: 'v',
        help: ['show every finding and failure in full']
    },
    { name: 'help', kind: 'boolean', applies: ['cli'], short: 'h', help: ['this help'] },
    { name: 'version', kind: 'boolean', applies: ['cli'], help: ['the version'] }
];
function optionsFor(surface, table = OPTION_TABLE) {
    return table.filter(row => row.applies.includes(surface));
}
/** The row of one option of the built-in table. */
function optionRow(name) {
    const row = OPTION_TABLE.find(candidate => candidate.name === name);
    if (!row)
        throw new Error(`No option named ${name}.`);
    return row;
}
/** Each request field's default, from the rows that set a field and have one. */
function requestDefaults(table = OPTION_TABLE) {
    const defaults = {};
    for (const row of table)
        if (row.field && row.default !== undefined)
            defaults[row.field] = row.default;
    return defaults;
}

;// CONCATENATED MODULE: ./src/engine/select/glob.ts
/**
 * Path globs, matched in time linear in the path: `*` is any run within one segment, `**` any run across
 * segments (`/a/**` also matches `/a`), `?` one character within a segment; anything else is literal.
 * A backtracking regex took exponential time on `/**` repeated against a deep path, so the glob is
 * run as a set of positions advanced one character at a time, never backtracking, and the sets met are
 * remembered as the states of a deterministic automaton built as paths need them.
 */
function compileGlob(glob) {
    return new GlobAutomaton(tokenize(glob));
}
function tokenize(glob) {
    const tokens = [];
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '*' && glob[i + 1] === '*') {
            i++;
            const last = tokens[tokens.length - 1];
            const endsSegment = i + 1 === glob.length || glob[i + 1] === '/';
            if (last?.step === 'literal' && last.char === '/' && endsSegment) {
                tokens[tokens.length - 1] = { step: 'slash-then-any' };
                tokens.push({ step: 'any' });
                if (glob[i + 1] === '/')
                    i++;
            }
            else {
                tokens.push({ step: 'any' });
            }
        }
        else if (ch === '*') {
            tokens.push({ step: 'segment' });
        }
        else if (ch === '?') {
            tokens.push({ step: 'one' });
        }
        else {
            tokens.push({ step: 'literal', char: ch });
        }
    }
    return tokens;
}
const isLineBreak = (code) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
/** The positions alive after reading `ch` from the positions `alive`, closed; undefined when none are. */
function step(tokens, alive, ch) {
    const next = new Uint8Array(tokens.length + 1);
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
        if (!alive[i])
            continue;
        const { step, char } = tokens[i];
        let to = -1;
        if (step === 'literal')
            to = ch === char ? i + 1 : -1;
        else if (step === 'one')
            to = ch !== '/' ? i + 1 : -1;
        else if (step === 'segment')
            to = ch !== '/' ? i : -1;
        else if (step === 'any')
            to = isLineBreak(ch.charCodeAt(0)) ? -1 : i;
        else
            to = ch === '/' ? i + 1 : -1;
        if (to >= 0) {
            next[to] = 1;
            any = true;
        }
    }
    return any ? glob_close(tokens, next) : undefined;
}
/** Adds the positions reachable without a character: past `*`, `**`, and past a whole `/**`. */
function glob_close(tokens, alive) {
    for (let i = 0; i < tokens.length; i++) {
        if (!alive[i])
            continue;
        const { step } = tokens[i];
        if (step === 'segment' || step === 'any')
            alive[i + 1] = 1;
        else if (step === 'slash-then-any')
            alive[i + 2] = 1;
    }
    return alive;
}
const UNKNOWN = -2;
const DEAD = -1;
/** Past this many sets of positions, a match goes on by sets instead of by remembered moves. */
const MAX_STATES = 1024;
/**
 * The sets of positions, numbered as they are first met, with their moves remembered per kind of
 * character (each literal of the glob, `/`, a line break, anything else): after a few paths, matching
 * is one table look-up per character. Each move is worked out once, from the tokens.
 */
class GlobAutomaton {
    tokens;
    classOf = new Map();
    asciiClass = new Int32Array(128);
    samples = [];
    lineBreakClass;
    otherClass;
    sets = [];
    ids = new Map();
    moves = [];
    accepting = [];
    start;
    constructor(tokens) {
        this.tokens = tokens;
        for (const ch of ['/', ...tokens.map(token => token.char ?? '/')]) {
            if (this.classOf.has(ch.charCodeAt(0)))
                continue;
            this.classOf.set(ch.charCodeAt(0), this.samples.length);
            this.samples.push(ch);
        }
        this.lineBreakClass = this.samples.length;
        this.samples.push(['\n', '\r', '\u2028', '\u2029'].find(ch => !this.classOf.has(ch.charCodeAt(0))) ?? '\n');
        this.otherClass = this.samples.length;
        let other = 1;
        while (this.classOf.has(other) || other === 47 || isLineBreak(other))
            other++;
        this.samples.push(String.fromCharCode(other));
        for (let code = 0; code < 128; code++)
            this.asciiClass[code] = this.kindOf(code);
        const first = new Uint8Array(tokens.length + 1);
        first[0] = 1;
        this.start = this.stateOf(glob_close(tokens, first));
    }
    test(path) {
        let state = this.start;
        for (let i = 0; i < path.length; i++) {
            const code = path.charCodeAt(i);
            const kind = code < 128 ? this.asciiClass[code] : this.kindOf(code);
            let to = this.moves[state][kind];
            if (to === UNKNOWN)
                to = this.move(state, kind);
            if (to === DEAD)
                return false;
            if (to === UNKNOWN)
                return this.matchBySets(this.sets[state], path, i);
            state = to;
        }
        return this.accepting[state];
    }
    kindOf(code) {
        return this.classOf.get(code) ?? (isLineBreak(code) ? this.lineBreakClass : this.otherClass);
    }
    /** The state after a character of `kind`; UNKNOWN when there are too many states to remember it. */
    move(state, kind) {
        const next = step(this.tokens, this.sets[state], this.samples[kind]);
        if (!next)
            return (this.moves[state][kind] = DEAD);
        const to = this.stateOf(next);
        if (to !== UNKNOWN)
            this.moves[state][kind] = to;
        return to;
    }
    stateOf(set) {
        const key = set.join('');
        const known = this.ids.get(key);
        if (known !== undefined)
            return known;
        if (this.sets.length >= MAX_STATES)
            return UNKNOWN;
        this.ids.set(key, this.sets.length);
        this.sets.push(set);
        this.moves.push(new Int32Array(this.samples.length).fill(UNKNOWN));
        this.accepting.push(set[this.tokens.length] === 1);
        return this.sets.length - 1;
    }
    /** The rest of the path from position `from`, one set of positions per character. */
    matchBySets(alive, path, from) {
        let set = alive;
        for (let i = from; set && i < path.length; i++)
            set = step(this.tokens, set, path[i]);
        return set?.[this.tokens.length] === 1;
    }
}

;// CONCATENATED MODULE: ./src/engine/select/patterns.ts


const MAX_PATTERN_LENGTH = 512;
let regexEngine;
/**
 * Loads the regex engine, which regex patterns need before they compile. re2js is a sixth of the bundle
 * and most runs filter with globs or not at all, so it is not loaded with the rest of the engine.
 */
async function loadRegexEngine() {
    regexEngine ??= (await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856))).RE2JS;
}
function compilePattern(pattern, type) {
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new errors/* SliceOasError */.M$('PATTERN_INVALID', `The pattern "${pattern.slice(0, 40)}…" is longer than ${MAX_PATTERN_LENGTH} characters; shorten it.`);
    }
    const matcher = type === 'glob' ? compileGlob(pattern) : compileRegex(pattern);
    return { source: pattern, test: path => matcher.test(path) };
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

;// CONCATENATED MODULE: ./src/engine/shard/shard.ts
/** A shard of a job split over n runners: `i/n`, and which shard each group of slices falls in. */


/** Parses `i/n` (1-based). */
function parseShard(text) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || index < 1 || index > count)
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `shard must look like i/n with 1 ≤ i ≤ n, for example 2/4; got "${text}".`);
    return { index, count };
}
/** The deterministic shard (1-based) a group belongs to. */
function shardOf(groupId, count) {
    return (parseInt(shortHash(groupId, 8), 16) % count) + 1;
}

;// CONCATENATED MODULE: ./src/engine/batch/pass-gate.ts
/**
 * The quality gate: one rule for a run and for a merge of shards, in the action and in the CLI alike.
 * The pass rate is the passing share of what was attempted (100 when nothing was), floored to two
 * decimals; the gate passes when the rate reaches the minimum and the run was not stopped early.
 */

/** The gate's minimum, checked the same for a run's request and a merge's: a number from 0 to 100. */
function checkMinPassRate(minPassRate) {
    if (!Number.isFinite(minPassRate) || minPassRate < 0 || minPassRate > 100)
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `min-pass-rate must be a number from 0 to 100; got ${minPassRate}.`);
    return minPassRate;
}
function passGate(input) {
    const attempted = input.passed + input.failed;
    const passRate = attempted === 0 ? 100 : Math.floor((input.passed / attempted) * 10000) / 100;
    return { passRate, passed: passRate >= input.minPassRate && !input.stopped };
}

;// CONCATENATED MODULE: ./src/engine/request.ts
/**
 * The batch request: every option a front end can set, its defaults, and its validation. A request is
 * checked once, up front, and is either fully valid or refused with a typed error.
 */









/** The request's defaults, from the option table. */
const DEFAULTS = requestDefaults();
const MAX_CONCURRENCY = 16;
function invalid(message) {
    return new errors/* SliceOasError */.M$('REQUEST_INVALID', message);
}
function oneOf(name, value, allowed) {
    if (!allowed.includes(value))
        throw invalid(`${name} must be one of ${allowed.join(', ')}; got "${value}".`);
    return value;
}
/** An enum option's value, checked against its row's allowed values. */
function choice(name, value) {
    return oneOf(name, value, optionRow(name).values ?? []);
}
/** Options set only by their table row: the input's value, or the row's default. */
function addTableOnlyFields(request, input) {
    for (const row of OPTION_TABLE) {
        if (!row.field || (0,json_value/* hasOwn */.$3)(request, row.field))
            continue;
        const value = input[row.field];
        if (row.kind === 'enum' && value !== undefined)
            oneOf(row.name, String(value), row.values ?? []);
        request[row.field] = value ?? row.default;
    }
}
async function createRequest(input) {
    if (typeof input.spec !== 'string' || input.spec.trim() === '')
        throw invalid('spec is required: the path of the OpenAPI document to slice.');
    const request = {
        spec: input.spec,
        outputDir: input.outputDir?.trim() || DEFAULTS.outputDir,
        include: (input.include ?? []).filter(Boolean),
        exclude: (input.exclude ?? []).filter(Boolean),
        filterType: choice('filter-type', input.filterType ?? DEFAULTS.filterType),
        methods: (input.methods ?? []).map(m => m.toLowerCase()).filter(Boolean),
        tags: (input.tags ?? []).filter(Boolean),
        operationIds: (input.operationIds ?? []).filter(Boolean),
        excludeDeprecated: input.excludeDeprecated ?? DEFAULTS.excludeDeprecated,
        groupBy: choice('group-by', input.groupBy ?? DEFAULTS.groupBy),
        services: input.services ?? [],
        overlap: choice('overlap', input.overlap ?? DEFAULTS.overlap),
        orphans: choice('orphans', input.orphans ?? DEFAULTS.orphans),
        baseSpec: input.baseSpec || undefined,
        prefixDepth: input.prefixDepth ?? DEFAULTS.prefixDepth,
        outputVersion: choice('output-version', input.outputVersion ?? DEFAULTS.outputVersion),
        format: choice('format', input.format ?? DEFAULTS.format),
        concurrency: input.concurrency ?? DEFAULTS.concurrency,
        minPassRate: input.minPassRate ?? DEFAULTS.minPassRate,
        index: input.index ?? DEFAULTS.index,
        dryRun: input.dryRun ?? DEFAULTS.dryRun,
        shard: input.shard,
        refRoot: input.refRoot,
        allowRemoteRefs: input.allowRemoteRefs ?? DEFAULTS.allowRemoteRefs,
        configFile: input.configFile
    };
    addTableOnlyFields(request, input);
    for (const method of request.methods)
        oneOf('methods', method, HTTP_METHODS);
    if (!Number.isInteger(request.concurrency) ||
        request.concurrency < 1 ||
        request.concurrency > MAX_CONCURRENCY) {
        throw invalid(`concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}; got ${request.concurrency}.`);
    }
    checkMinPassRate(request.minPassRate);
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
 * A digest of everything that decides the output: not concurrency, dry run, where it goes, the shard,
 * overwrite nor where the config was read, so every shard of one job carries the same digest and can be
 * merged.
 */
function requestDigest(request) {
    const { outputDir: _o, concurrency: _c, dryRun: _d, minPassRate: _m, shard: _s, overwrite: _w, configFile: _f, ...deciding } = request;
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(deciding)).digest('hex');
}

;// CONCATENATED MODULE: ./src/engine/finding-codes.ts
const FINDING_CODES = {
    SPEC_NUMBER_PRECISION: {
        family: 'read',
        severity: 'warning',
        meaning: 'A number a double cannot hold exactly is written back with the source’s digits.'
    },
    SPEC_YAML_TAG: {
        family: 'read',
        severity: 'warning',
        meaning: 'A YAML tag slice-oas does not read; the value is kept as written, without the tag.'
    },
    BUNDLE_OPERATION_INLINED: {
        family: 'bundle',
        severity: 'info',
        meaning: 'An operation given by `$ref` was written where it stands.'
    },
    BUNDLE_REF_KEPT_AS_DATA: {
        family: 'bundle',
        severity: 'info',
        meaning: 'A `$ref` inside literal data points at no local document; it is kept as data.'
    },
    BUNDLE_REF_TOO_DEEP: {
        family: 'bundle',
        severity: 'warning',
        meaning: 'Inlining a `$ref` would nest the document too deep; it is left as a reference.'
    },
    BUNDLE_REF_CYCLE: {
        family: 'bundle',
        severity: 'warning',
        meaning: 'A `$ref` includes itself; it is left as a reference.'
    },
    BUNDLE_REF_TO_ROOT: {
        family: 'bundle',
        severity: 'info',
        meaning: 'A `$ref` names no place in its own file; it is kept and points into the root document.'
    },
    BUNDLE_REF_UNRESOLVED: {
        family: 'bundle',
        severity: 'warning',
        meaning: 'A `$ref` could not be bundled; the operations that use it fail.'
    },
    BUNDLE_DEFINITIONS_LEFT_OUT: {
        family: 'bundle',
        severity: 'info',
        meaning: 'A `definitions` or `$defs` container is not carried; each member a `$ref` names becomes a component.'
    },
    BUNDLE_NAME_SUFFIXED: {
        family: 'bundle',
        severity: 'warning',
        meaning: 'Two different things would share a component name; the second gets a suffix.'
    },
    CONVERT_SWAGGER_2: {
        family: 'conversion',
        severity: 'warning',
        meaning: 'A Swagger 2.0 document was converted to OpenAPI 3.0 (info); the converter warned (warning).'
    },
    CONVERT_PARAMETERIZED_HOST: {
        family: 'conversion',
        severity: 'warning',
        meaning: '`x-ms-parameterized-host` could not be made into a server, or a variable of one.'
    },
    CONVERT_NULL_TYPE: {
        family: 'conversion',
        severity: 'warning',
        meaning: 'A Swagger 2.0 `type: "null"` became `nullable`.'
    },
    CONVERT_NULLABLE_REF: {
        family: 'conversion',
        severity: 'warning',
        meaning: '`x-nullable` beside a `$ref` is kept as `nullable`, which OpenAPI 3.0 ignores there.'
    },
    CONVERT_CONST: {
        family: 'conversion',
        severity: 'info',
        meaning: '`const` became an enum of one value.'
    },
    CONVERT_REF_SIBLINGS: {
        family: 'conversion',
        severity: 'info',
        meaning: 'Fields beside a `$ref` went into an `allOf` (to 3.0), or were kept (to 3.1).'
    },
    CONVERT_KEYWORD_APPLIES: {
        family: 'conversion',
        severity: 'info',
        meaning: 'A 3.0 keyword in a 3.1 schema, meaningless there, applies in 3.0; it is kept as written.'
    },
    CONVERT_LOSSY: {
        family: 'conversion',
        severity: 'warning',
        meaning: 'Something the target version cannot say was dropped or approximated (info when only an annotation).'
    },
    CONVERT_TYPE_ARRAY: {
        family: 'conversion',
        severity: 'info',
        meaning: 'A type array became one type or an `anyOf`, with `nullable` for `null`.'
    },
    CONVERT_EXCLUSIVE_BOUND: {
        family: 'conversion',
        severity: 'info',
        meaning: 'An exclusive bound changed between its boolean and numeric forms.'
    },
    CONVERT_EXCLUSIVE_WITHOUT_BOUND: {
        family: 'conversion',
        severity: 'warning',
        meaning: 'A boolean exclusive bound with no bound beside it was dropped.'
    },
    CONVERT_DIALECT_KEPT: {
        family: 'conversion',
        severity: 'info',
        meaning: 'Boolean exclusive bounds are kept: the document declares the draft-04 dialect.'
    },
    CONVERT_CONTENT_FORMAT: {
        family: 'conversion',
        severity: 'info',
        meaning: '`format: binary/byte` and `contentMediaType/contentEncoding` were swapped for each other.'
    },
    CONVERT_EXAMPLE: {
        family: 'conversion',
        severity: 'info',
        meaning: '`example` and `examples` were swapped for each other, or a redundant one dropped.'
    },
    CONVERT_EXAMPLE_KEPT: {
        family: 'conversion',
        severity: 'info',
        meaning: 'A schema keeps `example` in 3.1 because a `$ref` points into it.'
    },
    CONVERT_NULLABLE: {
        family: 'conversion',
        severity: 'info',
        meaning: '`nullable` became `null` in the type (or was dropped when false).'
    },
    CONVERT_NULLABLE_WITHOUT_TYPE: {
        family: 'conversion',
        severity: 'info',
        meaning: '`nullable` without a type became an `anyOf` with `{type: null}`.'
    },
    CONVERT_DEFS_HOISTED: {
        family: 'conversion',
        severity: 'info',
        meaning: 'A `$defs` member moved to `components/schemas`.'
    },
    CONVERT_REF_FOLLOWED: {
        family: 'conversion',
        severity: 'info',
        meaning: 'A `$ref` was rewritten to follow what the conversion moved.'
    },
    CONVERT_RESPONSES_ADDED: {
        family: 'conversion',
        severity: 'warning',
        meaning: 'An operation without responses got a default response, which OpenAPI 3.0 requires.'
    },
    CONVERT_PATH_ITEM_INLINED: {
        family: 'conversion',
        severity: 'info',
        meaning: 'A path item from `components/pathItems` was written inline.'
    },
    CONVERT_WEBHOOK_DROPPED: {
        family: 'conversion',
        severity: 'warning',
        meaning: 'A webhook cannot be expressed in OpenAPI 3.0 and was left out.'
    },
    CONVERT_PATHS_ADDED: {
        family: 'conversion',
        severity: 'info',
        meaning: 'A document without paths got an empty `paths`, which OpenAPI 3.0 requires.'
    },
    SERVICE_OVERLAP: {
        family: 'services',
        severity: 'warning',
        meaning: 'An operation is claimed by more than one service.'
    },
    SERVICE_ORPHANS: {
        family: 'services',
        severity: 'warning',
        meaning: 'Some operations belong to no service.'
    },
    DATA_REF_KEPT: {
        family: 'slice',
        severity: 'info',
        meaning: 'A `$ref` inside example, default, enum or const data points nowhere in the document; it is kept as data.'
    },
    LINK_OPERATION_ID_OUTSIDE: {
        family: 'slice',
        severity: 'info',
        meaning: 'A link names an operationId that is not in the slice; it is kept as written.'
    },
    LINK_OPERATION_REF_KEPT: {
        family: 'slice',
        severity: 'warning',
        meaning: 'A link’s operationRef could not be made to name an operation of the slice; it is kept as written.'
    },
    LINK_OPERATION_REF_REWRITTEN: {
        family: 'slice',
        severity: 'warning',
        meaning: 'A link’s operationRef pointed outside the slice; it now names the operation by operationId.'
    },
    ROOT_EXTENSION_LEFT_OUT: {
        family: 'slice',
        severity: 'warning',
        meaning: 'A root extension that belongs to no selected operation is left out of the slices.'
    },
    FILE_NAME_COLLISION: {
        family: 'output',
        severity: 'warning',
        meaning: 'Two slices would share a file name; one was written under a name with a short hash.'
    },
    MANIFEST_UNREADABLE: {
        family: 'output',
        severity: 'warning',
        meaning: 'The manifest could not be read and was rebuilt; the files it listed no longer count as slice-oas’s.'
    },
    WORKER_LOST: {
        family: 'run',
        severity: 'warning',
        meaning: 'A worker thread stopped; its slices were made on the main thread instead.'
    }
};
/** A note about a version conversion: what index.csv's `conversion_notes` column holds. */
function isConversionNote(code) {
    return FINDING_CODES[code].family === 'conversion';
}

// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __webpack_require__(8227);
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
    // Loops that push into one literal array, not spreads or maps, which keeps this hot path optimised
    // (docs/performance.md).
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

;// CONCATENATED MODULE: ./src/engine/batch/index-facts.ts
/**
 * The index columns whose values are read from a built slice. They are taken while the slice is at
 * hand, so the slice itself need not be kept (nor sent back from a worker thread, which carries these
 * as they are): a run of 100,000 slices keeps one set per operation. Compact on purpose.
 */



/** What the index reads of one operation in a document: the slice, or the source when none was made. */
function operationFacts(doc, operation) {
    const objects = operationObjects(doc, operation);
    if (!objects)
        return { parameter_count: '0', response_codes: '', security_required: 'false' };
    const responses = (0,json_value/* isObject */.Gv)(objects.operation.responses)
        ? Object.keys(objects.operation.responses).filter(code => !code.startsWith('x-'))
        : [];
    const parameters = mergedParameters(objects.pathItem, objects.operation, node => (0,engine_pointer/* derefLocal */.qL)(doc, node));
    const security = effectiveSecurity(doc, objects.operation) ?? [];
    return {
        parameter_count: String(parameters.length),
        response_codes: responses.join(';'),
        security_required: String(security.length > 0 &&
            !security.some(requirement => (0,json_value/* isObject */.Gv)(requirement) && Object.keys(requirement).length === 0))
    };
}
/** What the index reads of the slice as a whole; none when no slice was made. */
function wholeSliceFacts(slice, outputVersion) {
    const schemas = slice && (0,json_value/* isObject */.Gv)(slice.components) ? slice.components.schemas : undefined;
    return {
        schema_count: slice ? String((0,json_value/* isObject */.Gv)(schemas) ? Object.keys(schemas).length : 0) : '',
        output_oas_version: slice ? String(slice.openapi) : outputVersion
    };
}
function sliceFacts(slice, operations) {
    const whole = wholeSliceFacts(slice, '');
    return operations.map(op => ({ ...whole, ...operationFacts(slice, op) }));
}

;// CONCATENATED MODULE: ./src/engine/batch/index-rows.ts
/**
 * The index.csv rows of one slice: one per operation it holds. A column's value is made here, or in
 * index-facts.ts when it is read from the built slice; the column itself is listed in index-csv.ts.
 */


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
    const conversion = slice.notes.filter(note => isConversionNote(note.code)).map(note => note.message);
    return slice.operations.map((operation, position) => {
        const facts = slice.facts?.[position] ?? {
            ...wholeSliceFacts(undefined, outputVersion),
            ...operationFacts(source, operation)
        };
        const { path, method } = rowOrderKey(operation, slice.fileName);
        return {
            path,
            method,
            summary: operation.summary ?? '',
            operation_id: operation.operationId ?? '',
            tags: operation.tags.join(';'),
            // A failed slice is not written: no file to name.
            filename: slice.status === 'FAIL' ? '' : slice.fileName,
            file_size_kb: slice.bytes === undefined || slice.status === 'FAIL' ? '' : (slice.bytes / 1024).toFixed(2),
            ...facts,
            deprecated: String(operation.deprecated),
            created_at: createdAt,
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

// EXTERNAL MODULE: ./src/engine/output/number-literals.ts
var number_literals = __webpack_require__(90);
;// CONCATENATED MODULE: ./src/engine/output/serialize.ts

/** @param literals numbers to write as the source wrote them (see load/number-literals.ts). */
function serializeJson(document, literals) {
    const text = literals?.size
        ? (0,number_literals/* withLiterals */.Ze)(literals, number_literals/* JSON_NUMBER */.l2, replacer => JSON.stringify(document, replacer, 2))
        : undefined;
    return (text ?? JSON.stringify(document, null, 2)) + '\n';
}
/** @param literals numbers to write as the source wrote them: the loaded spec's `numberLiterals`. */
async function serializerFor(format, literals) {
    if (format === 'json')
        return literals?.size ? document => serializeJson(document, literals) : serializeJson;
    const { serializeYaml, yamlSerializer } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(430)]).then(__webpack_require__.bind(__webpack_require__, 9430));
    return literals?.size ? yamlSerializer(literals) : serializeYaml;
}
function extensionFor(format) {
    return format === 'json' ? '.json' : '.yaml';
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
            kind: groupBy,
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
                const group = groups.get(id) ?? {
                    id,
                    kind: groupBy,
                    label: name,
                    stem: safeStem(name),
                    operations: []
                };
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
        const group = groups.get(id) ?? {
            id,
            kind: groupBy,
            label,
            stem: safeStem(label.replace(/\//g, '-')),
            operations: []
        };
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

;// CONCATENATED MODULE: ./src/engine/convert/group-notes.ts
/** A component's own pointer, at the start of a pointer inside it. */
const COMPONENT = /^\/components\/[^/]+\/[^/]+/;
/**
 * The notes of one kind inside one component, as one note at the component's pointer that says each
 * change and where: a large description converts thousands of schemas, and each slice is told of the
 * components it carries. Other notes, and a kind's only note in a component, stay as they are.
 */
function byComponent(notes) {
    const groups = new Map();
    const order = [];
    for (const note of notes) {
        const component = note.pointer ? COMPONENT.exec(note.pointer)?.[0] : undefined;
        if (component === undefined) {
            order.push(note);
            continue;
        }
        const key = `${note.code} ${component}`;
        const group = groups.get(key);
        if (group)
            group.notes.push(note);
        else {
            const created = { component, notes: [note] };
            groups.set(key, created);
            order.push(created);
        }
    }
    return order.map(entry => {
        if (!('component' in entry))
            return entry;
        const [first, ...rest] = entry.notes;
        if (rest.length === 0)
            return first;
        return {
            code: first.code,
            severity: entry.notes.some(note => note.severity === 'warning') ? 'warning' : first.severity,
            pointer: entry.component,
            message: `${entry.notes.length} changes in ${entry.component}: ${entry.notes.map(note => note.message).join(' ')}`
        };
    });
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
                for (let n = 2; (0,json_value/* hasOwn */.$3)(schemas, target); n++)
                    target = `${base}_${n}`;
                (0,json_value/* setOwn */.P5)(schemas, target, definition);
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

;// CONCATENATED MODULE: ./src/engine/convert/map-tree.ts
/** A copy-on-write map over an OpenAPI document, bottom-up, that the converters run over the tree. */



function pointerOf(trail) {
    const tokens = [];
    for (let step = trail; step; step = step.parent)
        tokens.push((0,engine_pointer/* escapeToken */.tj)(step.key));
    return tokens.length === 0 ? '/' : '/' + tokens.reverse().join('/');
}
/**
 * Applies the converters bottom-up, sharing every subtree that did not change. `inRequestBody` is true
 * below a Request Body Object.
 *
 * Not one mapper with slice/rewrite.ts's, and not memoised as that one is: a conversion depends on where
 * a node stands (its findings carry the pointer, and a schema below a request body converts otherwise),
 * so a node shared by two places is converted at each. The slice's rewrite depends only on the node,
 * and renames keys on the way down.
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
                (0,json_value/* setOwn */.P5)(out, keys[j], object[keys[j]]);
        }
        if (out)
            (0,json_value/* setOwn */.P5)(out, key, next);
    }
    const result = out ?? object;
    const at = () => pointerOf(trail);
    if (shape === 'schema' && schema && (0,json_value/* isObject */.Gv)(result))
        return schema(result, at, inBody);
    if (other && (0,json_value/* isObject */.Gv)(result))
        return other(result, shape, at);
    return result;
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
function mayChange(schema) {
    if (schema.type === 'null' ||
        Array.isArray(schema.type) ||
        'const' in schema ||
        typeof schema.exclusiveMinimum === 'number' ||
        typeof schema.exclusiveMaximum === 'number' ||
        schema.contentEncoding === 'base64' ||
        typeof schema.contentMediaType === 'string' ||
        Array.isArray(schema.examples) ||
        Array.isArray(schema.prefixItems) ||
        'unevaluatedProperties' in schema)
        return true;
    if (Object.keys(DROPPED).some(keyword => (0,json_value/* hasOwn */.$3)(schema, keyword)))
        return true;
    return typeof schema.$ref === 'string' && Object.keys(schema).length > 1;
}
function schemaTo30(schema, options) {
    const { at, notes } = options;
    if ('nullable' in schema ||
        typeof schema.exclusiveMinimum === 'boolean' ||
        typeof schema.exclusiveMaximum === 'boolean')
        keywordsThatApplyIn30(schema, options);
    if (!mayChange(schema))
        return schema;
    const step = {
        out: { ...schema },
        options,
        note: (code, message, severity = 'info') => notes.push({ code, severity, pointer: at(), message })
    };
    typeTo30(step);
    if ('const' in step.out) {
        step.out.enum = [step.out.const];
        delete step.out.const;
        options.moves?.add(at(), ['const'], ['enum', '0']);
        step.note('CONVERT_CONST', `const at ${at()} became an enum of one value.`);
    }
    boundsTo30(step);
    contentTo30(step);
    examplesTo30(step);
    lossesTo30(step);
    // In 3.0 everything beside a $ref is ignored: keep it by wrapping both in allOf.
    if (typeof step.out.$ref === 'string' && Object.keys(step.out).length > 1) {
        const { $ref, ...siblings } = step.out;
        step.out = { allOf: [{ $ref }, siblings] };
        for (const key of Object.keys(siblings))
            options.moves?.add(at(), [key], ['allOf', '1', key]);
        step.note('CONVERT_REF_SIBLINGS', `The fields beside the $ref at ${at()} went into an allOf beside it: OpenAPI 3.0 ignores fields beside a $ref.`);
    }
    return step.out;
}
/**
 * 3.0 keywords in a 3.1 schema mean nothing there (unless the document's dialect is draft-04, for
 * exclusive bounds) and are kept as written: in 3.0 they apply.
 */
function keywordsThatApplyIn30(schema, { at, notes, draft04 }) {
    const found = ['nullable', 'exclusiveMinimum', 'exclusiveMaximum'].filter(keyword => (0,json_value/* hasOwn */.$3)(schema, keyword) &&
        (keyword === 'nullable' || (!draft04 && typeof schema[keyword] === 'boolean')));
    if (found.length === 0)
        return;
    notes.push({
        code: 'CONVERT_KEYWORD_APPLIES',
        severity: 'info',
        pointer: at(),
        message: `${found.join(' and ')} at ${at()}, which OpenAPI 3.1 ignores, ${found.length > 1 ? 'apply' : 'applies'} in 3.0; kept as written.`
    });
}
function typeTo30({ out, options: { at }, note }) {
    if (out.type === 'null')
        out.type = ['null'];
    if (!Array.isArray(out.type))
        return;
    const written = JSON.stringify(out.type);
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
        note('CONVERT_LOSSY', `The type "null" alone at ${at()} became nullable with enum [null] in OpenAPI 3.0.`, 'warning');
        out.nullable = true;
        return;
    }
    const enumShrinks = nullable && Array.isArray(out.enum) && out.enum.length > 1 && out.enum.includes(null);
    if (nullable)
        out.nullable = true;
    if (enumShrinks)
        out.enum = out.enum.filter(value => value !== null);
    const became = nonNull.length === 1 ? `type: ${nonNull[0]}` : `an anyOf of ${nonNull.length} types`;
    note('CONVERT_TYPE_ARRAY', `type: ${written} at ${at()} became ${became}${nullable ? ' with nullable: true' : ''}${enumShrinks ? ', and null left its enum' : ''}.`);
}
function boundsTo30({ out, options: { at }, note }) {
    for (const [bound, limit] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum']
    ]) {
        const value = out[bound];
        if (typeof value !== 'number')
            continue;
        const existing = out[limit];
        if (typeof existing === 'number' &&
            (bound === 'exclusiveMinimum' ? existing > value : existing < value)) {
            // The inclusive bound is the stricter one: the exclusive one adds nothing.
            delete out[bound];
            note('CONVERT_EXCLUSIVE_BOUND', `${bound}: ${value} at ${at()} was dropped: ${limit}: ${existing} is stricter.`);
        }
        else {
            out[limit] = value;
            out[bound] = true;
            note('CONVERT_EXCLUSIVE_BOUND', `${bound}: ${value} at ${at()} became ${limit}: ${value} with ${bound}: true.`);
        }
    }
}
function contentTo30({ out, options: { at }, note }) {
    if (out.contentEncoding === 'base64') {
        const format = out.format;
        delete out.contentEncoding;
        out.format = 'byte';
        note('CONVERT_CONTENT_FORMAT', `contentEncoding: base64 at ${at()} became format: byte${typeof format === 'string' && format !== 'byte' ? `, in place of format: ${format}` : ''}.`);
    }
    if (typeof out.contentMediaType === 'string') {
        const mediaType = out.contentMediaType;
        delete out.contentMediaType;
        if (out.type === undefined || out.type === 'string') {
            const typeAdded = out.type === undefined;
            out.type = 'string';
            out.format ??= 'binary';
            note('CONVERT_CONTENT_FORMAT', `contentMediaType: ${mediaType} at ${at()} became format: ${String(out.format)}${typeAdded ? ', with type: string' : ''}; OpenAPI 3.0 cannot say the media type.`);
        }
        else {
            note('CONVERT_LOSSY', `contentMediaType: ${mediaType} at ${at()} was dropped: OpenAPI 3.0 cannot say it for a ${String(out.type)}.`, 'info');
        }
    }
}
function examplesTo30({ out, options: { at, moves }, note }) {
    if (!Array.isArray(out.examples))
        return;
    const examples = out.examples;
    const hadExample = 'example' in out;
    delete out.examples;
    if (examples.length > 0 && !hadExample) {
        out.example = examples[0];
        moves?.add(at(), ['examples', '0'], ['example']);
    }
    if (hadExample)
        note('CONVERT_EXAMPLE', `The examples at ${at()} were dropped: the schema already has an example.`);
    else if (examples.length > 1)
        note('CONVERT_LOSSY', `${examples.length} examples at ${at()} became one example (the first) in OpenAPI 3.0.`);
    else
        note('CONVERT_EXAMPLE', examples.length === 0
            ? `The empty examples at ${at()} were dropped.`
            : `The examples at ${at()}, a list of one, became example.`);
}
/** What 3.0 cannot say at all: kept in the closest form, or dropped, and always recorded. */
function lossesTo30(step) {
    const { options, note } = step;
    const { at, moves } = options;
    const out = step.out;
    const lose = (keyword, what, severity = 'warning') => note('CONVERT_LOSSY', `${what} at ${at()} cannot be expressed in OpenAPI 3.0; ${keyword} was ${severity === 'info' ? 'dropped (an annotation only)' : 'dropped'}.`, severity);
    if (Array.isArray(out.prefixItems)) {
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
        const value = out.unevaluatedProperties;
        delete out.unevaluatedProperties;
        if (out.additionalProperties === undefined && (typeof value === 'boolean' || (0,json_value/* isObject */.Gv)(value))) {
            out.additionalProperties = value;
            moves?.add(at(), ['unevaluatedProperties'], ['additionalProperties']);
        }
        lose('unevaluatedProperties', 'unevaluatedProperties (kept as additionalProperties where there was none)');
    }
    for (const keyword of Object.keys(DROPPED)) {
        if (!(0,json_value/* hasOwn */.$3)(out, keyword))
            continue;
        delete out[keyword];
        lose(keyword, DROPPED[keyword], ANNOTATIONS_ONLY.has(keyword) ? 'info' : 'warning');
    }
}

;// CONCATENATED MODULE: ./src/engine/convert/to-31.ts

function schemaTo31(schema, options) {
    const { at, notes } = options;
    let out = schema;
    const edit = () => (out === schema ? (out = { ...schema }) : out);
    const note = (code, message, severity = 'info') => notes.push({ code, severity, pointer: at(), message });
    for (const [bound, limit] of [
        ['exclusiveMinimum', 'minimum'],
        ['exclusiveMaximum', 'maximum']
    ]) {
        if (typeof schema[bound] !== 'boolean')
            continue;
        if (options.draft04) {
            note('CONVERT_DIALECT_KEPT', `${bound}: ${String(schema[bound])} at ${at()} was kept as it is: the document declares the draft-04 dialect, where exclusive bounds are booleans.`);
            continue;
        }
        const target = edit();
        if (schema[bound] === true && typeof schema[limit] === 'number') {
            const rebuilt = {};
            for (const key of Object.keys(target)) {
                if (key === limit)
                    continue;
                (0,json_value/* setOwn */.P5)(rebuilt, key, key === bound ? schema[limit] : target[key]);
            }
            out = rebuilt;
            note('CONVERT_EXCLUSIVE_BOUND', `${limit}: ${String(schema[limit])} with ${bound}: true at ${at()} became ${bound}: ${String(schema[limit])}.`);
        }
        else {
            delete target[bound];
            if (schema[bound] === true)
                note('CONVERT_EXCLUSIVE_WITHOUT_BOUND', `${bound}: true at ${at()} had no ${limit}; it was dropped.`, 'warning');
            else
                note('CONVERT_EXCLUSIVE_BOUND', `${bound}: false at ${at()} was dropped: bounds are inclusive unless said otherwise.`);
        }
    }
    if (options.inRequestBody &&
        schema.type === 'string' &&
        (schema.format === 'binary' || schema.format === 'byte')) {
        const target = edit();
        const rebuilt = {};
        for (const key of Object.keys(target)) {
            if (key !== 'format')
                (0,json_value/* setOwn */.P5)(rebuilt, key, target[key]);
            else if (schema.format === 'binary')
                rebuilt.contentMediaType = 'application/octet-stream';
            else
                rebuilt.contentEncoding = 'base64';
        }
        out = rebuilt;
        note('CONVERT_CONTENT_FORMAT', schema.format === 'binary'
            ? `format: binary in the request body at ${at()} became contentMediaType: application/octet-stream.`
            : `format: byte in the request body at ${at()} became contentEncoding: base64.`);
    }
    if (typeof schema.$ref === 'string' && Object.keys(schema).length > 1) {
        note('CONVERT_REF_SIBLINGS', `The fields beside the $ref at ${at()}, which OpenAPI 3.0 ignores, apply in 3.1; they were kept.`);
    }
    if ('example' in schema)
        exampleTo31(edit, options, replaced => (out = replaced));
    // Last: without a type, the schema so far becomes the first alternative of an anyOf.
    if ('nullable' in schema)
        nullableTo31(edit(), options, replaced => (out = replaced));
    return out;
}
/** `target` is the schema's copy, changed in place; `replace` swaps in a new object instead. */
function nullableTo31(target, { at, notes, moves }, replace) {
    const note = (code, message) => notes.push({ code, severity: 'info', pointer: at(), message });
    const nullable = target.nullable;
    delete target.nullable;
    if (nullable !== true) {
        note('CONVERT_NULLABLE', `nullable: ${JSON.stringify(nullable)} at ${at()} was dropped: it is the default.`);
        return;
    }
    if (typeof target.type === 'string') {
        const type = target.type;
        target.type = [type, 'null'];
        const enumGrows = Array.isArray(target.enum) && !target.enum.includes(null);
        if (enumGrows)
            target.enum = [...target.enum, null];
        note('CONVERT_NULLABLE', `nullable: true at ${at()} became type: [${type}, null]${enumGrows ? ', and null joined its enum' : ''}.`);
    }
    else if (Array.isArray(target.type)) {
        if (!target.type.includes('null'))
            target.type = [...target.type, 'null'];
        note('CONVERT_NULLABLE', `nullable: true at ${at()} became "null" in its type array.`);
    }
    else {
        // Without a type, null is only allowed as an explicit alternative.
        const { description, ...rest } = target;
        replace({ ...(description !== undefined ? { description } : {}), anyOf: [rest, { type: 'null' }] });
        for (const key of Object.keys(rest))
            moves?.add(at(), [key], ['anyOf', '0', key]);
        note('CONVERT_NULLABLE_WITHOUT_TYPE', `nullable at ${at()} had no type; it became anyOf with {type: null}.`);
    }
}
function exampleTo31(edit, { at, notes, examplesReferenced }, replace) {
    const note = (code, message) => notes.push({ code, severity: 'info', pointer: at(), message });
    if (examplesReferenced?.has(at())) {
        // 3.1 still allows `example` (deprecated): where a ref points into it, renaming it would leave
        // that ref pointing nowhere, so it stays.
        note('CONVERT_EXAMPLE_KEPT', `The schema at ${at()} keeps \`example\` (deprecated in 3.1, still valid) rather than \`examples\`: a $ref points into it.`);
        return;
    }
    const target = edit();
    const rebuilt = {};
    for (const key of Object.keys(target)) {
        if (key === 'example') {
            if (!('examples' in target))
                rebuilt.examples = [target.example];
        }
        else
            (0,json_value/* setOwn */.P5)(rebuilt, key, target[key]);
    }
    replace(rebuilt);
    note('CONVERT_EXAMPLE', 'examples' in target
        ? `The example at ${at()} was dropped: the schema already has examples.`
        : `The example at ${at()} became examples, a list of one.`);
}

;// CONCATENATED MODULE: ./src/engine/convert/convert-document.ts










function convertDocument(doc, sourceVersion, requested) {
    const target = requested === 'auto' ? sourceVersion : requested;
    // Same version in, same meaning out: a 3.1 document that still writes `nullable` means by it what
    // 3.1 does (nothing), so no schema is rewritten. Slices are cut from, and compared with, the source.
    if (target === sourceVersion)
        return { doc, version: target, notes: [] };
    const notes = [];
    const moves = new Moves();
    const draft04 = declaresDraft04(doc);
    if (target === '3.0') {
        const converted = followMoves(documentTo30(doc, notes, moves, draft04), moves, notes);
        return { doc: converted, version: '3.0', notes: byComponent(notes) };
    }
    const refs = documentRefs(doc);
    const examplesReferenced = schemasWithReferencedExample(refs);
    const mapped = mapTree(doc, 'document', undefined, false, (schema, at, inRequestBody) => schemaTo31(schema, { at, notes, inRequestBody, examplesReferenced, moves, draft04 }), (node, shape, at) => {
        // 3.0 ignores a Reference Object's other fields; 3.1 lets its summary and description apply.
        // (A Path Item's fields beside its $ref apply in both.)
        if (typeof node.$ref === 'string' &&
            shape !== 'pathItem' &&
            ('summary' in node || 'description' in node)) {
            notes.push({
                code: 'CONVERT_REF_SIBLINGS',
                severity: 'info',
                pointer: at(),
                message: `The summary or description beside the $ref at ${at()}, which OpenAPI 3.0 ignores, applies in 3.1; it was kept.`
            });
        }
        return node;
    });
    const converted = followMoves(mapped, moves, notes, refs);
    return { doc: { ...converted, openapi: '3.1.0' }, version: '3.1', notes: byComponent(notes) };
}
/** Draft-04, the dialect whose exclusive bounds are booleans as in OpenAPI 3.0. */
function declaresDraft04(doc) {
    const dialect = doc.jsonSchemaDialect;
    return typeof dialect === 'string' && /^https?:\/\/json-schema\.org\/draft-04\/schema#?$/.test(dialect);
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
function documentTo30(source, notes, moves, draft04) {
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
            (0,json_value/* setOwn */.P5)((out ??= { ...container }), key, resolved);
            notes.push({
                code: 'CONVERT_PATH_ITEM_INLINED',
                severity: 'info',
                pointer: `${at}/${(0,engine_pointer/* escapeToken */.tj)(key)}`,
                message: `The path item ${item.$ref} was written inline: OpenAPI 3.0 has no components/pathItems.`
            });
        }
        return out ?? container;
    };
    const out = rootTo30(doc, notes, draft04, inlinePathItems);
    // Callbacks may point at components/pathItems too.
    const withCallbacks = mapTree(out, 'document', undefined, false, undefined, (node, shape, at) => shape === 'callback' ? inlinePathItems(node, at()) : node);
    return mapTree(withCallbacks, 'document', undefined, false, (schema, at) => schemaTo30(schema, { at, notes, moves, draft04 }), otherTo30);
}
/** The root's fields in 3.0: webhooks and jsonSchemaDialect dropped, path items inlined, paths required. */
function rootTo30(doc, notes, draft04, inlinePathItems) {
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
                message: draft04
                    ? 'jsonSchemaDialect (draft-04) has no place in OpenAPI 3.0 and was dropped; boolean exclusive bounds, the draft-04 form, are already the 3.0 form and were kept as they are.'
                    : 'jsonSchemaDialect has no place in OpenAPI 3.0 and was dropped; 3.0 schemas use its fixed dialect.'
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
            (0,json_value/* setOwn */.P5)(out, key, value);
    }
    if (out.paths === undefined) {
        out.paths = {};
        notes.push({
            code: 'CONVERT_PATHS_ADDED',
            severity: 'info',
            pointer: '/paths',
            message: 'The document has no paths, which OpenAPI 3.0 requires; an empty paths object was added.'
        });
    }
    return out;
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

// EXTERNAL MODULE: ./src/engine/load/parse-json.ts + 2 modules
var parse_json = __webpack_require__(9877);
;// CONCATENATED MODULE: ./src/engine/load/hoist-names.ts
/** Names and fields that bundling writes: document data, so `__proto__` and `size` are names like any other. */




/** A target's identity: its file and pointer. */
function targetKey(target) {
    return `${target.file}#${(0,engine_pointer/* formatPointer */.$2)(target.tokens)}`;
}
/** The names hoisted targets get: each target one component, no two targets one name. */
class ComponentNames {
    /** Target key → the component pointer (`#/components/…`) that holds it. */
    assigned = new Map();
    taken = new Map();
    /** Root component entries that hold a file themselves. */
    homes = new Set();
    /**
     * Takes the root's component names, so that no hoisted target gets one. An entry that is only a ref
     * to another file (`Pet: {$ref: ./pet.yaml}`) is that file's home: the file is written there, and
     * every other ref to it points there.
     */
    claim(components, resolve) {
        for (const section of Object.keys(components)) {
            let entries = components[section];
            // A section given by $ref (`schemas: {$ref: ./schemas.yaml}`) is inlined: its names are taken too.
            if ((0,json_value/* isObject */.Gv)(entries) && typeof entries.$ref === 'string') {
                const value = resolve(entries.$ref)?.value;
                entries = (0,json_value/* isObject */.Gv)(value) ? value : {};
            }
            else if ((0,json_value/* isObject */.Gv)(entries) && kindOfSection(section) && section !== 'pathItems') {
                for (const name of Object.keys(entries)) {
                    const entry = entries[name];
                    if (!(0,json_value/* isObject */.Gv)(entry) || typeof entry.$ref !== 'string' || entry.$ref.startsWith('#'))
                        continue;
                    if (Object.keys(entry).length !== 1)
                        continue;
                    const target = resolve(entry.$ref);
                    if (target && !target.root)
                        this.home(targetKey(target), ['components', section, name]);
                }
            }
            this.taken.set(section, new Set((0,json_value/* isObject */.Gv)(entries) ? Object.keys(entries) : []));
        }
    }
    home(key, tokens) {
        const pointer = (0,engine_pointer/* formatPointer */.$2)(tokens);
        if (!this.assigned.has(key))
            this.assigned.set(key, pointer);
        if (this.assigned.get(key) === pointer)
            this.homes.add(pointer);
    }
    isHome(tokens) {
        return this.homes.has((0,engine_pointer/* formatPointer */.$2)(tokens));
    }
    /** A free name in the section, `base` or else `base_2`…, with a note when it had to be suffixed. */
    assign(section, base, key) {
        let taken = this.taken.get(section);
        if (!taken)
            this.taken.set(section, (taken = new Set()));
        let name = base;
        for (let n = 2; taken.has(name); n++)
            name = `${base}_${n}`;
        taken.add(name);
        this.assigned.set(key, (0,engine_pointer/* formatPointer */.$2)(['components', section, name]));
        if (name === base)
            return { name };
        return {
            name,
            note: {
                code: 'BUNDLE_NAME_SUFFIXED',
                severity: 'warning',
                message: `Two different things would be named components/${section}/${base}; ${key} was named ${name}.`
            }
        };
    }
}
/** Sets a field named by document data, `__proto__` included, as an own field. */
function setOwn(object, key, value) {
    if (key === '__proto__')
        Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    else
        object[key] = value;
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
    // Underscores that stand for replaced characters are trimmed; a name's own (`__proto__`) are kept.
    let clean = raw.replace(/[^A-Za-z0-9._-]+/g, '_');
    if (!raw.startsWith('_'))
        clean = clean.replace(/^_+/, '');
    if (!raw.endsWith('_'))
        clean = clean.replace(/_+$/, '');
    return clean === '' ? 'external' : clean;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/engine/load/ref-location.ts
/**
 * Where the document part of a `$ref` points, resolved against the file that holds it: the same file, a
 * local file, a remote document, or a scheme that is never read. Backslashes are Windows separators:
 * `..\common\a.yaml` and `\\tmp\x.yaml` are local paths, never URLs.
 */


function isRemote(location) {
    return /^https?:\/\//i.test(location);
}
/** @param from the file (absolute path) or remote URL that holds the ref. */
function refLocation(uri, from) {
    if (uri === '')
        return { kind: 'same' };
    if (isRemote(uri))
        return { kind: 'remote', location: uri };
    const slashed = uri.replace(/\\/g, '/');
    if (isRemote(from)) {
        try {
            return { kind: 'remote', location: new URL(slashed, from).href };
        }
        catch {
            return { kind: 'scheme', scheme: 'unknown', location: uri };
        }
    }
    if (/^file:/i.test(uri)) {
        try {
            return { kind: 'file', location: (0,external_node_url_.fileURLToPath)(uri) };
        }
        catch {
            return { kind: 'scheme', scheme: 'file', location: uri };
        }
    }
    // Two letters or more: `C:` is a drive letter, not a scheme.
    const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(uri)?.[1];
    if (scheme)
        return { kind: 'scheme', scheme, location: uri };
    return { kind: 'file', location: external_node_path_default().resolve(external_node_path_default().dirname(from), decodePath(slashed)) };
}
function decodePath(text) {
    try {
        return decodeURI(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/engine/load/ref-resolve.ts
/**
 * Where a `$ref` leads: the value it designates in the root or a file read, or why it leads nowhere.
 * A file not read yet is listed as a need (it is read before the next pass); a file the sandbox refused
 * stops the run, unless only literal data names it.
 */



function resolveRef(ctx, needs, { ref, file, literal }) {
    const hash = ref.indexOf('#');
    const tokens = (0,engine_pointer/* parsePointer */.vp)(hash < 0 ? '' : ref.slice(hash + 1));
    if (!tokens)
        return { missing: `its fragment ${ref.slice(hash)} is not a JSON pointer` };
    const location = refLocation(hash < 0 ? ref : ref.slice(0, hash), file);
    let target = file;
    if (location.kind !== 'same' && location.location !== ctx.rootFile) {
        target = location.location;
        const files = ctx.files;
        const refusal = files.refused.get(target);
        if (refusal && !literal)
            throw refusal;
        if (!files.tried(target)) {
            const need = needs.get(target);
            needs.set(target, { location, literal: literal && (need?.literal ?? true) });
            return { pending: true };
        }
        const failure = files.failed.get(target);
        if (failure !== undefined)
            return { missing: failure };
    }
    else if (location.kind !== 'same')
        target = ctx.rootFile;
    const data = target === ctx.rootFile ? ctx.rootData : ctx.files.parsed.get(target)?.data;
    const value = (0,engine_pointer/* getAt */.sM)(data, tokens);
    if (value === undefined)
        return { missing: `${external_node_path_default().basename(target)} has no ${tokens.length ? (0,engine_pointer/* pointerText */.po)(tokens) : 'content'}` };
    return { target: { file: target, tokens, value } };
}
/**
 * What bundling says of a ref that leads nowhere (`missing` says why). Inside literal data it stays data;
 * a root pointer written in another file is kept, since it finds its target in the bundled document; any
 * other is left unbundled.
 */
function unresolvedNote(rootData, { ref, file, literal }, missing) {
    if (literal)
        return {
            code: 'BUNDLE_REF_KEPT_AS_DATA',
            severity: 'info',
            message: `The $ref ${ref} inside literal data was kept as data: ${missing}.`,
            unbundled: false
        };
    if (ref.startsWith('#') && (0,engine_pointer/* getAt */.sM)(rootData, (0,engine_pointer/* parsePointer */.vp)(ref) ?? ['']) !== undefined)
        // Split layouts often write the root's pointers in other files: kept, the ref finds its target.
        return {
            code: 'BUNDLE_REF_TO_ROOT',
            severity: 'info',
            message: `The $ref ${ref} in ${external_node_path_default().basename(file)} names no place in that file; it was kept, and points into the root document.`,
            unbundled: false
        };
    return {
        code: 'BUNDLE_REF_UNRESOLVED',
        severity: 'warning',
        message: `The $ref ${ref} was not bundled: ${missing}.`,
        unbundled: true
    };
}

;// CONCATENATED MODULE: ./src/engine/load/hoister.ts
/**
 * One pass of bundling: copies the root document and decides, for each `$ref` to another file (or to a
 * place in one), by the position the ref stands in. A component position (schema, parameter, response…)
 * hoists the target into `components/<section>` under a stable name; an operation, a path item, an
 * extension or any other position inlines it where it stands. Inside literal data (`example`, `default`,
 * `enum`, `const`, an example's `value`) only local files are inlined: anything else stays data.
 * Files not read yet are listed as needs: the caller reads them and runs a new pass.
 */








/**
 * Inlined files nest one in another: past the depth one file may nest, no more is inlined, so the copy
 * (at most this and one file deep) stays well inside the stack.
 */
const MAX_INLINED_DEPTH = parse_json/* MAX_NESTING */.M1;
class Hoister {
    ctx;
    notes = [];
    needs = new Map();
    /** Where hoisted and inlined parts came from: output pointer (`#/…`) → file and tokens. */
    origins = new Map();
    /** Why each external ref left in the document was not bundled, by the ref as it stands there. */
    unbundled = new Map();
    noted = new Set();
    names = new ComponentNames();
    hoisted = new Map();
    queue = [];
    inlining = new Set();
    /** The output pointer and the source pointer (in the file being copied) of the node being copied. */
    out = [];
    src = [];
    constructor(ctx) {
        this.ctx = ctx;
        const components = ctx.rootData.components;
        if ((0,json_value/* isObject */.Gv)(components)) {
            this.names.claim(components, ref => {
                const resolved = this.resolve(ref, ctx.rootFile, false);
                if (!('target' in resolved))
                    return undefined;
                return { ...resolved.target, root: resolved.target.file === ctx.rootFile };
            });
        }
    }
    run() {
        const doc = this.copy(this.ctx.rootData, this.ctx.rootFile, 'document', new Map());
        for (let i = 0; i < this.queue.length; i++) {
            const target = this.queue[i];
            let section = this.hoisted.get(target.section);
            if (!section)
                this.hoisted.set(target.section, (section = new Map()));
            this.out = ['components', target.section, target.name];
            this.src = [...target.tokens];
            this.origins.set((0,engine_pointer/* formatPointer */.$2)(this.out), { file: target.file, tokens: target.tokens });
            section.set(target.name, this.copy(target.value, target.file, target.kind, new Map()));
        }
        if (this.hoisted.size > 0) {
            const components = (0,json_value/* isObject */.Gv)(doc.components) ? { ...doc.components } : {};
            for (const [section, entries] of this.hoisted) {
                const merged = { ...((0,json_value/* isObject */.Gv)(components[section]) ? components[section] : {}) };
                for (const [name, value] of entries)
                    setOwn(merged, name, value);
                components[section] = merged;
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
            // A list shape hands its item shape down; any other shape holds for its array's items.
            const itemShape = typeof shape === 'object' ? childShape(shape, '0') : shape;
            node.forEach((child, index) => out.push(this.child(child, String(index), file, itemShape, memo)));
            return out;
        }
        const object = node;
        const outcome = typeof object.$ref === 'string' ? this.copyRef(object, file, shape, memo) : undefined;
        if (outcome && 'replace' in outcome)
            return outcome.replace;
        const out = {};
        memo.set(node, out);
        for (const key of Object.keys(object)) {
            const value = object[key];
            if (key === '$ref' && outcome)
                out.$ref = outcome.ref;
            else if (this.leftOut(file, shape, key))
                continue;
            else if (key === 'discriminator' && shape === 'schema' && (0,json_value/* isObject */.Gv)(value) && (0,json_value/* isObject */.Gv)(value.mapping))
                out[key] = this.copyDiscriminator(value, value.mapping, file);
            else
                setOwn(out, key, this.child(value, key, file, childOf(shape, key), memo));
        }
        return out;
    }
    child(value, key, file, shape, memo) {
        this.out.push(key);
        this.src.push(key);
        const copied = this.copy(value, file, shape, memo);
        this.out.pop();
        this.src.pop();
        return copied;
    }
    copyDiscriminator(value, mapping, file) {
        const out = {};
        for (const name of Object.keys(mapping)) {
            const target = mapping[name];
            const rewritten = typeof target === 'string' && /[#/]/.test(target) ? this.hoist(target, file, 'schema') : undefined;
            setOwn(out, name, rewritten && 'ref' in rewritten ? rewritten.ref : target);
        }
        return { ...value, mapping: out };
    }
    copyRef(object, file, shape, memo) {
        const ref = object.$ref;
        if (shape === 'literal')
            return this.literalRef(object, file, memo);
        if (file === this.ctx.rootFile && ref.startsWith('#') && shape !== 'operation')
            return { ref };
        const section = typeof shape === 'string' ? COMPONENT_SECTION[shape] : undefined;
        if (section && this.isHome(file))
            return this.inline(object, file, shape, memo, false);
        if (section && shape !== 'pathItem')
            return this.hoist(ref, file, shape);
        const outcome = this.inline(object, file, shape, memo, false);
        if (shape === 'operation' && 'replace' in outcome) {
            this.note('BUNDLE_OPERATION_INLINED', 'info', file, `The operation given by $ref ${ref} was inlined where it stands.`);
        }
        return outcome;
    }
    isHome(file) {
        return (file === this.ctx.rootFile &&
            this.out.length === 3 &&
            this.out[0] === 'components' &&
            this.names.isHome(this.out));
    }
    /** A `$ref` member inside literal data: a local document is inlined; anything else stays data. */
    literalRef(object, file, memo) {
        const ref = object.$ref;
        if (file === this.ctx.rootFile && ref.startsWith('#'))
            return { ref };
        const hash = ref.indexOf('#');
        const location = refLocation(hash < 0 ? ref : ref.slice(0, hash), file);
        if (location.kind === 'remote' || location.kind === 'scheme') {
            this.note('BUNDLE_REF_KEPT_AS_DATA', 'info', file, `The $ref ${ref} inside literal data points at no local document; it was kept as data.`);
            return { ref };
        }
        return this.inline(object, file, 'literal', memo, true);
    }
    inline(object, file, shape, memo, literal) {
        const ref = object.$ref;
        const resolved = this.resolve(ref, file, literal);
        if (!('target' in resolved))
            return this.unresolved(ref, file, resolved, literal);
        const { target } = resolved;
        const key = targetKey(target);
        if (this.out.length > MAX_INLINED_DEPTH) {
            this.note('BUNDLE_REF_TOO_DEEP', 'warning', file, `The $ref ${ref} would nest the document more than ${MAX_INLINED_DEPTH} levels deep; it was left as a reference.`);
            return { ref };
        }
        if (this.inlining.has(key)) {
            this.note('BUNDLE_REF_CYCLE', 'warning', file, `The $ref ${ref} includes itself; it was left as a reference.`);
            return { ref };
        }
        this.inlining.add(key);
        const src = this.src;
        this.src = [...target.tokens];
        this.origins.set((0,engine_pointer/* formatPointer */.$2)(this.out), { file: target.file, tokens: target.tokens });
        const inlined = this.copy(target.value, target.file, shape, new Map());
        this.src = src;
        this.inlining.delete(key);
        if (!(0,json_value/* isObject */.Gv)(inlined))
            return { replace: inlined };
        // The fields beside the $ref are kept over the target's.
        const result = { ...inlined };
        for (const name of Object.keys(object))
            if (name !== '$ref')
                setOwn(result, name, this.child(object[name], name, file, childOf(shape, name), memo));
        return { replace: result };
    }
    hoist(ref, file, kind) {
        if (file === this.ctx.rootFile && ref.startsWith('#'))
            return { ref };
        const resolved = this.resolve(ref, file, false);
        if (!('target' in resolved))
            return this.unresolved(ref, file, resolved, false);
        const { target } = resolved;
        if (target.file === this.ctx.rootFile)
            return { ref: (0,engine_pointer/* formatPointer */.$2)(target.tokens) };
        const key = targetKey(target);
        const known = this.names.assigned.get(key);
        if (known)
            return { ref: known };
        const section = COMPONENT_SECTION[kind];
        const { name, note } = this.names.assign(section, baseName(target.file, target.tokens), key);
        if (note)
            this.notes.push(note);
        this.queue.push({ ...target, kind, section, name });
        return { ref: (0,engine_pointer/* formatPointer */.$2)(['components', section, name]) };
    }
    unresolved(ref, file, why, literal) {
        if (!('missing' in why))
            return { ref };
        const said = unresolvedNote(this.ctx.rootData, { ref, file, literal }, why.missing);
        if (said.unbundled)
            this.unbundled.set(ref, why.missing);
        this.note(said.code, said.severity, file, said.message);
        return { ref };
    }
    resolve(ref, file, literal) {
        return resolveRef(this.ctx, this.needs, { ref, file, literal });
    }
    /** `definitions` (and a file's top-level `$defs`) is no Schema Object field: its members are hoisted. */
    leftOut(file, shape, key) {
        if (file === this.ctx.rootFile || shape !== 'schema')
            return false;
        if (key !== 'definitions' && !(key === '$defs' && this.src.length === 0))
            return false;
        this.note('BUNDLE_DEFINITIONS_LEFT_OUT', 'info', file, `The ${key} container of ${external_node_path_default().basename(file)} was not carried; each member a $ref names became a component of its own.`);
        return true;
    }
    note(code, severity, file, message) {
        if (this.noted.has(message))
            return;
        this.noted.add(message);
        const location = this.ctx.locate(file, this.src);
        // The pointer is the bundled document's, which slices are matched by; the location is the file's.
        this.notes.push({ code, severity, message, pointer: (0,engine_pointer/* pointerText */.po)(this.out), location });
    }
}
function childOf(shape, key) {
    if (shape === 'literal' || isLiteralField(shape, key))
        return 'literal';
    return childShape(shape, key);
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/engine/load/decode.ts
/**
 * Turns a spec file's bytes into text. UTF-8 (with or without a byte order mark) and UTF-16 (LE or BE,
 * found by its byte order mark or by the zero bytes around a leading ASCII character, as YAML and the
 * first JSON RFC detect it) are read; anything else is refused, never decoded with replacement
 * characters, which would silently alter paths and names.
 */


/** The encoding and the length of its byte order mark (0 when there is none). */
function sniff(bytes) {
    const [b0, b1, b2, b3] = bytes;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return { encoding: 'utf-8', bom: 3 };
    if ((b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) ||
        (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0))
        return { encoding: 'utf-32', bom: 4 };
    if (b0 === 0xfe && b1 === 0xff)
        return { encoding: 'utf-16be', bom: 2 };
    if (b0 === 0xff && b1 === 0xfe)
        return { encoding: 'utf-16le', bom: 2 };
    if (bytes.length >= 4) {
        if ((b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) || (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0))
            return { encoding: 'utf-32', bom: 0 };
    }
    if (bytes.length >= 2) {
        if (b0 === 0 && b1 !== 0)
            return { encoding: 'utf-16be', bom: 0 };
        if (b0 !== 0 && b1 === 0)
            return { encoding: 'utf-16le', bom: 0 };
    }
    return { encoding: 'utf-8', bom: 0 };
}
/** The text of a spec file (the root or one it refers to), without its byte order mark. */
function decodeSpecText(bytes, file) {
    const { encoding, bom } = sniff(bytes);
    if (encoding === 'utf-32') {
        throw new errors/* SliceOasError */.M$('SPEC_ENCODING', 'The file is UTF-32, which slice-oas does not read; convert it to UTF-8.', { file });
    }
    if (encoding === 'utf-8') {
        if ((0,external_node_buffer_.isUtf8)(bytes))
            return bytes.toString('utf8', bom);
        throw notUtf8(bytes, file);
    }
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom));
    }
    catch {
        throw new errors/* SliceOasError */.M$('SPEC_ENCODING', `The file starts as ${encoding.toUpperCase()} but is not valid ${encoding.toUpperCase()} throughout; convert it to UTF-8.`, { file });
    }
}
/** The refusal of text that is not UTF-8, at its first invalid byte. */
function notUtf8(bytes, file) {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) {
        line++;
        lineStart = i + 1;
    }
    // The bytes from the line's start up to the invalid one are valid, so they decode to its column.
    const column = bytes.toString('utf8', lineStart, offset).length + 1;
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    return new errors/* SliceOasError */.M$('SPEC_ENCODING', `The file is not UTF-8 (it looks like Latin-1/Windows-1252; convert it): byte 0x${byte} at offset ${offset} is not valid UTF-8.`, { file, line, column });
}
/** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf)
            [need, min] = [1, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [need, min] = [2, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [need, min] = [3, 0x10000];
        else
            return i;
        let code = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const next = bytes[i + k];
            if (next === undefined || (next & 0xc0) !== 0x80)
                return i;
            code = (code << 6) | (next & 0x3f);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
        if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
            return i;
        i += need + 1;
    }
    return bytes.length;
}

// EXTERNAL MODULE: ./src/engine/load/json-strings.ts
var json_strings = __webpack_require__(982);
;// CONCATENATED MODULE: ./src/engine/load/json-locate.ts

function locateJsonKey(text, tokens) {
    if (tokens.length === 0)
        return undefined;
    const stack = [];
    // Containers 1..onPath are on the pointer's way; the next container opened is too when `descend`.
    let onPath = 0;
    let descend = true;
    let expectKey = false;
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 32 /* space */)
            continue;
        if (ch === 10 /* \n */) {
            line++;
            lineStart = i + 1;
        }
        else if (ch === 34 /* " */) {
            const j = (0,json_strings/* closingQuote */.m)(text, i);
            const depth = stack.length;
            if (expectKey && depth === onPath) {
                const raw = text.slice(i + 1, j);
                const key = raw.includes('\\') ? JSON.parse(text.slice(i, j + 1)) : raw;
                descend = key === tokens[depth - 1];
                if (descend && depth === tokens.length)
                    return { line, column: i - lineStart + 1 };
            }
            expectKey = false;
            i = j;
        }
        else if (ch === 123 /* { */ || ch === 91 /* [ */) {
            const parent = stack[stack.length - 1];
            const depth = stack.length;
            const elementOnPath = parent !== undefined &&
                !parent.isObject &&
                depth === onPath &&
                String(parent.index) === tokens[depth - 1];
            if (elementOnPath && depth === tokens.length)
                return { line, column: i - lineStart + 1 };
            if (depth === onPath && (parent === undefined || (parent.isObject ? descend : elementOnPath)))
                onPath++;
            stack.push({ isObject: ch === 123, index: 0 });
            expectKey = ch === 123;
            descend = false;
        }
        else if (ch === 125 /* } */ || ch === 93 /* ] */) {
            // The container on the way closed without the key: the pointer is not in the text.
            if (stack.length === onPath && onPath > 0 && stack.length <= tokens.length)
                return undefined;
            if (stack.length === onPath)
                onPath--;
            stack.pop();
            expectKey = false;
        }
        else if (ch === 44 /* , */) {
            const frame = stack[stack.length - 1];
            if (frame?.isObject)
                expectKey = true;
            else if (frame)
                frame.index++;
        }
    }
    return undefined;
}

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
        const { data, externalRefs, positionOf, notes, numberLiterals } = await (0,parse_json/* parseJson */.qF)(text, file, keysInText);
        const deep = new Map();
        return {
            data,
            format,
            externalRefs,
            notes,
            numberLiterals,
            locate(tokens) {
                // Shallow keys are all recorded; a deeper one is looked up along its pointer, once.
                if (tokens.length > parse_json/* LOCATED_DEPTH */.Jr) {
                    const key = tokens.map(engine_pointer/* escapeToken */.tj).join('/');
                    if (!deep.has(key))
                        deep.set(key, locateJsonKey(text, tokens));
                    const found = deep.get(key);
                    if (found)
                        return found;
                }
                for (let n = Math.min(tokens.length, parse_json/* LOCATED_DEPTH */.Jr); n > 0; n--) {
                    const position = positionOf('/' + tokens.slice(0, n).map(engine_pointer/* escapeToken */.tj).join('/'));
                    if (position)
                        return position;
                }
                return undefined;
            }
        };
    }
    const { parseYaml } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(405)]).then(__webpack_require__.bind(__webpack_require__, 6405));
    const { data, locate, notes, numberLiterals } = parseYaml(text, file);
    return { data, format, locate, notes, numberLiterals };
}

;// CONCATENATED MODULE: ./src/engine/load/ref-files.ts
/**
 * Reads the files and remote documents that `$ref`s name, inside the sandbox: local files only under the
 * ref root (symlinks resolved), remote documents only when allowed, no other scheme. A refusal stops the
 * run only when a reference needs the file; a `$ref` inside literal data that cannot be read stays data.
 * Every other failure is kept with its reason, so that the refs to it can say why they were not bundled.
 */






const DEFAULT_REMOTE_LIMITS = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 };
class RefFiles {
    options;
    parsed = new Map();
    texts = new Map();
    /** Why a file could not be read or parsed. */
    failed = new Map();
    /** Files the sandbox refused, with the error a reference to them stops the run with. */
    refused = new Map();
    realRoot;
    constructor(options) {
        this.options = options;
    }
    /** Whether the file was tried already (read, or failed). */
    tried(location) {
        return this.parsed.has(location) || this.failed.has(location);
    }
    /**
     * Reads every local file that refs name, from `data` on and then from each file read, so that most
     * documents bundle in one pass. Nothing is refused here: a file counts as needed only by a ref in a
     * position that needs it, and the pass that meets such a ref then stops the run with its refusal.
     */
    async preload(from, data) {
        const queue = [[from, data]];
        for (let i = 0; i < queue.length; i++) {
            const [file, content] = queue[i];
            for (const ref of documentRefs(content)) {
                const hash = ref.indexOf('#');
                const location = refLocation(hash < 0 ? ref : ref.slice(0, hash), file);
                if (location.kind !== 'file' || this.tried(location.location))
                    continue;
                await this.load([{ location, literal: true }]);
                const parsed = this.parsed.get(location.location);
                if (parsed)
                    queue.push([location.location, parsed.data]);
            }
        }
    }
    async load(needs) {
        for (const need of needs) {
            const { location } = need.location;
            if (this.tried(location))
                continue;
            try {
                const text = await this.read(need.location);
                this.texts.set(location, text);
                this.parsed.set(location, await parseText(text, location));
            }
            catch (error) {
                if (error instanceof Refusal) {
                    if (!need.literal)
                        throw error.error;
                    this.refused.set(location, error.error);
                    this.failed.set(location, error.error.message);
                }
                else {
                    this.failed.set(location, readFailure(error));
                }
            }
        }
    }
    async read(target) {
        const { rootFile, reader } = this.options;
        if (target.kind === 'scheme') {
            throw new Refusal('REF_REMOTE_REFUSED', `A $ref uses the ${target.scheme}: scheme (${target.location}); only files under the spec's folder and, when allowed, http(s) documents can be read.`, rootFile);
        }
        if (target.kind === 'remote')
            return this.fetch(target.location);
        const location = target.location;
        this.realRoot ??= await reader.realpath(this.options.refRoot).catch(() => this.options.refRoot);
        const real = await realOrResolved(reader, location);
        if (real !== this.realRoot && !real.startsWith(this.realRoot + (external_node_path_default()).sep)) {
            throw new Refusal('REF_OUTSIDE_ROOT', `A $ref reaches outside the spec's folder (${location}); refs may only read files under ${this.options.refRoot}. Move the file inside, or set ref-root.`, rootFile);
        }
        return decodeSpecText(await reader.readFile(real), real);
    }
    async fetch(url) {
        const { rootFile, reader } = this.options;
        if (!this.options.allowRemoteRefs) {
            throw new Refusal('REF_REMOTE_REFUSED', `A $ref points at a remote document (${url}); remote refs are refused unless allow-remote-refs is true.`, rootFile);
        }
        try {
            return await reader.fetchText(url, this.options.remoteLimits ?? DEFAULT_REMOTE_LIMITS);
        }
        catch (cause) {
            throw new Refusal('REF_UNRESOLVED', `The remote document ${url} could not be fetched: ${cause instanceof Error ? cause.message : String(cause)}.`, rootFile);
        }
    }
}
/** A read the sandbox refuses: fatal when a reference needs the file. */
class Refusal extends Error {
    error;
    constructor(code, message, file) {
        super(message);
        this.error = new errors/* SliceOasError */.M$(code, message, { file });
    }
}
/** The real path; for a file that does not exist, its folder's real path and its name. */
async function realOrResolved(reader, location) {
    try {
        return await reader.realpath(location);
    }
    catch {
        const folder = await reader.realpath(external_node_path_default().dirname(location)).catch(() => external_node_path_default().dirname(location));
        return external_node_path_default().join(folder, external_node_path_default().basename(location));
    }
}
/** Why a file could not be read or parsed, as a plain phrase. */
function readFailure(error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return 'there is no such file';
    if (code === 'EISDIR')
        return 'it names a folder, not a file';
    if (code === 'ERR_FS_FILE_TOO_LARGE' || error instanceof RangeError)
        return `the file is over ${2 ** 31 - 1} bytes, more than can be read`;
    if (code === 'EACCES' || code === 'EPERM')
        return 'the file may not be read (permission denied)';
    if (error instanceof errors/* SliceOasError */.M$) {
        const where = error.location?.line ? ` (line ${error.location.line})` : '';
        return `the file could not be parsed${where}: ${error.message}`;
    }
    return `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

;// CONCATENATED MODULE: ./src/engine/load/bundle.ts







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
/** Whether some operation is given by `$ref` (`get: {$ref: …}`): bundling inlines it. */
function hasOperationRefs(doc) {
    for (const section of [doc.paths, doc.webhooks]) {
        if (!(0,json_value/* isObject */.Gv)(section))
            continue;
        for (const key of Object.keys(section)) {
            const item = section[key];
            if (!(0,json_value/* isObject */.Gv)(item))
                continue;
            for (const method of Object.keys(item))
                if (isHttpMethod(method) && (0,json_value/* isObject */.Gv)(item[method]) && typeof item[method].$ref === 'string')
                    return true;
        }
    }
    return false;
}
async function bundleExternalRefs(options) {
    const { rootFile, rootData } = options;
    const files = new RefFiles(options);
    const locate = (file, tokens) => {
        const position = file === rootFile ? options.rootLocate?.(tokens) : files.parsed.get(file)?.locate(tokens);
        return { file, pointer: (0,engine_pointer/* pointerText */.po)(tokens), ...(position ?? {}) };
    };
    await files.preload(rootFile, rootData);
    let hoister;
    let doc;
    // Each pass reads at least one new file (remote documents are read only when a pass needs them).
    for (;;) {
        hoister = new Hoister({ rootFile, rootData, files, locate });
        doc = hoister.run();
        if (hoister.needs.size === 0)
            break;
        await files.load(hoister.needs.values());
    }
    const read = [...files.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const locators = new Map();
    for (const [file, parsed] of files.parsed)
        locators.set(file, tokens => parsed.locate(tokens));
    return {
        doc,
        files: [{ file: rootFile, text: '' }, ...read.map(([file, text]) => ({ file, text }))],
        // What each file's parse noted (numbers, YAML tags), then what bundling decided.
        notes: [...[...files.parsed.values()].flatMap(parsed => parsed.notes), ...hoister.notes],
        numberLiterals: [...files.parsed.values()].map(parsed => parsed.numberLiterals),
        origins: hoister.origins,
        unbundled: hoister.unbundled,
        locators
    };
}

// EXTERNAL MODULE: ./src/engine/load/count-keys.ts
var count_keys = __webpack_require__(9225);
// EXTERNAL MODULE: ./src/engine/load/number-literals.ts
var load_number_literals = __webpack_require__(8451);
;// CONCATENATED MODULE: ./src/engine/load/spec-reader.ts
/**
 * The port through which the loader reads files and remote documents. The default reads the local disk
 * and fetches http(s) with a timeout and a size cap; tests inject fakes.
 */



const nodeSpecReader = {
    // One synchronous read: fs/promises reads a file in many round trips to libuv's threads, and the
    // run has nothing to do meanwhile (docs/performance.md).
    readFile: async (path) => readFileShared(path),
    realpath: path => (0,promises_.realpath)(path),
    isDirectory: async (path) => (await (0,promises_.stat)(path)).isDirectory(),
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
 * reads them where they are, instead of this thread copying them (docs/performance.md). A file of
 * unknown size (as /proc's are), past 2 GiB, or that changes size meanwhile is read the usual way.
 * Special files are refused before they are opened: opening a FIFO blocks until a writer comes, and
 * no signal handler runs meanwhile. The non-blocking open and second check cover a file swapped between.
 */
function readFileShared(path) {
    refuseSpecialFile(path, (0,external_node_fs_.statSync)(path));
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        refuseSpecialFile(path, info);
        if (info.isDirectory() || info.size === 0 || info.size > MAX_READ_BYTES)
            return (0,external_node_fs_.readFileSync)(fd);
        const bytes = Buffer.from(new SharedArrayBuffer(info.size));
        let filled = 0;
        while (filled < bytes.length) {
            const read = (0,external_node_fs_.readSync)(fd, bytes, filled, bytes.length - filled, filled);
            if (read === 0)
                break;
            filled += read;
        }
        const more = Buffer.alloc(1);
        if (filled < bytes.length || (0,external_node_fs_.readSync)(fd, more, 0, 1, filled) !== 0)
            return (0,external_node_fs_.readFileSync)(fd);
        return bytes;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Folders pass, so that the read fails with Node's own EISDIR. */
function refuseSpecialFile(path, info) {
    if (info.isFile() || info.isDirectory())
        return;
    const kind = info.isFIFO()
        ? 'a FIFO'
        : info.isSocket()
            ? 'a socket'
            : info.isCharacterDevice() || info.isBlockDevice()
                ? 'a device'
                : 'a special file';
    throw new errors/* SliceOasError */.M$('SPEC_UNREADABLE', `${path} is not a regular file (it is ${kind}); slice-oas reads only regular files. Point at the document file itself.`, { file: path });
}

;// CONCATENATED MODULE: ./src/engine/load/ms-parameterized-host.ts


const HOST = 'x-ms-parameterized-host';
/** Removes the extension from the document (the caller's own copy) and returns it. */
function takeParameterizedHost(doc) {
    const host = doc[HOST];
    if (host === undefined)
        return undefined;
    delete doc[HOST];
    return (0,json_value/* isObject */.Gv)(host) ? host : undefined;
}
/** The servers the extension describes; `doc` is the Swagger 2.0 document its parameter refs point into. */
function parameterizedHostServers(host, doc, notes) {
    if (typeof host.hostTemplate !== 'string') {
        notes.push({
            code: 'CONVERT_PARAMETERIZED_HOST',
            severity: 'warning',
            message: `${HOST} has no hostTemplate string; no server was made from it.`,
            pointer: `/${HOST}`
        });
        return [];
    }
    const url = host.hostTemplate + (typeof doc.basePath === 'string' ? doc.basePath : '');
    const names = (host.hostTemplate.match(/\{[^{}]+\}/g) ?? []).map(name => name.slice(1, -1));
    const variables = {};
    const parameters = Array.isArray(host.parameters) ? host.parameters : [];
    parameters.forEach((entry, index) => {
        const parameter = resolveParameter(entry, doc);
        const name = typeof parameter?.name === 'string' ? parameter.name : names[index];
        if (!parameter || name === undefined) {
            notes.push({
                code: 'CONVERT_PARAMETERIZED_HOST',
                severity: 'warning',
                message: `${HOST} parameter ${index} could not be resolved; the server has no variable for it.`,
                pointer: `/${HOST}/parameters/${index}`
            });
            return;
        }
        variables[name] = serverVariable(parameter);
    });
    const server = (serverUrl) => Object.keys(variables).length > 0 ? { url: serverUrl, variables } : { url: serverUrl };
    const schemes = Array.isArray(doc.schemes) ? doc.schemes.filter(s => typeof s === 'string') : [];
    if (host.useSchemePrefix === false || schemes.length === 0)
        return [server(url)];
    return schemes.map(scheme => server(`${String(scheme)}://${url}`));
}
function resolveParameter(entry, doc) {
    let node = entry;
    for (let hops = 0; hops < 16 && (0,json_value/* isObject */.Gv)(node) && typeof node.$ref === 'string'; hops++) {
        const tokens = node.$ref.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)(node.$ref) : undefined;
        node = tokens ? (0,engine_pointer/* getAt */.sM)(doc, tokens) : undefined;
    }
    return (0,json_value/* isObject */.Gv)(node) && typeof node.$ref !== 'string' ? node : undefined;
}
/** A Server Variable holds `default`, `enum`, `description` and extensions only; values are strings. */
function serverVariable(parameter) {
    const values = Array.isArray(parameter.enum) ? parameter.enum.filter(v => v !== null).map(String) : [];
    const variable = {
        default: parameter.default !== undefined && parameter.default !== null
            ? String(parameter.default)
            : (values[0] ?? 'none')
    };
    if (values.length > 0)
        variable.enum = values;
    if (typeof parameter.description === 'string')
        variable.description = parameter.description;
    for (const key of Object.keys(parameter))
        if (key.startsWith('x-'))
            variable[key] = parameter[key];
    return variable;
}

;// CONCATENATED MODULE: ./src/engine/load/swagger-shapes.ts
/**
 * What kind of Swagger 2.0 object sits at a place: enough to know where a referenced target belongs
 * (`definitions`, `parameters` or `responses`), which nodes are schemas, and which values are literal data.
 */
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
const swagger_shapes_LITERAL_FIELDS = new Set(['example', 'default', 'enum', 'x-example']);
const swagger_shapes_FIELDS = {
    document: {
        paths: 'paths',
        'x-ms-paths': 'paths',
        definitions: 'schemaMap',
        parameters: 'parameterMap',
        responses: 'responses',
        'x-ms-parameterized-host': 'host'
    },
    host: { parameters: 'parameterList' },
    pathItem: { parameters: 'parameterList' },
    operation: { parameters: 'parameterList', responses: 'responses' },
    parameter: { schema: 'schema' },
    response: { schema: 'schema', examples: 'literal' },
    schema: {
        properties: 'schemaMap',
        additionalProperties: 'schema',
        items: 'schema',
        allOf: 'schemaList',
        anyOf: 'schemaList',
        oneOf: 'schemaList',
        not: 'schema',
        'x-anyOf': 'schemaList',
        'x-oneOf': 'schemaList',
        'x-not': 'schema'
    }
};
/** The shape of `node[key]` given the shape of `node`. Other extensions and unknown fields are data. */
function swaggerChildShape(shape, key) {
    switch (shape) {
        case 'literal':
        case 'data':
            return shape;
        case 'schemaMap':
        case 'schemaList':
            return 'schema';
        case 'parameterMap':
        case 'parameterList':
            return 'parameter';
        case 'responses':
            return key.startsWith('x-') ? 'data' : 'response';
        case 'paths':
            return key.startsWith('/') ? 'pathItem' : 'data';
        case 'pathItem':
            if (METHODS.has(key))
                return 'operation';
            break;
        default:
            if (swagger_shapes_LITERAL_FIELDS.has(key) && shape !== 'document' && shape !== 'host')
                return 'literal';
    }
    return swagger_shapes_FIELDS[shape]?.[key] ?? 'data';
}
/** Where a target referenced from a position of this shape is hoisted in the root, if anywhere. */
function hoistSection(shape) {
    if (shape === 'schema')
        return 'definitions';
    if (shape === 'parameter')
        return 'parameters';
    if (shape === 'response')
        return 'responses';
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/load/swagger-bundle.ts
/**
 * Swagger 2.0 split across files (Azure's layout): every external `$ref` is resolved in 2.0 space before
 * conversion, so the converter sees one document. A target referenced where a schema, parameter or
 * response stands is hoisted into the root's `definitions`, `parameters` or `responses` under a stable
 * name (`types_ApiVersionParameter` from `../common/types.json#/parameters/ApiVersionParameter`); any
 * other target is written inline. Refs inside an external file resolve against that file. Files are read
 * only through the sandbox.
 */






function childShapeOf(shape, key, inArray) {
    // A schema's `items` may be a list of schemas (a tuple).
    return inArray && shape === 'schema' ? 'schema' : swaggerChildShape(shape, key);
}
/** Whether a ref at this position is followed: in literal data only a ref into the same document is. */
function followed(ref, shape) {
    return shape !== 'literal' || ref.startsWith('#');
}
function resolveTarget(ref, file) {
    const hash = ref.indexOf('#');
    const uri = hash < 0 ? ref : ref.slice(0, hash);
    const tokens = (0,engine_pointer/* parsePointer */.vp)(hash < 0 ? '' : ref.slice(hash + 1));
    if (!tokens)
        return undefined;
    const location = refLocation(uri, file);
    if (location.kind === 'same')
        return { file, tokens };
    // Another scheme is never read: the ref stays as written and its operations fail with the reason.
    return location.kind === 'scheme' ? undefined : { file: location.location, tokens };
}
/** Reads every file the root's refs reach, following refs only from the targets actually used. */
async function discover(root, sandbox) {
    const data = new Map([[sandbox.rootFile, root]]);
    const texts = new Map();
    const files = new RefFiles(sandbox);
    const seen = new Set();
    const queue = [
        { file: sandbox.rootFile, node: root, shape: 'document' }
    ];
    while (queue.length > 0) {
        const item = queue.shift();
        for (const { ref, shape } of refsUnder(item.node, item.shape)) {
            if (item.file === sandbox.rootFile && ref.startsWith('#'))
                continue;
            const target = resolveTarget(ref, item.file);
            if (!target || target.file === sandbox.rootFile)
                continue;
            if (!data.has(target.file)) {
                const location = isRemote(target.file)
                    ? { kind: 'remote', location: target.file }
                    : { kind: 'file', location: target.file };
                // A refusal stops the run; a file that cannot be read leaves its refs dangling, as in 3.x.
                await files.load([{ location, literal: false }]);
                data.set(target.file, files.parsed.get(target.file)?.data);
                const text = files.texts.get(target.file);
                if (text !== undefined)
                    texts.set(target.file, text);
            }
            // Keyed by shape too: a position decides which of the target's refs are followed.
            const key = `${shape} ${target.file}${(0,engine_pointer/* formatPointer */.$2)(target.tokens)}`;
            const node = (0,engine_pointer/* getAt */.sM)(data.get(target.file), target.tokens);
            if (seen.has(key) || node === undefined)
                continue;
            seen.add(key);
            queue.push({ file: target.file, node, shape });
        }
    }
    return { data, texts };
}
/** The followed refs under a node, each with the shape of the object holding it. */
function refsUnder(start, startShape) {
    const found = [];
    const seen = new Set();
    const stack = [{ node: start, shape: startShape }];
    while (stack.length > 0) {
        const { node, shape } = stack.pop();
        if (typeof node !== 'object' || node === null || seen.has(node))
            continue;
        seen.add(node);
        if (Array.isArray(node)) {
            node.forEach((child, i) => stack.push({ node: child, shape: childShapeOf(shape, String(i), true) }));
            continue;
        }
        const object = node;
        if (typeof object.$ref === 'string' && followed(object.$ref, shape))
            found.push({ ref: object.$ref, shape });
        for (const key of Object.keys(object))
            stack.push({ node: object[key], shape: childShapeOf(shape, key, false) });
    }
    return found;
}
async function bundleSwaggerRefs(root, sandbox) {
    const { data, texts } = await discover(root, sandbox);
    const hoister = new SwaggerHoister(sandbox.rootFile, data);
    const doc = hoister.run(root);
    const files = [...texts]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([file, text]) => ({ file, text }));
    return { doc, files, notes: hoister.notes, origins: hoister.origins };
}
class SwaggerHoister {
    rootFile;
    data;
    notes = [];
    origins = new Map();
    assigned = new Map();
    taken = new Map();
    hoisted = new Map();
    queue = [];
    inlining = new Set();
    constructor(rootFile, data) {
        this.rootFile = rootFile;
        this.data = data;
    }
    run(root) {
        for (const section of ['definitions', 'parameters', 'responses'])
            this.taken.set(section, new Set((0,json_value/* isObject */.Gv)(root[section]) ? Object.keys(root[section]) : []));
        const doc = this.copy(root, this.rootFile, 'document', new Map());
        for (let i = 0; i < this.queue.length; i++) {
            const { section, name, target, shape } = this.queue[i];
            const entries = this.hoisted.get(section) ?? {};
            this.hoisted.set(section, entries);
            (0,json_value/* setOwn */.P5)(entries, name, this.copy((0,engine_pointer/* getAt */.sM)(this.data.get(target.file), target.tokens), target.file, shape, new Map()));
        }
        for (const [section, entries] of this.hoisted)
            doc[section] = { ...((0,json_value/* isObject */.Gv)(doc[section]) ? doc[section] : {}), ...entries };
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
            node.forEach((child, i) => out.push(this.copy(child, file, childShapeOf(shape, String(i), true), memo)));
            return out;
        }
        const object = node;
        const ref = object.$ref;
        if (typeof ref === 'string' && followed(ref, shape) && !(file === this.rootFile && ref.startsWith('#'))) {
            const inlined = this.inline(ref, file, shape);
            if (inlined !== undefined) {
                if (!(0,json_value/* isObject */.Gv)(inlined))
                    return inlined;
                const merged = { ...inlined };
                for (const key of Object.keys(object))
                    if (key !== '$ref')
                        (0,json_value/* setOwn */.P5)(merged, key, this.copy(object[key], file, childShapeOf(shape, key, false), memo));
                return merged;
            }
        }
        const out = {};
        memo.set(node, out);
        for (const key of Object.keys(object)) {
            const value = object[key];
            (0,json_value/* setOwn */.P5)(out, key, key === '$ref' && typeof value === 'string'
                ? this.rewriteRef(value, file, shape)
                : this.copy(value, file, childShapeOf(shape, key, false), memo));
        }
        return out;
    }
    /** The copy of a target written where the ref stands, when it is neither hoisted nor kept. */
    inline(ref, file, shape) {
        const target = resolveTarget(ref, file);
        if (!target || target.file === this.rootFile || hoistSection(shape))
            return undefined;
        const key = `${target.file}${(0,engine_pointer/* formatPointer */.$2)(target.tokens)}`;
        const value = (0,engine_pointer/* getAt */.sM)(this.data.get(target.file), target.tokens);
        if (value === undefined || this.inlining.has(key))
            return undefined;
        this.inlining.add(key);
        const copy = this.copy(value, target.file, shape, new Map());
        this.inlining.delete(key);
        return copy;
    }
    rewriteRef(ref, file, shape) {
        if (!followed(ref, shape) || (file === this.rootFile && ref.startsWith('#')))
            return ref;
        const target = resolveTarget(ref, file);
        if (!target)
            return ref;
        if (target.file === this.rootFile)
            return (0,engine_pointer/* formatPointer */.$2)(target.tokens);
        const pointer = (0,engine_pointer/* formatPointer */.$2)(target.tokens);
        if ((0,engine_pointer/* getAt */.sM)(this.data.get(target.file), target.tokens) === undefined) {
            // Split layouts write the root's pointers in other files (`#/definitions/User` in paths/bar.yaml):
            // a local pointer its own file lacks and the root has is kept, pointing into the root.
            if (ref.startsWith('#') && this.reaches(this.rootFile, target.tokens)) {
                this.notes.push({
                    code: 'BUNDLE_REF_TO_ROOT',
                    severity: 'info',
                    message: `The $ref ${ref} in ${external_node_path_default().basename(file)} names no place in that file; it was kept, and points into the root document.`
                });
                return ref;
            }
            return file === this.rootFile ? ref : this.relocate(target);
        }
        const key = `${target.file}${pointer}`;
        const known = this.assigned.get(key);
        if (known)
            return known;
        // A target in a position with no section is one whose inlining would loop: it becomes a definition.
        const head = target.tokens[0];
        const section = hoistSection(shape) ?? (head === 'parameters' || head === 'responses' ? head : 'definitions');
        const name = this.uniqueName(section, swagger_bundle_baseName(target), key);
        const local = (0,engine_pointer/* formatPointer */.$2)([section, name]);
        this.assigned.set(key, local);
        this.origins.set(`${section}/${name}`, { file: target.file, pointer: pointer.slice(1) });
        this.queue.push({ section, name, target, shape: hoistSection(shape) ? shape : sectionShape(section) });
        return local;
    }
    /** Whether `tokens` name a place in `file`, following refs on the way (`definitions: {$ref: …}`). */
    reaches(file, tokens) {
        let node = this.data.get(file);
        let at = file;
        for (let i = 0; i < tokens.length; i++) {
            for (let hops = 0; (0,json_value/* isObject */.Gv)(node) && typeof node.$ref === 'string'; hops++) {
                const next = hops < 32 ? resolveTarget(node.$ref, at) : undefined;
                if (!next)
                    return false;
                node = (0,engine_pointer/* getAt */.sM)(this.data.get(next.file), next.tokens);
                at = next.file;
            }
            node = (0,json_value/* isObject */.Gv)(node) || Array.isArray(node) ? (0,engine_pointer/* getAt */.sM)(node, [tokens[i]]) : undefined;
            if (node === undefined)
                return false;
        }
        return true;
    }
    /** A ref that does not resolve keeps pointing at the same place, written relative to the root. */
    relocate(target) {
        const where = isRemote(target.file)
            ? target.file
            : external_node_path_default().relative(external_node_path_default().dirname(this.rootFile), target.file).split((external_node_path_default()).sep).join('/');
        return `${where}${(0,engine_pointer/* formatPointer */.$2)(target.tokens)}`;
    }
    uniqueName(section, base, key) {
        const taken = this.taken.get(section);
        let name = base;
        for (let n = 2; taken.has(name); n++)
            name = `${base}_${n}`;
        taken.add(name);
        if (name !== base) {
            this.notes.push({
                code: 'BUNDLE_NAME_SUFFIXED',
                severity: 'warning',
                message: `Two different things would be named ${section}/${base}; ${key} was named ${name}.`
            });
        }
        return name;
    }
}
function sectionShape(section) {
    return section === 'definitions' ? 'schema' : section === 'parameters' ? 'parameter' : 'response';
}
/** `types_ApiVersionParameter` for `types.json#/parameters/ApiVersionParameter`, `pet` for `./pet.yaml`. */
function swagger_bundle_baseName(target) {
    const stem = external_node_path_default().basename(target.file.split('?')[0]).replace(/\.(ya?ml|json)$/i, '');
    let rest = target.tokens;
    if (['definitions', 'parameters', 'responses'].includes(rest[0]) && rest.length >= 2)
        rest = rest.slice(1);
    const clean = [stem, ...rest]
        .join('_')
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^_+|_+$/g, '');
    return clean === '' ? 'external' : clean;
}

;// CONCATENATED MODULE: ./src/engine/load/swagger-null.ts



/** Marks a schema that allowed only null, until the converter has run. */
const NULL_ONLY = 'x-slice-oas-null-only';
/** Holds an enum that lists null, as text, while the converter runs: it deletes every null in a list. */
const NULL_ENUM = 'x-slice-oas-enum';
/** Rewrites the null types of a Swagger 2.0 document in place (the caller's own copy). */
function prepareNullTypes(doc, locate, notes) {
    const seen = new Set();
    const stack = [
        { node: doc, shape: 'document', tokens: [] }
    ];
    while (stack.length > 0) {
        const { node, shape, tokens } = stack.pop();
        if (typeof node !== 'object' || node === null || seen.has(node))
            continue;
        seen.add(node);
        // Children are pushed last to first, so notes come in source order.
        if (Array.isArray(node)) {
            for (let i = node.length - 1; i >= 0; i--) {
                const childShape = shape === 'schema' ? 'schema' : swaggerChildShape(shape, String(i));
                stack.push({ node: node[i], shape: childShape, tokens: [...tokens, String(i)] });
            }
            continue;
        }
        const object = node;
        if (shape === 'schema')
            prepareSchema(object, tokens, locate, notes);
        const keys = Object.keys(object);
        for (let i = keys.length - 1; i >= 0; i--) {
            const key = keys[i];
            stack.push({ node: object[key], shape: swaggerChildShape(shape, key), tokens: [...tokens, key] });
        }
    }
}
function prepareSchema(schema, tokens, locate, notes) {
    const note = (message, code = 'CONVERT_NULL_TYPE') => {
        const location = locate(tokens);
        notes.push({
            code,
            severity: 'warning',
            message,
            pointer: (0,engine_pointer/* pointerText */.po)(tokens),
            ...(location ? { location } : {})
        });
    };
    if (typeof schema.$ref === 'string' && schema['x-nullable'] === true) {
        note(`\`x-nullable\` beside a $ref at ${(0,engine_pointer/* pointerText */.po)(tokens)} is kept as \`nullable\`, which OpenAPI 3.0 ignores beside a $ref.`, 'CONVERT_NULLABLE_REF');
    }
    if (Array.isArray(schema.enum) && schema.enum.includes(null)) {
        schema[NULL_ENUM] = JSON.stringify(schema.enum);
        delete schema.enum;
    }
    const type = schema.type;
    const types = Array.isArray(type) ? type : [type];
    if (!types.includes('null'))
        return;
    const others = types.filter(entry => entry !== 'null');
    if (others.length === 0) {
        delete schema.type;
        schema[NULL_ONLY] = true;
        note(`\`type: "null"\` at ${(0,engine_pointer/* pointerText */.po)(tokens)} has no OpenAPI 3.0 form; it became \`nullable: true\` with \`enum: [null]\`.`);
        return;
    }
    schema.type = others.length === 1 ? others[0] : others;
    schema['x-nullable'] = true;
    note(`The type list ${JSON.stringify(type)} at ${(0,engine_pointer/* pointerText */.po)(tokens)} became ${others.length === 1 ? `\`type: ${String(others[0])}\`` : 'a `oneOf` of its types'} with \`nullable: true\`.`);
}
/** Gives each schema marked before conversion its 3.0 form, in place (the converter's output). */
function finishNullTypes(doc) {
    const seen = new Set();
    const stack = [doc];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null || seen.has(node))
            continue;
        seen.add(node);
        if ((0,json_value/* isObject */.Gv)(node) && typeof node[NULL_ENUM] === 'string') {
            node.enum = JSON.parse(node[NULL_ENUM]);
            delete node[NULL_ENUM];
        }
        if ((0,json_value/* isObject */.Gv)(node) && node[NULL_ONLY] === true) {
            delete node[NULL_ONLY];
            node.nullable = true;
            if (!Array.isArray(node.enum))
                node.enum = [null];
            else if (!node.enum.includes(null))
                node.enum = [...node.enum, null];
        }
        for (const child of Object.values(node))
            if (typeof child === 'object' && child !== null)
                stack.push(child);
    }
}

;// CONCATENATED MODULE: ./src/engine/load/swagger.ts
/**
 * Swagger 2.0 becomes OpenAPI 3.0 with swagger2openapi, before anything else; its slices are then sliced,
 * validated and indexed like any other. External refs are first resolved in 2.0 space (see
 * swagger-bundle.ts), so the converter sees one document. Operations keep their pointers, so locations
 * still hold.
 */






async function swaggerToOpenApi(data, sandbox, locateInRoot, notes) {
    const file = sandbox.rootFile;
    let source = data;
    let files = [];
    let origins = new Map();
    if (hasExternalRefs(data)) {
        const bundled = await bundleSwaggerRefs(data, sandbox);
        source = bundled.doc;
        files = bundled.files;
        origins = bundled.origins;
        notes.push(...bundled.notes);
    }
    const input = structuredClone(source);
    const locate = (tokens) => {
        const origin = tokens.length >= 2 ? origins.get(`${tokens[0]}/${tokens[1]}`) : undefined;
        if (origin)
            return { file: origin.file, pointer: origin.pointer + (0,engine_pointer/* pointerText */.po)(tokens.slice(2)) };
        const position = locateInRoot(tokens);
        return position ? { file, pointer: (0,engine_pointer/* pointerText */.po)(tokens), ...position } : undefined;
    };
    prepareNullTypes(input, locate, notes);
    const host = takeParameterizedHost(input);
    const openapi = await convert(input, file, notes);
    finishNullTypes(openapi);
    if (host) {
        const servers = parameterizedHostServers(host, source, notes);
        if (servers.length > 0)
            openapi.servers = [...(Array.isArray(openapi.servers) ? openapi.servers : []), ...servers];
    }
    return { doc: openapi, files };
}
async function convert(input, file, notes) {
    const options = { patch: true, warnOnly: true, resolve: false };
    // Loaded only for Swagger 2.0 input: it is the largest module of the bundle, slow to load.
    const { default: swagger2openapi } = await __webpack_require__.e(/* import() */ 126).then(__webpack_require__.t.bind(__webpack_require__, 126, 23));
    let openapi;
    try {
        openapi = (await swagger2openapi.convertObj(input, options)).openapi;
    }
    catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        throw new errors/* SliceOasError */.M$('SPEC_CONVERSION_FAILED', `The Swagger 2.0 document could not be converted to OpenAPI 3.0: the converter stopped with "${detail}". Convert it to OpenAPI 3.0 yourself, or simplify the construct it names.`, { file }, { cause });
    }
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

;// CONCATENATED MODULE: ./src/engine/load/swagger-pointer.ts
const SECTIONS = {
    schemas: 'definitions',
    parameters: 'parameters',
    requestBodies: 'parameters',
    responses: 'responses',
    securitySchemes: 'securityDefinitions'
};
function swaggerPointer(tokens) {
    const [first, second, name, ...rest] = tokens;
    if (first === 'components' && second !== undefined && Object.hasOwn(SECTIONS, second)) {
        if (name === undefined)
            return [SECTIONS[second]];
        const inner = second === 'responses' ? responseRest(rest) : second === 'parameters' ? parameterRest(rest) : rest;
        return [SECTIONS[second], name, ...(second === 'requestBodies' ? [] : inner)];
    }
    if (first === 'paths' && tokens.length > 3) {
        const [, path, method, field, ...more] = tokens;
        if (field === 'requestBody')
            return ['paths', path, method, 'parameters'];
        if (field === 'responses' && more.length > 0)
            return ['paths', path, method, 'responses', more[0], ...responseRest(more.slice(1))];
        if (field === 'parameters' && more.length > 0)
            return ['paths', path, method, 'parameters', more[0], ...parameterRest(more.slice(1))];
    }
    return [...tokens];
}
/** `content/<type>/schema/…` was `schema/…`; a header's `schema/…` was the header itself. */
function responseRest(rest) {
    if (rest[0] === 'content')
        return rest[2] === 'schema' ? ['schema', ...rest.slice(3)] : [];
    if (rest[0] === 'headers' && rest[2] === 'schema')
        return ['headers', rest[1], ...rest.slice(3)];
    return rest;
}
function parameterRest(rest) {
    return rest[0] === 'schema' ? rest.slice(1) : rest;
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
        ? (0,count_keys/* countKeysBeside */.mh)(bytes, parse_json/* MAX_NESTING */.M1)
        : undefined;
    const text = decodeSpecText(bytes, file);
    const parsed = await parseText(text, file, keysInText);
    const notes = [...parsed.notes];
    let data = parsed.data;
    let swaggerVersion;
    const refRoot = external_node_path_default().resolve(options.refRoot ?? external_node_path_default().dirname(file));
    let swaggerFiles = [];
    if ((0,json_value/* isObject */.Gv)(data) && data.swagger === '2.0' && data.openapi === undefined) {
        swaggerVersion = '2.0';
        const sandbox = {
            rootFile: file,
            refRoot,
            allowRemoteRefs: options.allowRemoteRefs ?? false,
            remoteLimits: options.remoteLimits,
            reader
        };
        const converted = await swaggerToOpenApi(data, sandbox, parsed.locate, notes);
        data = converted.doc;
        swaggerFiles = converted.files;
    }
    const checked = checkOpenApi(data, file, parsed.locate);
    const sourceVersion = swaggerVersion ?? checked.sourceVersion;
    const version = checked.version;
    let doc = data;
    // A JSON parse has already looked. A Swagger document's refs were resolved before conversion: what is
    // left outside is data (an example's URL) or a file that does not exist.
    const external = swaggerVersion === undefined &&
        (parsed.externalRefs !== undefined ? parsed.externalRefs : hasExternalRefs(doc));
    let bundled;
    if (external || (swaggerVersion === undefined && hasOperationRefs(doc))) {
        bundled = await bundleExternalRefs({
            rootFile: file,
            rootData: doc,
            rootLocate: parsed.locate,
            refRoot,
            allowRemoteRefs: options.allowRemoteRefs ?? false,
            remoteLimits: options.remoteLimits,
            reader
        });
        doc = bundled.doc;
        notes.push(...bundled.notes);
    }
    // A converted Swagger document's places are looked up where they stood in the 2.0 text.
    const rootLocate = swaggerVersion
        ? (tokens) => parsed.locate(swaggerPointer(tokens))
        : parsed.locate;
    return {
        file,
        format: parsed.format,
        doc,
        sourceVersion,
        version,
        digest: inputDigest(file, bytes, [...(bundled?.files.slice(1) ?? []), ...swaggerFiles]),
        notes,
        unbundled: bundled?.unbundled ?? new Map(),
        numberLiterals: bundled
            ? (0,load_number_literals/* mergeNumberLiterals */.KF)([parsed.numberLiterals, ...bundled.numberLiterals])
            : parsed.numberLiterals,
        locate: locator(file, bundled, rootLocate)
    };
}
/**
 * Where a pointer of the bundled document sits: in the root, or in the file a hoisted or inlined part
 * came from.
 */
function locator(file, parts, rootLocate) {
    return tokens => {
        const origin = parts && originOf(parts, tokens);
        const locateIn = origin && origin.file !== file ? parts?.locators.get(origin.file) : rootLocate;
        // A part that is a whole file starts on its first line.
        const position = locateIn?.(origin?.tokens ?? tokens) ??
            (origin?.tokens.length === 0 ? { line: 1, column: 1 } : undefined);
        return {
            file: origin?.file ?? file,
            // The pointer inside the file named: for a part from another file, the part's place there.
            pointer: (0,engine_pointer/* pointerText */.po)(origin?.tokens ?? tokens),
            ...(position ? { line: position.line, column: position.column } : {})
        };
    };
}
/** The input digest: the root file's bytes, then each other file read, named relative to the root's folder. */
function inputDigest(file, bytes, others) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    hash.update(withoutBom(bytes));
    for (const extra of others)
        hash.update(`\0${external_node_path_default().relative(external_node_path_default().dirname(file), extra.file)}\0${extra.text}`);
    return hash.digest('hex');
}
/** The file and its pointer for a pointer inside a hoisted or inlined part (the longest one that holds it). */
function originOf(bundled, tokens) {
    if (bundled.origins.size === 0)
        return undefined;
    for (let n = tokens.length; n >= 0; n--) {
        const origin = bundled.origins.get((0,engine_pointer/* formatPointer */.$2)(tokens.slice(0, n)));
        if (origin)
            return { file: origin.file, tokens: [...origin.tokens, ...tokens.slice(n)] };
    }
    return undefined;
}
/**
 * The bytes the digest covers: the file's, without a UTF-8 byte order mark. For UTF-8 text that is the
 * text's own encoding, and hashing the bytes saves encoding the whole text again.
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

;// CONCATENATED MODULE: ./src/engine/batch/plan-steps.ts
/**
 * The first steps of a run's plan (plan.ts), which the base comparison takes the same way: load and
 * convert a spec, and look up each operation's services in the service map.
 */



/** A spec loaded with the request's reference options, and converted to the output version. */
async function loadConverted(specPath, request, outputVersion, reader) {
    const spec = await loadSpec(specPath, {
        refRoot: request.refRoot,
        allowRemoteRefs: request.allowRemoteRefs,
        reader
    });
    return { spec, converted: convertDocument(spec.doc, spec.version, outputVersion) };
}
/** The services of each operation from the request's service map; none without a map. */
function serviceLookup(operations, request) {
    if (request.services.length === 0)
        return {};
    const assignment = assignServices(operations, request.services, request);
    return { assignment, servicesOf: operation => assignment.servicesOf.get(operation.key) ?? [] };
}

;// CONCATENATED MODULE: ./src/engine/openapi/mapping-ref.ts

/** A discriminator mapping value as a ref: bare names mean `#/components/schemas/<name>`. */
function mappingRef(value) {
    return /[#/]/.test(value) ? value : (0,engine_pointer/* formatPointer */.$2)(['components', 'schemas', value]);
}

;// CONCATENATED MODULE: ./src/engine/slice/literal-data.ts
/**
 * Literal data: `example`, `examples.*.value`, `default`, `enum` and `const` hold values, not OpenAPI
 * objects. A `$ref` member there is followed only when it points into the document; any other (an
 * absolute URL in a SCIM example) is data, kept exactly as written.
 */

const EXAMPLE = new Set(['example']);
const literal_data_LITERAL_FIELDS = {
    schema: new Set(['example', 'examples', 'default', 'enum', 'const']),
    parameter: EXAMPLE,
    header: EXAMPLE,
    mediaType: EXAMPLE,
    example: new Set(['value'])
};
/** Whether `node[key]` is literal data, given the shape of `node`. */
function literal_data_isLiteralField(shape, key) {
    return typeof shape === 'string' && (literal_data_LITERAL_FIELDS[shape]?.has(key) ?? false);
}
/** Whether a pointer of a document lies inside literal data. */
function inLiteralData(tokens) {
    let shape = 'document';
    for (const token of tokens) {
        if (literal_data_isLiteralField(shape, token))
            return true;
        shape = childShape(shape, token);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/engine/slice/edges.ts
/**
 * The edges out of one subtree: every `$ref` anywhere (extensions and example values included, but in
 * literal data only refs into the document), discriminator mappings (refs and bare names), and whether
 * the subtree holds anything a slice may have to rewrite (refs into `#/paths` or a root extension, link
 * `operationRef`s).
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
    // A part of a root extension (`#/x-components/responses/204`) is carried like a `#/paths` target.
    if (head.startsWith('x-') && tokens.length >= 2)
        return (0,engine_pointer/* formatPointer */.$2)(tokens);
    if (WHOLE_ROOT_FIELDS.has(head) || head.startsWith('x-'))
        return '';
    return undefined;
}
function collectEdges(doc, start, shape) {
    const units = [];
    const seenUnits = new Set();
    const dangling = [];
    const dataRefs = [];
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
        if (ref.startsWith('#/paths') || ref.startsWith('#/webhooks') || ref.startsWith('#/x-'))
            needsRewrite = true;
        if (!seenUnits.has(unit)) {
            seenUnits.add(unit);
            units.push(unit);
        }
    };
    walk(start, shape, ({ node, shape: at, parent, key }) => {
        if (parent && literal_data_isLiteralField(parent.shape, key)) {
            for (const ref of documentRefs(node)) {
                if (ref.startsWith('#'))
                    addRef(ref);
                else if (!dataRefs.includes(ref))
                    dataRefs.push(ref);
            }
            return false;
        }
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
    return { units, dangling, needsRewrite, dataRefs };
}

;// CONCATENATED MODULE: ./src/engine/slice/rewrite.ts





function rewriteTree(node, shape, context) {
    return rewriteNode(node, shape, context, new Map());
}
/**
 * Memoised by identity, unlike convert/map-tree.ts's mapTree: a rewrite depends only on the node and
 * the slice, not on where the node stands, so a node reached twice (YAML aliases share nodes) is
 * rewritten once and stays shared, and a cycle ends. Its rewrites rename keys on the way down
 * (`operationRef` to `operationId`), where the converters replace whole objects on the way back up.
 */
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
                        (0,json_value/* setOwn */.P5)((mappingOut ??= { ...mapping }), name, mapped);
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
                    (0,json_value/* setOwn */.P5)(out, keys[j], object[keys[j]]);
            }
            if (out)
                (0,json_value/* setOwn */.P5)(out, nextKey, next);
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
            if (!ref.startsWith('#/paths/') && !ref.startsWith('#/webhooks/') && !ref.startsWith('#/x-'))
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
                (0,json_value/* setOwn */.P5)(container, path, rewriteTree(container[path], 'pathItem', context));
        }
    }
    addLinkNotes(doc, operations, notes);
    for (const ref of closure.dataRefs) {
        notes.push({
            code: 'DATA_REF_KEPT',
            severity: 'info',
            message: `A $ref inside example, default, enum or const data (${ref}) does not point into the document; it was kept as data.`
        });
    }
    const document = assembleDocument(index, operations, containers, components);
    return { document, notes, units: [...closure.included] };
}
// The steps below are functions of their own rather than one long body, which reads as the steps and
// is optimised sooner (docs/performance.md).
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
        const item = resolvePathItem(doc, (0,json_value/* ownValue */.eC)(sourceContainer, path)) ?? {};
        const sliced = {};
        for (const field of Object.keys(item)) {
            if (field === '$ref')
                continue;
            if (isHttpMethod(field) && !methods.has(field))
                continue;
            (0,json_value/* setOwn */.P5)(sliced, field, item[field]);
        }
        (0,json_value/* setOwn */.P5)(containers[source], path, sliced);
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
        rootNeedsRewrite: false,
        dataRefs: new Set()
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
            for (const ref of edges.dataRefs)
                closure.dataRefs.add(ref);
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
            if ((0,json_value/* hasOwn */.$3)(schemes, name))
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
            if (!tokens[0].startsWith('x-') && keptInSlice(tokens)) {
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
        for (const ref of edges.dataRefs)
            closure.dataRefs.add(ref);
        enqueue(edges.units);
    }
    return closure;
}
/** The slice's components: in source order, carried `#/paths` targets after them, sections ordered. */
function sliceComponents(index, closure, context) {
    const doc = index.doc;
    const finish = (unit, node, kind) => closure.rewriteUnits.has(unit) ? rewriteTree(node, kind, context) : node;
    // Section and component names are document data: Maps, so `__proto__` or `size` is a name like any other.
    const components = new Map();
    const sectionOf = (section) => {
        let out = components.get(section);
        if (!out)
            components.set(section, (out = {}));
        return out;
    };
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
        const node = (0,json_value/* ownValue */.eC)((0,json_value/* ownValue */.eC)(sourceComponents, section), name);
        (0,json_value/* setOwn */.P5)(sectionOf(section), name, finish(unit, node, kindOfSection(section) ?? 'data'));
    }
    for (const [unit, target] of closure.carried) {
        const node = finish(unit, index.nodeOf(unit), kindOfSection(target.section) ?? 'data');
        (0,json_value/* setOwn */.P5)(sectionOf(target.section), target.name, node);
    }
    const ordered = {};
    for (const section of [...Object.keys(sourceComponents), ...COMPONENT_SECTIONS]) {
        const entries = components.get(section);
        if (entries && !(0,json_value/* hasOwn */.$3)(ordered, section))
            (0,json_value/* setOwn */.P5)(ordered, section, entries);
    }
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
        else if (key === 'paths')
            document[key] = containers.path;
        else if (key === 'webhooks' && Object.keys(containers.webhook).length > 0)
            document[key] = containers.webhook;
        else if (key === 'components' && hasComponents)
            document[key] = components;
    }
    // Even a slice of webhooks alone has `paths`: 3.1 allows leaving it out, but consumers require it.
    if (!document.paths)
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
    extensionKindMap;
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
        const kind = tokens[0] === 'components'
            ? (kindOfSection(tokens[1]) ?? 'data')
            : tokens[0].startsWith('x-')
                ? (this.carriedTarget(unit)?.kind ?? 'data')
                : kindAt(tokens);
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
     * Root extensions slices leave out: those that hold `$ref`s, those whose parts slices carry as
     * components, and `x-webhooks`, the usual 3.0 container of webhook path items (often very
     * large). They belong to no selected operation; copying them would carry into every
     * slice what no operation of it uses.
     */
    leftOutRootExtensions() {
        if (!this.leftOutExtensions) {
            const carriedFrom = new Set([...this.extensionKinds().keys()].map(unit => (0,engine_pointer/* parsePointer */.vp)(unit)[0]));
            this.leftOutExtensions = Object.keys(this.doc).filter(key => {
                if (!key.startsWith('x-'))
                    return false;
                if (key === 'x-webhooks' || carriedFrom.has(key))
                    return true;
                const edges = collectEdges(this.doc, this.doc[key], 'data');
                return edges.units.some(unit => !unit.startsWith('#/x-')) || edges.dangling.length > 0;
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
        const extensionKinds = this.extensionKinds();
        for (const unit of extensionKinds.keys())
            targets.add(unit);
        const components = (0,json_value/* isObject */.Gv)(this.doc.components) ? this.doc.components : {};
        const taken = new Map();
        const names = new Map();
        for (const unit of [...targets].sort()) {
            const tokens = (0,engine_pointer/* parsePointer */.vp)(unit);
            const kind = extensionKinds.get(unit) ?? kindAt(tokens);
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
    /**
     * Parts of root extensions that refs point at (`#/x-components/responses/204`), each with the kind of
     * the first position that references it: an extension has no shape of its own, the place of its use
     * does. Parts referenced only from data get no kind, and are not carried.
     */
    extensionKinds() {
        if (this.extensionKindMap)
            return this.extensionKindMap;
        const kinds = new Map();
        this.extensionKindMap = kinds;
        // Most documents have no root extension that refs could point into: then no walk is needed.
        const roots = Object.keys(this.doc).filter(key => key.startsWith('x-') && typeof this.doc[key] === 'object');
        if (roots.length === 0 || ![...documentRefs(this.doc)].some(ref => ref.startsWith('#/x-')))
            return kinds;
        const queue = [];
        const visitRefs = (start, shape) => walk(start, shape, ({ node, shape: at }) => {
            const ref = (0,json_value/* isObject */.Gv)(node) ? node.$ref : undefined;
            if (typeof ref !== 'string' || !ref.startsWith('#/x-') || typeof at !== 'string')
                return;
            const tokens = (0,engine_pointer/* parsePointer */.vp)(ref);
            if (!tokens || tokens.length < 2 || !COMPONENT_SECTION[at])
                return;
            const unit = (0,engine_pointer/* formatPointer */.$2)(tokens);
            if (kinds.has(unit) || (0,engine_pointer/* getAt */.sM)(this.doc, tokens) === undefined)
                return;
            kinds.set(unit, at);
            queue.push(unit);
        });
        visitRefs(this.doc, 'document');
        for (let i = 0; i < queue.length; i++)
            visitRefs(this.nodeOf(queue[i]), kinds.get(queue[i]));
        return kinds;
    }
}

;// CONCATENATED MODULE: ./src/engine/openapi/resolved-equal.ts
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
        // A ref out of the document is compared as written: in literal data it is data, and anywhere else
        // the references phase reports it.
        if (!ref.startsWith('#'))
            break;
        const tokens = ref.startsWith('#') && hops < MAX_REF_CHAIN ? (0,engine_pointer/* parsePointer */.vp)(ref) : undefined;
        const target = tokens ? (0,engine_pointer/* getAt */.sM)(doc, tokens) : undefined;
        if (target === undefined)
            return { target: undefined, siblings, dangling: ref, node: current };
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
            // The same ref to another document on both sides is data (examples keep such members): compare it so.
            const data = left.dangling === right.dangling && left.dangling?.startsWith('#') === false;
            if (!data && (left.dangling || right.dangling)) {
                return { at: pair.at, message: `the reference ${left.dangling ?? right.dangling} resolves nowhere` };
            }
            if (left.siblings || right.siblings)
                stack.push({ a: left.siblings ?? {}, b: right.siblings ?? {}, at: `${pair.at} (beside $ref)` });
            const x = data ? left.node : left.target;
            const y = data ? right.node : right.target;
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
            if (!(0,json_value/* hasOwn */.$3)(x, key))
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
                if (names.length !== Object.keys(my).length || names.some(name => !(0,json_value/* hasOwn */.$3)(my, name))) {
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

;// CONCATENATED MODULE: ./src/engine/openapi/resolved-operation.ts
/**
 * An operation as a consumer sees it: parameters merged from the path item by (name, in), and the
 * servers and security in force. Validation compares this view between the source and the slice, and
 * the base comparison between the base revision and the head.
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
        (0,json_value/* setOwn */.P5)(used, name, (0,json_value/* hasOwn */.$3)(schemes, name) ? schemes[name] : '(undefined)');
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
    return (0,external_node_crypto_.createHash)('sha256')
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
        const operations = new Map();
        for (const row of (await readIndex(indexFile)).rows) {
            if (row.validation_status !== 'PASS')
                continue;
            const rowPath = row.path ?? '';
            const key = operationKey(rowPath.startsWith('webhook:') ? 'webhook' : 'path', rowPath.replace(/^webhook:/, ''), row.method ?? '');
            const services = row.services
                ? row.services.split(';')
                : [defaultService(row.tags ? row.tags.split(';') : [], rowPath)];
            operations.set(key, { sha256: row.sha256 ?? '', services });
        }
        return compareWithIndex({
            operations,
            // The index's sha256 is that of the operation's own slice file, as written with group-by operation.
            headHash: op => (0,external_node_crypto_.createHash)('sha256')
                .update(head.serialize(buildSlice(head.index, [op]).document))
                .digest('hex')
        }, { ...head, servicesOf: headServices });
    }
    const { converted } = await loadConverted(request.baseSpec, request, version, reader);
    const operations = enumerateOperations(converted.doc).filter(matchesSelection(request));
    const { servicesOf } = serviceLookup(operations, { ...request, overlap: 'allow', orphans: 'warn' });
    return compareWithBase({ index: new SpecIndex(converted.doc), operations, servicesOf: servicesOf ?? fallback }, { ...head, servicesOf: headServices });
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

;// CONCATENATED MODULE: ./src/engine/batch/plan.ts










async function planRun(request, reader) {
    const { spec, converted } = await loadConverted(request.spec, request, request.outputVersion, reader);
    const index = new SpecIndex(converted.doc);
    const serialize = await serializerFor(request.format, spec.numberLiterals);
    const enumerated = enumerateOperations(converted.doc, spec.locate);
    if (enumerated.length === 0 && converted.notes.some(note => note.code === 'CONVERT_WEBHOOK_DROPPED'))
        throw new errors/* SliceOasError */.M$('SELECTION_EMPTY', 'Every operation of the spec is a webhook, which OpenAPI 3.0 cannot express. Slice it as 3.1 (output-version 3.1 or auto).');
    const operations = selectOperations(enumerated, request);
    const { assignment, servicesOf = () => [] } = serviceLookup(operations, request);
    const allGroups = groupOperations(operations, request.groupBy, request.prefixDepth, servicesOf);
    const comparison = request.baseSpec
        ? await compareAgainstBase(request, converted.version, { index, operations, servicesOf, serialize }, reader)
        : undefined;
    const serviceCounts = request.services.map(service => ({
        service: service.name,
        operations: operations.filter(operation => servicesOf(operation).includes(service.name)).length
    }));
    const names = assignFileNames(allGroups.map(group => ({ id: group.id, stem: group.stem })), extensionFor(request.format));
    const notes = [...spec.notes, ...(assignment?.notes ?? [])];
    notes.push(...leftOutExtensions(index, spec), ...renamedFiles(allGroups, names, request));
    const shard = request.shard;
    const groups = shard ? allGroups.filter(group => shardOf(group.id, shard.count) === shard.index) : allGroups;
    const plan = { spec, converted, index, serialize, operations, servicesOf, allGroups, groups, names };
    return { ...plan, notes, serviceCounts, comparison };
}
function leftOutExtensions(index, spec) {
    return index.leftOutRootExtensions().map(extension => {
        const note = {
            code: 'ROOT_EXTENSION_LEFT_OUT',
            severity: 'warning',
            message: `The root extension ${extension} belongs to no selected operation (it holds $refs, or webhook path items); slices leave it out rather than carry what no operation of theirs uses.`
        };
        defineLazy(note, 'location', () => spec.locate([extension]));
        return note;
    });
}
function renamedFiles(groups, names, request) {
    const notes = [];
    for (const group of groups) {
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
    return notes;
}

;// CONCATENATED MODULE: ./src/engine/batch/result.ts
/** The skip reason of the slices a stopped run never started; the index and progress leave them out. */
const NOT_ATTEMPTED = 'not attempted: the run stopped';

;// CONCATENATED MODULE: ./src/engine/batch/run-output.ts
/**
 * A run's output folder (output/output-state.ts does the work): opened with the files the plan may
 * write and the digests that decide them, closed with the files this run wrote and its final index.
 */






function openRunOutput(sink, plan, request, ports, hooks) {
    const { groups, names } = plan;
    return openOutput(sink, {
        dir: external_node_path_default().resolve(request.outputDir),
        planned: new Map(groups.map(group => [names.get(group.id), group.operations.map(op => op.key)])),
        index: request.index,
        overwrite: request.overwrite,
        inputs: runInputs(request),
        digests: {
            inputDigest: plan.spec.digest,
            requestDigest: requestDigest(request),
            ...(request.shard ? { shard: request.shard } : {})
        },
        lockWaitMs: ports.lockWaitMs,
        onLockWait: hooks.onLockWait
    });
}
/**
 * The sorted index replaces the live one (when slices finished out of order, or the run stopped);
 * failed slices leave no stale file of an earlier run behind.
 */
function closeRunOutput(sink, output, { slices, live, rowsOf, stop }) {
    const finalFiles = {};
    for (const slice of slices) {
        if (slice.status === 'PASS')
            finalFiles[slice.fileName] = { sha256: slice.sha256, operations: slice.operations.map(op => op.key) };
    }
    const sortedIndex = () => renderIndex(slices.filter(slice => slice.skipReason !== NOT_ATTEMPTED).flatMap(rowsOf));
    return closeOutput(sink, output, {
        live,
        sortedIndex: stop || !live?.inOrder ? sortedIndex : undefined,
        finalFiles,
        stopped: stop !== undefined
    });
}

// EXTERNAL MODULE: ./node_modules/p-map/index.js
var p_map = __webpack_require__(606);
;// CONCATENATED MODULE: ./src/engine/validate/cause.ts
/**
 * Tracing a failure to its cause. A slice shares its pointers with the source (components keep their
 * names, operations their paths), so a defect found in the slice is looked up at the same place in the
 * source: when the source has it too, the source is at fault and the failure says so.
 */


/** A failure whose defect is the source document's own, at `tokens` in the source. */
function sourceDefect(phase, reason, tokens, slicePointer) {
    const pointer = (0,engine_pointer/* pointerText */.po)(tokens);
    return {
        phase,
        reason,
        ...(slicePointer !== undefined ? { pointer: slicePointer } : {}),
        cause: { key: `${phase}:${pointer}`, inSource: true, pointer, message: reason }
    };
}
/** The cause of a failure the slice itself brought: keyed by its reason, so identical ones group. */
function sliceCause(failure) {
    return {
        key: `${failure.phase}:${failure.reason}`,
        inSource: false,
        ...(failure.pointer !== undefined ? { pointer: failure.pointer } : {}),
        message: failure.reason
    };
}
/** Every failure with a cause: those the phases did not trace are the slice's own. */
function withCauses(failures) {
    for (const failure of failures)
        failure.cause ??= sliceCause(failure);
    return failures;
}
/**
 * The place in the source of a slice pointer, following the source's local `$ref`s where the slice
 * holds a referenced object inline (a path item given by `$ref`). Undefined when the source has none.
 */
function sourcePlace(source, slicePointer) {
    const tokens = (0,engine_pointer/* parsePointer */.vp)(slicePointer);
    if (!tokens)
        return undefined;
    let node = source;
    let at = [];
    for (const token of tokens) {
        for (let hops = 0; (0,json_value/* isObject */.Gv)(node) && typeof node.$ref === 'string' && !(0,json_value/* hasOwn */.$3)(node, token); hops++) {
            const target = node.$ref.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)(node.$ref) : undefined;
            if (!target || hops >= 64)
                return undefined;
            node = (0,engine_pointer/* getAt */.sM)(source, target);
            at = [...target];
        }
        node = (0,engine_pointer/* getAt */.sM)(node, [token]);
        if (node === undefined)
            return undefined;
        at.push(token);
    }
    return { tokens: at, node };
}
/** Whether a local ref resolves in a document. */
function resolvesIn(document, ref) {
    const tokens = ref.startsWith('#') ? (0,engine_pointer/* parsePointer */.vp)(ref) : undefined;
    return tokens !== undefined && (0,engine_pointer/* getAt */.sM)(document, tokens) !== undefined;
}
/** Deep equality of two JSON values, identical objects at once; too deep counts as different. */
function sameJson(a, b, depth = 0) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 100)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length)
        return false;
    for (const key of keysA) {
        if (!(0,json_value/* hasOwn */.$3)(b, key))
            return false;
        if (!sameJson(a[key], b[key], depth + 1))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/engine/batch/event-loop-turns.ts
/**
 * Slicing and writing on the batch's thread are synchronous, so the batch hands the event loop a turn
 * between slices: without one, signals, timers, the live index's writes and the workers' answers would
 * wait for the whole run.
 */

/**
 * A function to call before each slice. It takes a turn of the event loop when `everyMs` milliseconds
 * have passed since the last turn ended, and on every call when `everyMs` is 0: each turn is a whole
 * pass of the loop, poll included, too dear to take before every slice (docs/performance.md has the
 * figures). Calls that start together (concurrency above 1) all wait for the same turn.
 */
function eventLoopTurns(everyMs) {
    let lastTurn = -Infinity;
    const ended = () => {
        lastTurn = performance.now();
    };
    return () => (performance.now() - lastTurn < everyMs ? undefined : (0,external_node_timers_promises_.setImmediate)().then(ended));
}

;// CONCATENATED MODULE: ./src/engine/batch/failure-causes.ts
/**
 * Failures by cause: one broken shared schema fails every operation that uses it, and a run reports it
 * once, at the defect's own file and line, with the operations it affects.
 */


/** Sets each source defect's location, looking every pointer up once. */
function causeLocator(locate) {
    const known = new Map();
    return failures => {
        for (const { cause } of failures) {
            if (!cause?.inSource || cause.pointer === undefined || cause.location)
                continue;
            let location = known.get(cause.pointer);
            if (!location) {
                const tokens = (0,engine_pointer/* parsePointer */.vp)(cause.pointer);
                if (!tokens)
                    continue;
                known.set(cause.pointer, (location = locate(tokens)));
            }
            cause.location = location;
        }
    };
}
/** Adds why an external ref was not bundled (no such file, a folder, too large…) to its failures. */
function explainUnbundled(failures, why) {
    if (why.size === 0)
        return;
    for (const failure of failures) {
        const reason = failure.ref === undefined ? undefined : why.get(failure.ref);
        if (reason === undefined)
            continue;
        failure.reason += `: ${reason}`;
        if (failure.cause)
            failure.cause.message = failure.reason;
    }
}
/** The failed operations grouped by cause, the cause that fails the most operations first. */
function failureCauses(failures) {
    const groups = new Map();
    for (const failure of failures) {
        // Without a traced cause, each operation stands alone.
        const key = failure.cause?.key ?? `${failure.method} ${failure.path}\0${failure.fileName}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = newGroup(key, failure, failure.cause)));
        group.operations.push(failure);
    }
    return [...groups.values()].sort((a, b) => b.operations.length - a.operations.length);
}
function newGroup(key, failure, cause) {
    const inSource = cause?.inSource ?? false;
    return {
        key,
        phase: failure.phase,
        reason: failure.reason,
        inSource,
        ...(inSource && cause?.pointer !== undefined
            ? { pointer: cause.location?.pointer ?? cause.pointer }
            : {}),
        location: (inSource ? cause?.location : undefined) ?? failure.location,
        operations: []
    };
}
/**
 * One line for a cause: "`#/components/schemas/Problem` at `errors.yaml:12`: [references] …; 91
 * operations affected". `fileLabel` shows a file as the reader knows it (relative to their folder).
 */
function causeHeadline(group, fileLabel = (external_node_path_default()).basename) {
    // The operation's place is not the defect's: only a source defect's place is named.
    const location = group.inSource ? group.location : undefined;
    const line = location?.line !== undefined ? `:${location.line}` : '';
    const where = location ? `${fileLabel(location.file)}${line}` : '';
    const subject = [group.pointer !== undefined ? `\`#${group.pointer}\`` : '', where ? `at \`${where}\`` : '']
        .filter(Boolean)
        .join(' ');
    const count = group.operations.length;
    const affected = `${count} operation${count === 1 ? '' : 's'} affected`;
    return `${subject ? `${subject}: ` : ''}[${group.phase}] ${group.reason}; ${affected}`;
}
/** How an affected operation is listed under its cause. */
function operationLabel(failure) {
    return `${failure.method} ${failure.path}`;
}

;// CONCATENATED MODULE: ./src/engine/batch/notes-within.ts

class NotesByPlace {
    notes;
    byPrefix = new Map();
    constructor(notes) {
        this.notes = notes;
        notes.forEach((note, i) => {
            const pointer = note.pointer;
            if (!pointer)
                return;
            // "/a/b" is filed under "/a/b" and "/a".
            for (let end = pointer.length; end > 0; end = pointer.lastIndexOf('/', end - 1)) {
                const prefix = pointer.slice(0, end);
                const filed = this.byPrefix.get(prefix);
                if (filed)
                    filed.push(i);
                else
                    this.byPrefix.set(prefix, [i]);
            }
        });
    }
    /** The notes inside a slice, in the order they were made. */
    within(operations, units) {
        if (this.byPrefix.size === 0)
            return [];
        const prefixes = [
            ...operations.map(op => (0,engine_pointer/* pointerText */.po)(op.tokens)),
            ...operations.map(op => (0,engine_pointer/* pointerText */.po)([op.tokens[0], op.tokens[1], 'parameters'])),
            ...units.map(unit => unit.slice(1))
        ];
        const found = new Set();
        for (const prefix of prefixes)
            for (const i of this.byPrefix.get(prefix) ?? [])
                found.add(i);
        return [...found].sort((a, b) => a - b).map(i => this.notes[i]);
    }
}

;// CONCATENATED MODULE: ./src/engine/validate/slice-facts.ts
/**
 * What the validation phases need to know about a subtree, gathered in one recursive pass: the `$ref`s
 * in it, the discriminator mapping values, and the constructs that belong only to OpenAPI 3.0 or only
 * to 3.1. Slices share their components with the source document, so facts are memoised by object
 * identity: each shared component is scanned once per run, not once per slice.
 */



const memo = new Map();
function shapeKey(shape) {
    if (typeof shape === 'string')
        return shape;
    return 'listOf' in shape ? `list:${shapeKey(shape.listOf)}` : `map:${shapeKey(shape.mapOf)}`;
}
/**
 * No facts yet. Every facts object is made here, so all are made alike and the phases' loops over
 * them stay optimised (docs/performance.md).
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
    // Inside literal data (examples, defaults, enums), a `$ref` to no place in the document is data.
    const visit = (value, here, literal) => {
        if (typeof value !== 'object' || value === null || ancestors.has(value))
            return;
        ancestors.add(value);
        if (Array.isArray(value)) {
            const itemShape = typeof here === 'object' ? childShape(here, '0') : here;
            for (let i = 0; i < value.length; i++) {
                path.push(String(i));
                visit(value[i], itemShape, literal);
                path.pop();
            }
        }
        else {
            const object = value;
            if (typeof object.$ref === 'string' && !(literal && !object.$ref.startsWith('#')))
                facts.refs.push({ ref: object.$ref, at: at() });
            if (here === 'schema')
                inspectSchema(object, facts, at);
            for (const field of Object.keys(object)) {
                const child = object[field];
                if (typeof child !== 'object' || child === null)
                    continue;
                path.push(field);
                visit(child, childShape(here, field), literal || isLiteralField(here, field));
                path.pop();
            }
        }
        ancestors.delete(value);
    };
    visit(node, shape, false);
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
    if ('nullable' in schema)
        found(facts, '3.1', '`nullable` (3.1 uses a type array with "null")', at);
    if (typeof schema.exclusiveMinimum === 'boolean' || typeof schema.exclusiveMaximum === 'boolean')
        found(facts, '3.1', 'boolean exclusive bounds (3.1 uses numbers)', at);
    if (Array.isArray(schema.type))
        found(facts, '3.0', 'a type array (3.0 uses a single type)', at);
    if ('const' in schema)
        found(facts, '3.0', '`const`', at);
    if ('$defs' in schema)
        found(facts, '3.0', '`$defs`', at);
    if (typeof schema.exclusiveMinimum === 'number' || typeof schema.exclusiveMaximum === 'number')
        found(facts, '3.0', 'numeric exclusive bounds (3.0 uses booleans)', at);
}
/** Records the construct `ref` unless one of its kind was found before. */
function found(facts, notIn, ref, at) {
    const list = (facts.notIn[notIn] ??= []);
    if (!list.some(known => known.ref === ref))
        list.push({ ref, at: at() });
}
/** The constructs of each version that a whole document holds, the first of each kind. */
function documentConstructs(doc) {
    return factsOf(doc, 'document').notIn;
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
    const fail = (reason, pointer) => failures.push(typeof reason === 'string' ? { phase: 'completeness', reason, pointer } : reason);
    for (const operation of operations) {
        const objects = operationObjects(slice, operation);
        if (!objects)
            fail(`the operation ${operation.key} is missing from the slice`);
        else
            checkOperation(slice, source, operation, objects, fail);
    }
    checkMappings(slice, source, fail);
    return failures.slice(0, 5);
}
/** One operation's security schemes, tags and path parameters. */
function checkOperation(slice, source, operation, objects, fail) {
    const schemes = (0,json_value/* isObject */.Gv)(slice.components) && (0,json_value/* isObject */.Gv)(slice.components.securitySchemes)
        ? slice.components.securitySchemes
        : {};
    for (const name of securitySchemeNames(effectiveSecurity(slice, objects.operation))) {
        if ((0,json_value/* hasOwn */.$3)(schemes, name))
            continue;
        const sourceSchemes = (0,json_value/* isObject */.Gv)(source.components) ? source.components.securitySchemes : undefined;
        if ((0,json_value/* isObject */.Gv)(sourceSchemes) && (0,json_value/* hasOwn */.$3)(sourceSchemes, name))
            fail(`${operation.key} requires the security scheme "${name}", which the slice does not define`);
        else
            fail(sourceDefect('completeness', `${operation.key} requires the security scheme "${name}", which the source document does not define`, requirementPlace(source, operation)));
    }
    const sourceTags = tagNames(source);
    const sliceTags = tagNames(slice);
    for (const tag of operation.tags) {
        if (sourceTags.has(tag) && !sliceTags.has(tag))
            fail(`${operation.key} uses the tag "${tag}", which the source defines but the slice does not`);
    }
    if (operation.source === 'path')
        checkPathParameters(slice, source, operation, objects, fail);
}
/** Every `{name}` of the path template is a declared path parameter, and every one declared is in it. */
function checkPathParameters(slice, source, operation, objects, fail) {
    const problems = pathParameterProblems(slice, operation, objects);
    if (problems.length === 0)
        return;
    const sourceObjects = operationObjects(source, operation);
    const inSource = new Set(sourceObjects ? pathParameterProblems(source, operation, sourceObjects) : []);
    for (const problem of problems) {
        const [kind, name] = problem.split('\0');
        const whose = inSource.has(problem) ? "the source document's" : 'the';
        const reason = kind === 'undeclared'
            ? `${whose} path template ${operation.path} has {${name}} but ${operation.key} declares no path parameter "${name}"`
            : `${operation.key} declares the path parameter "${name}", which ${whose} template ${operation.path} does not contain`;
        fail(inSource.has(problem) ? sourceDefect('completeness', reason, operation.tokens) : reason);
    }
}
/** `undeclared\0name` for a template name with no path parameter, `unused\0name` for the reverse. */
function pathParameterProblems(doc, operation, objects) {
    const deref = (node) => (0,engine_pointer/* derefLocal */.qL)(doc, node);
    const template = [];
    for (const match of operation.path.matchAll(/\{([^}]+)\}/g))
        template.push(match[1]);
    const declared = [];
    for (const parameter of mergedParameters(objects.pathItem, objects.operation, deref)) {
        const p = deref(parameter);
        if ((0,json_value/* isObject */.Gv)(p) && p.in === 'path' && typeof p.name === 'string')
            declared.push(p.name);
    }
    return [
        ...template.filter(name => !declared.includes(name)).map(name => `undeclared\0${name}`),
        ...declared.filter(name => !template.includes(name)).map(name => `unused\0${name}`)
    ];
}
/** Where the source states the requirement in force: the operation's own `security`, else the root's. */
function requirementPlace(source, operation) {
    const objects = operationObjects(source, operation);
    return objects && Array.isArray(objects.operation.security)
        ? [...operation.tokens, 'security']
        : ['security'];
}
/** Every discriminator mapping names something the slice holds. */
function checkMappings(slice, source, fail) {
    for (const part of sliceParts(slice)) {
        for (const { value, name, at } of part.facts.mappings) {
            const tokens = (0,engine_pointer/* parsePointer */.vp)(mappingRef(value));
            if (tokens && (0,engine_pointer/* getAt */.sM)(slice, tokens) !== undefined)
                continue;
            const inSource = sourceMapping(source, part.at + at, name, value);
            if (inSource)
                fail(sourceDefect('completeness', `the source document's discriminator mapping "${name}" at ${(0,engine_pointer/* pointerText */.po)(inSource)} names ${value}, which the source document does not contain`, [...inSource, 'discriminator', 'mapping', name], part.at + at));
            else
                fail(`the discriminator mapping "${name}" names ${value}, which the slice does not contain`, part.at + at);
        }
    }
}
/** The source's place of the schema, when its mapping names the same target and the source lacks it. */
function sourceMapping(source, where, name, value) {
    const place = sourcePlace(source, where);
    const discriminator = (0,json_value/* isObject */.Gv)(place?.node) ? place.node.discriminator : undefined;
    const mapping = (0,json_value/* isObject */.Gv)(discriminator) ? discriminator.mapping : undefined;
    if (!place || !(0,json_value/* isObject */.Gv)(mapping) || mapping[name] !== value)
        return undefined;
    return resolvesIn(source, mappingRef(value)) ? undefined : place.tokens;
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
/**
 * Phase 2, references: every `$ref` is local and resolves inside the slice, to a part of it (not the whole
 * document) that is not a cycle of refs alone.
 */





/** Each subtree's refs without repeats: a shared component is checked once per slice, not per use. */
const distinctMemo = new WeakMap();
function distinctRefs(facts) {
    let distinct = distinctMemo.get(facts);
    if (!distinct)
        distinctMemo.set(facts, (distinct = [...new Set(facts.refs.map(found => found.ref))]));
    return distinct;
}
/**
 * With the source at hand, a ref that also resolves nowhere in the source is reported as the source's
 * defect, at its own place there.
 */
function checkReferences(slice, source) {
    const failures = [];
    const problems = new Map();
    const problemOf = (ref) => {
        if (!problems.has(ref))
            problems.set(ref, refProblem(slice, ref));
        return problems.get(ref);
    };
    const resolves = (ref) => problemOf(ref) === undefined;
    const cyclesSaid = new Set();
    for (const part of sliceParts(slice)) {
        const facts = part.facts;
        if (distinctRefs(facts).every(resolves))
            continue;
        for (const { ref, at } of facts.refs) {
            const problem = problemOf(ref);
            if (problem === undefined)
                continue;
            const where = part.at + at;
            // Outside the document and inside example, default, enum or const values, a $ref is data.
            if (problem === 'external' && inLiteralData((0,engine_pointer/* parsePointer */.vp)(where) ?? []))
                continue;
            if (typeof problem === 'object') {
                // One cycle is one defect, however many of its refs the slice holds.
                if (cyclesSaid.has(problem.key))
                    continue;
                cyclesSaid.add(problem.key);
            }
            if (problem === 'external' || problem === 'nowhere')
                failures.push(failureOf(ref, where, source));
            else {
                const what = problem === 'whole'
                    ? 'points at the whole document, not at a part of it'
                    : `leads into a ref cycle with no schema in it (${problem.chain.join(' → ')})`;
                failures.push(sameInSource(what, ref, where, source));
            }
            if (failures.length >= 5)
                return failures;
        }
    }
    return failures;
}
/** Refs that hold only a ref (a summary or description beside it at most) hold no schema of their own. */
const BESIDE_REF = new Set(['$ref', 'summary', 'description']);
function refProblem(slice, ref) {
    if (!ref.startsWith('#'))
        return 'external';
    const tokens = (0,engine_pointer/* parsePointer */.vp)(ref);
    let node = tokens && (0,engine_pointer/* getAt */.sM)(slice, tokens);
    if (node === undefined)
        return 'nowhere';
    if (tokens.length === 0)
        return 'whole';
    const chain = [ref];
    while ((0,json_value/* isObject */.Gv)(node) &&
        typeof node.$ref === 'string' &&
        Object.keys(node).every(key => BESIDE_REF.has(key))) {
        const next = node.$ref;
        const start = chain.indexOf(next);
        if (start >= 0)
            return { chain: [...chain, next], key: chain.slice(start).sort().join('\0') };
        const nextTokens = next.startsWith('#') && chain.length < 64 ? (0,engine_pointer/* parsePointer */.vp)(next) : undefined;
        if (!nextTokens)
            return undefined;
        chain.push(next);
        node = (0,engine_pointer/* getAt */.sM)(slice, nextTokens);
    }
    return undefined;
}
function failureOf(ref, where, source) {
    const inSource = source && ref.startsWith('#') ? sourceDangling(source, where, ref) : undefined;
    if (inSource) {
        const reason = `the source document's reference ${ref} at ${(0,engine_pointer/* pointerText */.po)(inSource)} resolves nowhere: the source document has no ${ref}`;
        return sourceDefect('references', reason, [...inSource, '$ref'], where);
    }
    if (!ref.startsWith('#')) {
        // An external ref left in the slice stands in the source too: the source names what was not read.
        const what = 'was not bundled';
        return { ...sameInSource(what, ref, where, source, 'external reference'), ref };
    }
    return { phase: 'references', reason: `the reference ${ref} at ${where} resolves nowhere`, pointer: where };
}
/** A ref that stands the same at the same place in the source is the source's defect, said there. */
function sameInSource(what, ref, where, source, kind = 'reference') {
    const place = source && sourcePlace(source, where);
    if (!place || !(0,json_value/* isObject */.Gv)(place.node) || place.node.$ref !== ref)
        return { phase: 'references', reason: `the ${kind} ${ref} at ${where} ${what}`, pointer: where };
    const reason = `the source document's ${kind} ${ref} at ${(0,engine_pointer/* pointerText */.po)(place.tokens)} ${what}`;
    return sourceDefect('references', reason, [...place.tokens, '$ref'], where);
}
/** The source's place of the object holding the ref, when the source holds the same dangling ref there. */
function sourceDangling(source, where, ref) {
    const place = sourcePlace(source, where);
    if (!place || !(0,json_value/* isObject */.Gv)(place.node) || place.node.$ref !== ref || resolvesIn(source, ref))
        return undefined;
    return place.tokens;
}

// EXTERNAL MODULE: ./src/engine/validate/generated/openapi-3.0.cjs
var openapi_3_0 = __webpack_require__(5242);
// EXTERNAL MODULE: ./src/engine/validate/generated/openapi-3.1.cjs
var openapi_3_1 = __webpack_require__(8843);
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
    const field = chosen?.propertyName ??
        (typeof chosen?.params?.additionalProperty === 'string' ? chosen.params.additionalProperty : undefined);
    return {
        at: chosen?.instancePath ?? '',
        message: chosen ? plainMessage(chosen) : UNSAID,
        ...(field !== undefined ? { field } : {})
    };
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
        return `the field "${params.additionalProperty}" is not allowed here${statusHint(params.additionalProperty)}`;
    if (error.keyword === 'enum' &&
        Array.isArray(params.allowedValues) &&
        !/\/(?:oneOf|anyOf)\/\d+\//.test(error.schemaPath ?? ''))
        return `${message}: ${params.allowedValues.map(value => JSON.stringify(value)).join(', ')}`;
    return message;
}
/** A response key such as `4xx` or `4xX`: the specification spells ranges in capitals only. */
function statusHint(field) {
    return /^[1-5][xX]{2}$/.test(field) && field !== `${field[0]}XX` ? `; did you mean \`${field[0]}XX\`?` : '';
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
/**
 * With the source at hand, a construct that stands the same at the same place in the source is
 * reported as the source's defect, at its own place there.
 */
function checkStructure(slice, source) {
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
    const failure = firstFailure(slice, VALIDATORS[version]);
    return failure ? [source ? traced(failure, slice, source) : untraced(failure)] : [];
}
function untraced({ where, error }) {
    return { phase: 'structure', reason: `at ${where}: ${error.message}`, pointer: where };
}
function traced(found, slice, source) {
    const { where, error } = found;
    const pointer = where === '/' ? '' : where;
    const place = sourcePlace(source, pointer);
    const tokens = (0,engine_pointer/* parsePointer */.vp)(pointer);
    const sliceNode = tokens ? (0,engine_pointer/* getAt */.sM)(slice, tokens) : undefined;
    if (!place)
        return untraced(found);
    // A field not allowed is the source's when the source has it too, with the same value.
    const same = error.field !== undefined && (0,json_value/* isObject */.Gv)(sliceNode) && (0,json_value/* isObject */.Gv)(place.node) && (0,json_value/* hasOwn */.$3)(sliceNode, error.field)
        ? (0,json_value/* hasOwn */.$3)(place.node, error.field) && sameJson(sliceNode[error.field], place.node[error.field])
        : sameJson(sliceNode, place.node);
    if (!same)
        return untraced(found);
    const at = (0,engine_pointer/* pointerText */.po)(place.tokens) || '/';
    const defect = error.field !== undefined ? [...place.tokens, error.field] : place.tokens;
    return sourceDefect('structure', `the source document is invalid at ${at}: ${error.message}`, defect, where);
}
function firstFailure(slice, validators) {
    // The skeleton validator checks everything but the component values (the sections, and the names
    // where the schema constrains them); the values are then validated one by one, memoised.
    if (!validators.skeleton(slice)) {
        const error = mostSpecificError(validators.skeleton);
        return { where: error.at || '/', error };
    }
    const components = slice.components;
    if (!(0,json_value/* isObject */.Gv)(components))
        return undefined;
    for (const section of Object.keys(components)) {
        const checker = validators.components.get(section);
        const entries = components[section];
        if (!checker || !(0,json_value/* isObject */.Gv)(entries))
            continue;
        for (const name of Object.keys(entries)) {
            const error = checkComponent(checker, entries[name]);
            if (error !== null)
                return { where: (0,engine_pointer/* pointerText */.po)(['components', section, name]) + error.at, error };
        }
    }
    return undefined;
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
 * `webhooks`, `jsonSchemaDialect`, `components/pathItems` or `$defs` in 3.0) that slicing brought in.
 * A schema keyword of the other version that the document the slice was cut from holds itself is not
 * the slicer's: a 3.1 description that still writes `nullable` is sliced as written, never rewritten.
 */


/**
 * `source` is the document the slice was cut from (converted, when the slice was); what it holds is
 * excused only when it declares the expected version itself.
 */
function checkVersion(slice, expected, source) {
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
    // Looked up only when the slice holds such a construct: most documents have none.
    let inSource;
    const sourceHolds = (kind) => {
        if (!inSource) {
            const sameVersion = source && String(source.openapi ?? '').startsWith(expected + '.');
            inSource = new Set(sameVersion ? (documentConstructs(source)[expected] ?? []).map(f => f.ref) : []);
        }
        return inSource.has(kind);
    };
    for (const part of sliceParts(slice)) {
        for (const found of part.facts.notIn[expected] ?? []) {
            if (sourceHolds(found.ref))
                continue;
            return fail(`${found.ref} at ${part.at + found.at} does not belong in an OpenAPI ${expected} document`, part.at + found.at);
        }
    }
    return [];
}

;// CONCATENATED MODULE: ./src/engine/validate/validate-slice.ts








function validateSlice(input) {
    const { slice, source, operations, outputVersion } = input;
    const failures = withCauses([
        ...checkStructure(slice, source),
        ...checkReferences(slice, source),
        ...checkCompleteness(slice, source, operations),
        ...checkFidelity(slice, source, operations),
        ...checkMinimality(slice, operations),
        ...checkUniqueness(slice),
        ...checkVersion(slice, outputVersion, source)
    ]);
    return { passed: failures.length === 0, failures };
}

;// CONCATENATED MODULE: ./src/engine/batch/slice-one.ts
/**
 * One slice, start to finish in memory: build, validate every phase, serialise and hash. Runs on
 * the batch's own thread or in a worker of the slice pool; what it returns is plain data either way.
 */




function sliceOne(index, operations, outputVersion, serialize) {
    const { document, notes, units } = buildSlice(index, operations);
    const report = validateSlice({ slice: document, source: index.doc, operations, outputVersion });
    const facts = sliceFacts(document, operations);
    if (report.failures.length > 0)
        return { content: '', bytes: 0, sha256: '', failures: report.failures, notes, units, facts };
    const content = serialize(document);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex');
    return { content, bytes: Buffer.byteLength(content), sha256, failures: [], notes, units, facts };
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
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
    constructor(script, size, doc, options) {
        const bytes = (0,external_node_v8_.serialize)(doc);
        const shared = new SharedArrayBuffer(bytes.length);
        new Uint8Array(shared).set(bytes);
        const setup = { kind: 'setup', doc: shared, ...options };
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

;// CONCATENATED MODULE: ./src/engine/batch/write-slice.ts
async function writeSlice(files, product, file, priorSha) {
    if (!file || product.failures.length > 0)
        return {};
    try {
        if (priorSha !== product.sha256 || (await files.read(file)) !== product.content)
            await files.write(file, product.content);
    }
    catch (error) {
        return { writeError: error };
    }
    return {};
}

;// CONCATENATED MODULE: ./src/engine/batch/slice-groups.ts
/**
 * Slicing: every group of the plan made into a slice, validated and written, in the index's order, on
 * this thread and the slice pool's workers. One slice's failure never stops the others; an output
 * error or an interruption stops scheduling new ones, and those in flight finish.
 */















/**
 * Below this many slices a run stays on one thread. Most of a slice's cost is shared: each component is
 * validated, resolved and emitted once and memoised, and a worker thread must warm its own memos:
 * GitHub's and GHEC's descriptions were measured slower on two threads, a 10,000-operation document
 * faster (docs/performance.md, "Figures behind comments in the code").
 */
const MIN_SLICES_FOR_WORKERS = 2000;
/** How long a run on one thread slices between two turns of the event loop (see event-loop-turns.ts). */
const TURN_EVERY_MS = 5;
/**
 * Every result is made here, with every field in one order: a run keeps one per slice until it ends,
 * and objects made in one shape are cheaper to keep than objects spread from others.
 */
function resultOf(plan, group, outcome) {
    return {
        groupId: group.id,
        kind: group.kind,
        label: group.label,
        fileName: plan.names.get(group.id),
        operations: group.operations,
        services: [...new Set(group.operations.flatMap(plan.servicesOf))],
        status: outcome.status,
        failures: outcome.failures ?? [],
        notes: outcome.notes ?? [],
        facts: outcome.facts,
        sha256: outcome.sha256,
        bytes: outcome.bytes,
        change: outcome.change,
        skipReason: outcome.skipReason,
        elapsedMs: outcome.elapsedMs ?? 0
    };
}
function skippedResult(plan, group, reason, elapsedMs = 0) {
    return resultOf(plan, group, { status: 'SKIPPED', skipReason: reason, elapsedMs });
}
/**
 * The slice pool, when the run is big enough and may use one. This thread slices too, beside one worker
 * per other core. Workers write with node:fs themselves, so an injected file sink keeps all slicing here.
 */
function startPool(plan, request, ports) {
    const workerCount = Math.min(request.concurrency, ports.workers?.cores ?? (0,external_node_os_.availableParallelism)()) - 1;
    const minSlices = ports.workers?.minSlices ?? MIN_SLICES_FOR_WORKERS;
    if (!ports.workers || ports.fileSink || workerCount <= 0 || plan.groups.length < minSlices)
        return undefined;
    return new SlicePool(ports.workers, workerCount, plan.converted.doc, {
        outputVersion: plan.converted.version,
        format: request.format,
        numberLiterals: plan.spec.numberLiterals
    });
}
/** Slices every group of this shard; returns the error that stopped the run, if one did. */
async function sliceGroups(run) {
    const { plan, pool, signal } = run;
    const state = {};
    const sliceGroup = groupSlicer(run, state);
    const onAbort = () => (state.stop ??= new errors/* SliceOasError */.M$('INTERRUPTED', 'The run was interrupted; run it again to resume where it stopped.'));
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted)
        onAbort();
    // Slices are made in the index's order. When they also finish in it (one thread, one operation per
    // slice), the live index is already the sorted one and is not written again at the end.
    const orderKey = (group) => rowOrderKey(group.operations[0], plan.names.get(group.id));
    const byIndexOrder = (a, b) => compareRows(orderKey(a), orderKey(b));
    // Workers wait for this thread to take their answers and send them more, so with a pool every slice
    // gives the event loop a turn; alone, a turn every few milliseconds keeps signals and timers prompt.
    const turn = eventLoopTurns(pool ? 0 : TURN_EVERY_MS);
    const concurrency = run.request.concurrency;
    try {
        await (0,p_map/* default */.Ay)([...plan.groups].sort(byIndexOrder), async (group) => {
            await turn();
            if (state.stop)
                return run.report(skippedResult(plan, group, NOT_ATTEMPTED));
            const result = await sliceGroup(group);
            run.onMade?.(result);
            run.report(result);
        }, 
        // Room for every worker's queue, and for this thread's own slices while their writes finish.
        { concurrency: pool ? SlicePool.DEPTH * pool.size + concurrency : concurrency });
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
    }
    return state.stop;
}
/** Makes a slice and, when it passes and `file` is given, writes it; write errors are returned. */
function sliceMaker(run) {
    const { plan, pool, sink } = run;
    const files = {
        read: (file) => sink.readText(file),
        write: (file, content) => writeAtomicWithRetry(sink, file, content)
    };
    return async (operations, file, priorSha) => {
        if (pool?.hasRoom()) {
            try {
                const { product, writeFailure } = await pool.run({ operations, file, priorSha });
                if (!writeFailure)
                    return { product };
                const writeError = Object.assign(new Error(writeFailure.message), { code: writeFailure.code });
                return { product, writeError };
            }
            catch (error) {
                if (!(error instanceof WorkerLostError))
                    throw error;
            }
        }
        const product = sliceOne(plan.index, operations, plan.converted.version, plan.serialize);
        return { product, ...(await writeSlice(files, product, file, priorSha)) };
    };
}
/** One group's result: made, located, explained and written, or why not. */
function groupSlicer(run, state) {
    const { plan, output } = run;
    const makeSlice = sliceMaker(run);
    const locateCauses = causeLocator(plan.spec.locate);
    const conversionNotes = new NotesByPlace(plan.converted.notes);
    return async (group) => {
        const t0 = performance.now();
        const elapsedMs = () => Math.round(performance.now() - t0);
        const fileName = plan.names.get(group.id);
        const file = resolveInside(output.dir, fileName);
        let made;
        try {
            made = await makeSlice(group.operations, state.stop ? undefined : file, output.priorSha(fileName));
        }
        catch (error) {
            const reason = `slice-oas could not build this slice: ${error instanceof Error ? error.message : String(error)}`;
            const failures = withCauses([{ phase: 'structure', reason }]);
            return resultOf(plan, group, { status: 'FAIL', failures, elapsedMs: elapsedMs() });
        }
        const { product } = made;
        locateCauses(product.failures);
        explainUnbundled(product.failures, plan.spec.unbundled);
        const notes = [...product.notes, ...conversionNotes.within(group.operations, product.units)];
        const { facts } = product;
        if (product.failures.length > 0)
            return resultOf(plan, group, {
                status: 'FAIL',
                failures: product.failures,
                notes,
                facts,
                elapsedMs: elapsedMs()
            });
        if (made.writeError !== undefined) {
            state.stop ??= outputError(made.writeError, file);
            return skippedResult(plan, group, `not written: ${state.stop.message}`, elapsedMs());
        }
        const { sha256, bytes } = product;
        const change = output.changeOf(fileName, sha256);
        return resultOf(plan, group, {
            status: 'PASS',
            notes,
            facts,
            sha256,
            bytes,
            change,
            elapsedMs: elapsedMs()
        });
    };
}

;// CONCATENATED MODULE: ./src/engine/batch/summarize.ts

function summarize(input) {
    const slices = [...input.slices].sort((a, b) => a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0);
    const passed = slices.filter(slice => slice.status === 'PASS');
    const failed = slices.filter(slice => slice.status === 'FAIL');
    const attempted = passed.length + failed.length;
    const gate = passGate({
        passed: passed.length,
        failed: failed.length,
        minPassRate: input.request.minPassRate,
        stopped: input.stoppedBy !== undefined
    });
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
        passRate: gate.passRate,
        minPassRate: input.request.minPassRate,
        passed: gate.passed,
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
            fileName: slice.fileName,
            cause: slice.failures[0].cause
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

;// CONCATENATED MODULE: ./src/engine/batch/run-batch.ts
/**
 * The one entry every front end calls: plan (load, select, group), open the output folder, slice every
 * group (slice-groups.ts), close the folder with its index and manifest, and summarise. Runs resume
 * and re-runs are incremental through the manifest. A fatal output error stops the run cleanly with
 * what was done recorded.
 */













/** A run that stopped early (fatal output error or interruption), with what it had done. */
class BatchStoppedError extends errors/* SliceOasError */.M$ {
    result;
    constructor(cause, result) {
        super(cause.code, cause.message, cause.location, { cause });
        this.result = result;
    }
}
async function runBatch(input, hooks = {}, ports = {}) {
    const started = Date.now();
    const request = await createRequest(input);
    const held = {};
    try {
        return await sliceAll(request, started, hooks, ports, held);
    }
    finally {
        await held.pool?.close();
        held.lock?.release();
    }
}
async function sliceAll(request, started, hooks, ports, held) {
    const plan = await planRun(request, ports.specReader);
    const slices = [];
    const report = (result) => {
        slices.push(result);
        hooks.onSlice?.(result, slices.length, plan.groups.length);
    };
    const run = { request, plan, started, hooks, slices, report };
    if (request.dryRun)
        return dryRun(run);
    const sink = ports.fileSink ?? nodeFileSink;
    const output = await openRunOutput(sink, plan, request, ports, hooks);
    held.lock = output.lock;
    plan.notes.push(...output.notes);
    announce(run);
    const pool = (held.pool = startPool(plan, request, ports));
    const createdAt = (ports.now ?? (() => new Date()))().toISOString();
    // The rows are made again for the sorted index at the end rather than kept: the results hold them.
    const rowsOf = (result) => indexRows(result, plan.converted.doc, createdAt, plan.converted.version, plan.servicesOf);
    const live = output.indexPath ? openLiveIndex(sink, output.indexPath) : undefined;
    const onMade = live ? (result) => rowsOf(result).forEach(row => live.write(row)) : undefined;
    let stop = await sliceGroups({ plan, request, sink, output, pool, signal: ports.signal, onMade, report });
    if (pool?.lostReason) {
        plan.notes.push({
            code: 'WORKER_LOST',
            severity: 'warning',
            message: `A slice worker thread stopped (${pool.lostReason}); its slices were made on the main thread instead.`
        });
    }
    const closed = await closeRunOutput(sink, output, { slices, live, rowsOf, stop });
    stop ??= closed.error;
    const result = finish(run, {
        indexPath: output.indexPath,
        dryRun: false,
        removed: closed.removed.sort(),
        hasPreviousRun: output.previous !== undefined,
        threads: 1 + (pool?.workersUsed ?? 0),
        stoppedBy: stop?.message
    });
    if (stop)
        throw new BatchStoppedError(stop, result);
    return result;
}
/** Called once the output folder is the run's (after waiting for another run's lock, if any). */
function announce({ plan, hooks }) {
    const { groups, spec, converted } = plan;
    hooks.onStart?.({
        total: groups.length,
        operations: groups.reduce((sum, group) => sum + group.operations.length, 0),
        spec: { file: spec.file, sourceVersion: spec.sourceVersion, format: spec.format },
        outputVersion: converted.version
    });
}
function dryRun(run) {
    announce(run);
    for (const group of run.plan.groups)
        run.report(skippedResult(run.plan, group, 'dry run: not written'));
    return finish(run, { dryRun: true, removed: [], hasPreviousRun: false, threads: 1 });
}
function finish(run, end) {
    const { request, plan } = run;
    const result = summarize({
        request,
        outputDir: external_node_path_default().resolve(request.outputDir),
        slices: run.slices,
        notes: plan.notes,
        started: run.started,
        serviceCounts: plan.serviceCounts,
        comparison: plan.comparison,
        ...end
    });
    run.hooks.onFinish?.(result);
    return result;
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

;// CONCATENATED MODULE: ./src/engine/shard/merge-request.ts
/**
 * What a merge of shards needs, validated up front like a run's request: a merge slices nothing, so it
 * has no spec, only the shards' folders, where the merged folder goes and the gate's minimum.
 */



function merge_request_invalid(message) {
    return new errors/* SliceOasError */.M$('MERGE_INVALID', message);
}
function createMergeRequest(input) {
    if (input.shardDirs.length === 0)
        throw merge_request_invalid('merge needs the output folders of the shards to merge.');
    return {
        outputDir: input.outputDir?.trim() || DEFAULTS.outputDir,
        shardDirs: input.shardDirs,
        minPassRate: checkMinPassRate(input.minPassRate ?? DEFAULTS.minPassRate)
    };
}

;// CONCATENATED MODULE: ./src/engine/shard/merge-shards.ts
/**
 * Merges the output folders of a sharded job (`shard: i/n` on n runners) into one folder with one sorted
 * index.csv. It verifies the shards belong together (same input, same request), that every shard of
 * 1..n is there exactly once, and that no file or operation appears twice; the pass rate is
 * recomputed from the shards' rows, and gated as a run's is.
 */









function merge_shards_invalid(message) {
    return new errors/* SliceOasError */.M$('MERGE_INVALID', message);
}
async function mergeShards(input, sink = nodeFileSink) {
    const request = createMergeRequest(input);
    const shards = [];
    for (const dir of request.shardDirs.map(d => external_node_path_default().resolve(d)))
        shards.push(await readShard(sink, dir));
    checkShardsBelong(shards);
    const collected = collect(shards);
    const outputDir = external_node_path_default().resolve(request.outputDir);
    const { indexPath, fileNames } = await writeMerged(sink, outputDir, shards[0].manifest, collected);
    const { rows } = collected;
    const passed = rows.filter(row => row.validation_status === 'PASS').length;
    const failed = rows.filter(row => row.validation_status === 'FAIL').length;
    const gate = passGate({ passed, failed, minPassRate: request.minPassRate });
    return {
        outputDir,
        indexPath,
        shards: shards.length,
        files: collected.files.size,
        fileNames,
        operations: rows.length,
        passed,
        failed,
        passRate: gate.passRate,
        minPassRate: request.minPassRate,
        meetsMinimum: gate.passed
    };
}
async function readShard(sink, dir) {
    const manifest = parseManifest(await sink.readText(external_node_path_default().join(dir, MANIFEST_NAME)));
    if (!manifest)
        throw merge_shards_invalid(`${dir} holds no slice-oas manifest: is it a shard's output folder?`);
    if (manifest.state !== 'complete')
        throw merge_shards_invalid(`The shard in ${dir} did not finish; run it again before merging.`);
    const text = await sink.readText(external_node_path_default().join(dir, INDEX_NAME));
    if (text === undefined)
        throw merge_shards_invalid(`${dir} has no ${INDEX_NAME}; shards must be run with the index on.`);
    const index = await readIndex(text);
    if (!index.hasEveryColumn)
        throw merge_shards_invalid(`${dir}/${INDEX_NAME} does not have the index columns.`);
    return { dir, manifest, rows: index.rows };
}
/** Same input, same request, and every shard of 1..n exactly once. */
function checkShardsBelong(shards) {
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
}
/** Every shard's files and rows; a file or an operation in two shards is refused. */
function collect(shards) {
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
    return { files, rows };
}
/** Copies the shards' files, then writes the sorted index and the manifest. */
async function writeMerged(sink, outputDir, first, { files, rows }) {
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
    return { indexPath, fileNames: Object.keys(merged).sort() };
}

;// CONCATENATED MODULE: ./src/engine/config/load-config.ts
/**
 * slice-oas.config.yaml: every option under its input name, plus the service map, so a workflow step
 * can stay two lines. It is validated with a clear error (and the line) for an unknown key, a value of
 * the wrong kind, a bad pattern or an empty service. Relative paths are relative to the file's folder.
 */







const DEFAULT_CONFIG_NAME = 'slice-oas.config.yaml';
/** The config keys: the option rows that apply to the config file. */
function configRows(table) {
    return new Map(optionsFor('config', table).map(row => [row.name, row]));
}
const SERVICE_KEYS = ['include', 'exclude', 'methods', 'tags', 'operation-ids'];
/**
 * The config file a run reads: the one named, or slice-oas.config.yaml in the folder when it exists.
 */
function findConfigFile(named, folder, exists = external_node_fs_.existsSync) {
    if (named)
        return named;
    const file = external_node_path_default().join(folder, DEFAULT_CONFIG_NAME);
    return exists(file) ? file : undefined;
}
async function loadConfig(file, reader = nodeSpecReader, table = OPTION_TABLE) {
    const absolute = external_node_path_default().resolve(file);
    let text;
    try {
        text = (await reader.readFile(absolute)).toString('utf8');
    }
    catch {
        throw new errors/* SliceOasError */.M$('CONFIG_INVALID', `The config file ${absolute} cannot be read. Check the config path.`);
    }
    // Loaded here, not with the module: a run without a config file does not load the YAML parsers.
    const { parseYaml } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(815), __webpack_require__.e(405)]).then(__webpack_require__.bind(__webpack_require__, 6405));
    const { data, locate } = parseYaml(text, absolute);
    const fail = (message, tokens) => {
        const position = locate(tokens);
        throw new errors/* SliceOasError */.M$('CONFIG_INVALID', message, {
            file: absolute,
            ...(position ? { line: position.line, column: position.column } : {})
        });
    };
    // The run learns which file its options came from, so its output never replaces it.
    if (data === null || data === undefined)
        return { file: absolute, options: { configFile: absolute } };
    if (!(0,json_value/* isObject */.Gv)(data))
        return fail('The config file must be a mapping of option names to values.', []);
    const base = external_node_path_default().dirname(absolute);
    const options = { configFile: absolute };
    const rows = configRows(table);
    const keys = [...rows.keys(), 'services'];
    for (const [key, value] of Object.entries(data)) {
        if (key === 'services') {
            options.services = readServices(value, fail);
            continue;
        }
        const row = rows.get(key);
        if (!row?.field)
            return fail(`The config has an unknown key "${key}". Known keys: ${keys.join(', ')}.`, [key]);
        options[row.field] = readValue(key, value, row.kind, base, fail);
    }
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
        case 'shard':
            return typeof value === 'string' || typeof value === 'number'
                ? parseShard(String(value))
                : fail(`The config key "${key}" takes a string.`, [key]);
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

;// CONCATENATED MODULE: ./src/engine/options/parse-text.ts
/** One parser each for the text of a list, a boolean and a number, shared by every front end. */
/** Newline- or comma-separated values, trimmed, without empties. */
function splitList(text) {
    return text
        .split(/[\n,]/)
        .map(item => item.trim())
        .filter(Boolean);
}
/** true/yes/on/1 or false/no/off/0, any case; undefined for anything else. */
function parseBoolean(text) {
    const value = text.trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(value))
        return true;
    if (['false', 'no', 'off', '0'].includes(value))
        return false;
    return undefined;
}
/** A finite number; undefined for empty text or anything that is not one. */
function parseNumber(text) {
    if (text.trim() === '')
        return undefined;
    const parsed = Number(text);
    return Number.isFinite(parsed) ? parsed : undefined;
}

;// CONCATENATED MODULE: ./src/engine/index.ts
/** The engine's public API: one `runBatch(request, hooks)` that every front end calls, and its types. */
















// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts
/** The CLI's flags, --help included, built from the option table: they mirror the action's inputs. */


/** The flag a row is given by: --no-NAME for a boolean that defaults to true. */
function flagOf(row) {
    return row.negated ? `no-${row.name}` : row.name;
}
/** node:util parseArgs options for every CLI row and its aliases. */
function cliFlags(table = OPTION_TABLE) {
    const flags = {};
    for (const row of optionsFor('cli', table)) {
        const type = row.kind === 'boolean' ? 'boolean' : 'string';
        const multiple = row.kind === 'list';
        flags[flagOf(row)] = {
            type,
            ...(multiple ? { multiple } : {}),
            ...(row.short ? { short: row.short } : {})
        };
        for (const alias of row.aliases ?? [])
            flags[alias] = { type, ...(multiple ? { multiple } : {}) };
    }
    return flags;
}
const OPTIONS = cliFlags();
const HELP_HEAD = `slice-oas — cut one OpenAPI document into small, self-contained, validated documents.

Usage: slice-oas --spec FILE [options]
       slice-oas merge --output-dir OUT SHARD_DIR...   (merge the folders of a sharded run)
`;
const HELP_TAIL = `
Exit codes: 0 all passed; 1 pass rate below the minimum; 2 usage error; 65 the input is invalid;
66 the input is missing; 75 interrupted, partial, or the output could not be written.`;
const LABEL_WIDTH = 28;
function helpLines(row) {
    const names = [flagOf(row), ...(row.aliases ?? [])].map(name => `--${name}`);
    if (row.short)
        names.push(`-${row.short}`);
    const arg = row.kind === 'enum' ? row.values?.join('|') : row.arg;
    const label = names.join(', ') + (arg ? ` ${arg}` : '');
    const [first = '', ...rest] = row.help.map(line => line.replace('{default}', String(row.default)));
    const head = label.length < LABEL_WIDTH ? label.padEnd(LABEL_WIDTH) : `${label}   `;
    return [`  ${head}${first}`.trimEnd(), ...rest.map(line => `${' '.repeat(LABEL_WIDTH + 2)}${line}`)];
}
/** --help: one entry per CLI row, in the table's order. */
function helpText(table = OPTION_TABLE) {
    return [HELP_HEAD, ...optionsFor('cli', table).flatMap(helpLines), HELP_TAIL].join('\n');
}
const HELP = helpText();
/** A row's request value from its flag and aliases; undefined when none is given. */
function readFlag(row, values) {
    const given = [flagOf(row), ...(row.aliases ?? [])].map(name => values[name]);
    switch (row.kind) {
        case 'list': {
            if (given.every(value => value === undefined))
                return undefined;
            return given.flatMap(value => (Array.isArray(value) ? value.map(String) : [])).flatMap(splitList);
        }
        case 'boolean':
            if (row.negated)
                return given[0] ? false : undefined;
            return given[0];
        case 'number': {
            const text = given[0];
            if (typeof text !== 'string')
                return undefined;
            const parsed = parseNumber(text);
            if (parsed === undefined)
                throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `--${row.name} takes a number; got "${text}".`);
            return parsed;
        }
        case 'shard':
            return typeof given[0] === 'string' && given[0] ? parseShard(given[0]) : undefined;
        default:
            return given.find(value => value !== undefined);
    }
}
function parseCliArgs(argv, table = OPTION_TABLE) {
    let values;
    try {
        ;
        ({ values } = (0,external_node_util_.parseArgs)({
            args: [...argv],
            options: cliFlags(table),
            strict: true,
            allowPositionals: false
        }));
    }
    catch (error) {
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `${error instanceof Error ? error.message : String(error)} (see --help).`);
    }
    const request = {};
    for (const row of optionsFor('cli', table))
        if (row.field)
            request[row.field] = readFlag(row, values);
    return {
        request: request,
        config: values.config,
        verbose: values.verbose === true,
        help: values.help === true,
        version: values.version === true
    };
}

;// CONCATENATED MODULE: ./src/cli/failures.ts
/**
 * The failures of a run, one cause at a time: a defect that fails many operations is said once, at its
 * own file and line, with the operations it affects under it.
 */

/** Causes listed without --verbose, and operations listed under each. */
const SHOWN_CAUSES = 20;
const SHOWN_OPERATIONS = 3;
function printFailures(result, out, verbose, rel) {
    if (result.failures.length === 0)
        return;
    const causes = failureCauses(result.failures);
    out(`Failed operations: ${result.failures.length}, from ${causes.length} cause(s):`);
    const shown = verbose ? causes : causes.slice(0, SHOWN_CAUSES);
    for (const cause of shown) {
        if (cause.operations.length === 1) {
            // One operation: the operation, its phase and reason, and where the defect is.
            const where = (0,errors/* formatLocation */.j$)(relative(cause.location, rel));
            out(`  ${operationLabel(cause.operations[0])} [${cause.phase}] ${cause.reason}${where ? ` (${where})` : ''}`);
            continue;
        }
        out(`  ${causeHeadline(cause, rel)}`);
        const operations = verbose ? cause.operations : cause.operations.slice(0, SHOWN_OPERATIONS);
        for (const operation of operations)
            out(`    ${operationLabel(operation)}`);
        if (operations.length < cause.operations.length)
            out(`    … and ${cause.operations.length - operations.length} more`);
    }
    if (shown.length < causes.length)
        out(`  … and ${causes.length - shown.length} more cause(s) (use --verbose, or see the index).`);
}
function relative(location, rel) {
    return location && { ...location, file: rel(location.file) };
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/merge.ts
/**
 * `slice-oas merge --output-dir OUT SHARD_DIR...`: one folder and one index from a sharded job, gated
 * like a run: exit 1 when the merged pass rate is below --min-pass-rate (or the config's minimum).
 */



const USAGE = `Usage: slice-oas merge --output-dir OUT [--min-pass-rate N] [--config FILE] SHARD_DIR...
Merges the output folders of a sharded run into one folder with one sorted index.csv, and exits 1 when
the merged validation pass rate is below --min-pass-rate (as a run does; default 100).
`;
async function mergeCommand(argv, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: [...argv],
            options: {
                'output-dir': { type: 'string' },
                'min-pass-rate': { type: 'string' },
                config: { type: 'string' },
                verbose: { type: 'boolean', short: 'v' },
                help: { type: 'boolean', short: 'h' }
            },
            allowPositionals: true,
            strict: true
        });
    }
    catch (error) {
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `${error instanceof Error ? error.message : String(error)} (see merge --help).`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout.write(USAGE);
        return exit_codes/* EXIT */.d.ok;
    }
    if (!values['output-dir'])
        throw new errors/* SliceOasError */.M$('REQUEST_INVALID', 'merge needs --output-dir: where the merged slices go.');
    const result = await mergeShards({
        outputDir: values['output-dir'],
        shardDirs: positionals,
        minPassRate: await minPassRateOf(values['min-pass-rate'], values.config)
    });
    io.stdout.write(`Merged ${result.shards} shard(s): ${result.files} file(s), ${result.operations} operation(s), ${result.failed} failed · pass rate ${result.passRate}% (minimum ${result.minPassRate}%) · index ${result.indexPath}\n`);
    if (result.meetsMinimum)
        return exit_codes/* EXIT */.d.ok;
    io.stderr.write(`slice-oas: the validation pass rate of the merged shards is ${result.passRate}%, below the minimum of ${result.minPassRate}%: ${result.failed} operation(s) failed.\n`);
    return exit_codes/* EXIT */.d.belowMinimum;
}
/** The flag, else the config file's minimum (the named one, or slice-oas.config.yaml here), else none. */
async function minPassRateOf(flag, config) {
    if (flag !== undefined) {
        const value = parseNumber(flag);
        if (value === undefined)
            throw new errors/* SliceOasError */.M$('REQUEST_INVALID', `--min-pass-rate takes a number; got "${flag}".`);
        return value;
    }
    const file = findConfigFile(config, '.');
    return file ? (await loadConfig(file)).options.minPassRate : undefined;
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
    done = 0;
    /** The count last written, and whether a terminal's live line still lacks its newline. */
    shown = -1;
    lineOpen = false;
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
        this.done = done;
        const now = this.clock();
        if (this.out.isTTY) {
            if (now - this.lastDraw < 100 && done < this.total)
                return;
            this.lastDraw = now;
            this.draw(now);
            return;
        }
        const step = Math.floor(this.percent() / this.stepPercent);
        if (step === this.lastPercentStep && done < this.total)
            return;
        this.lastPercentStep = step;
        this.draw(now);
    }
    /** Shows the last count, which a stopped run leaves short of the total, and ends the live line. */
    finish() {
        if (this.done > 0 && this.shown !== this.done)
            this.draw(this.clock(), this.done < this.total);
        if (this.lineOpen)
            this.out.write('\n');
        this.lineOpen = false;
    }
    percent() {
        return this.total === 0 ? 100 : Math.floor((this.done / this.total) * 100);
    }
    draw(now, stopped = false) {
        const { done, total } = this;
        const elapsed = now - this.startedAt;
        const rate = elapsed > 0 ? (done / elapsed) * 1000 : 0;
        const eta = rate > 0 ? ((total - done) / rate) * 1000 : NaN;
        const line = `${done}/${total} (${this.percent()}%) · ${rate.toFixed(1)} slices/s · ${stopped ? 'stopped' : `ETA ${formatDuration(eta)}`}`;
        this.shown = done;
        if (!this.out.isTTY)
            return this.out.write(line + '\n');
        this.lineOpen = done !== total;
        this.out.write(`\r\x1b[2K${line}${this.lineOpen ? '' : '\n'}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The slice-oas command: parses flags into a batch request, shows progress, prints a plain summary,
 * and maps the outcome onto exit codes. No stack traces unless --verbose.
 */








function exitCodeFor(error) {
    if (!(0,errors/* isSliceOasError */.s1)(error))
        return exit_codes/* EXIT */.d.internal;
    switch (error.category) {
        case 'usage':
            return exit_codes/* EXIT */.d.usage;
        case 'missing':
            return exit_codes/* EXIT */.d.inputMissing;
        case 'input':
            return exit_codes/* EXIT */.d.inputInvalid;
        case 'output':
        case 'interrupted':
            return exit_codes/* EXIT */.d.partial;
        default:
            return exit_codes/* EXIT */.d.internal;
    }
}
async function main(argv, io) {
    let verbose = argv.includes('--verbose') || argv.includes('-v');
    try {
        if (argv[0] === 'merge')
            return await mergeCommand(argv.slice(1), io);
        const options = parseCliArgs(argv);
        verbose = options.verbose;
        if (options.help) {
            io.stdout.write(HELP + '\n');
            return exit_codes/* EXIT */.d.ok;
        }
        if (options.version) {
            io.stdout.write(`slice-oas ${VERSION}\n`);
            return exit_codes/* EXIT */.d.ok;
        }
        // slice-oas.config.yaml in the working directory is read when no other config is named.
        const configFile = findConfigFile(options.config, '.');
        const config = configFile ? (await loadConfig(configFile)).options : undefined;
        const request = mergeWithConfig(config, options.request);
        const progress = new ConsoleProgress({
            write: text => io.stderr.write(text),
            isTTY: Boolean(io.stdout.isTTY)
        });
        let sliced = 0;
        const result = await runBatch({ ...request, spec: request.spec ?? '' }, {
            onStart: start => progress.start(start),
            onSlice: slice => {
                // Until the first slice the run has written nothing it could not resume from.
                if (sliced === 0)
                    io.onSlicingStarted?.();
                // The slices a stopped run never started are not progress.
                if (slice.skipReason !== NOT_ATTEMPTED)
                    progress.update(++sliced);
            },
            onFinish: () => progress.finish(),
            onLockWait: file => io.stderr.write(`Waiting for another run to finish with the output folder (${file})…\n`)
        }, { now: sourceDateClock(io.env.SOURCE_DATE_EPOCH), signal: io.signal, workers: io.workers });
        printSummary(result, io, verbose);
        return result.passed ? exit_codes/* EXIT */.d.ok : exit_codes/* EXIT */.d.belowMinimum;
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
    printComparison(result, out, verbose);
    printFailures(result, out, verbose, rel);
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

/***/ 5978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ hasOwn),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   P5: () => (/* binding */ setOwn),
/* harmony export */   eC: () => (/* binding */ ownValue)
/* harmony export */ });
/* unused harmony export refOf */
/** Plain JSON data as parsed from a spec, and the guards the engine uses on it. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}
/** The own value under a key of the document; an inherited one (`toString`, `constructor`) is not data. */
function ownValue(object, key) {
    return hasOwn(object, key) ? object[key] : undefined;
}
/**
 * Sets a key that comes from a document. Plain assignment to `__proto__` would replace the object's
 * prototype instead of adding the key, so that one is defined as the own property it is.
 */
function setOwn(object, key, value) {
    if (key === '__proto__')
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    else
        object[key] = value;
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kM: () => (/* binding */ countKeysInBytes),
/* harmony export */   mh: () => (/* binding */ countKeysBeside),
/* harmony export */   oP: () => (/* binding */ COUNT_BESIDE_FROM_BYTES)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The key count of a JSON text, for the duplicate-key check (parse-json.ts), made on another thread for
 * a large spec: the time the scan takes is then spent by this thread decoding and parsing the text
 * instead (docs/performance.md). Bytes are scanned, not characters: every byte of a multi-byte UTF-8
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

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ closingQuote)
/* harmony export */ });
/** The scans of JSON text (keys, positions, numbers) skip strings the same way. */
/**
 * Where the string opened at `open` closes: the first quote not after an odd run of backslashes. JSON
 * strings hold no raw line breaks, so a scan that skips them still counts lines right.
 */
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


/***/ }),

/***/ 8451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ numberKey),
/* harmony export */   IF: () => (/* binding */ isLossyNumber),
/* harmony export */   KF: () => (/* binding */ mergeNumberLiterals),
/* harmony export */   hz: () => (/* binding */ NumberLiteralLog)
/* harmony export */ });
/** The key of a value in NumberLiterals: -0 apart from 0, which a Map alone does not keep apart. */
function numberKey(value) {
    return Object.is(value, -0) ? '-0' : String(value);
}
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** Sign, significant digits and exponent of a decimal literal; undefined for any other form. */
function decimal(text) {
    const match = DECIMAL.exec(text);
    if (!match || (match[2] === '' && !match[3]))
        return undefined;
    const fraction = match[3] ?? '';
    let digits = (match[2] + fraction).replace(/^0+/, '');
    let exponent = Number(match[4] ?? 0) - fraction.length;
    const trimmed = digits.replace(/0+$/, '');
    exponent += digits.length - trimmed.length;
    digits = trimmed;
    return {
        sign: match[1] === '-' && digits !== '' ? '-' : '',
        digits,
        exponent: digits === '' ? 0 : exponent
    };
}
/** Whether a literal read as `value` would be written back with another value (or as 0 for -0). */
function isLossyNumber(source, value) {
    // -0 is written as 0 in JSON; a reader may also have dropped the sign already.
    if (value === 0 && (Object.is(value, -0) || source.startsWith('-')))
        return true;
    // Up to 15 significant digits and no exponent always survive the round trip.
    if (source.length <= 15 && !/[eE]/.test(source))
        return false;
    if (!Number.isFinite(value))
        return /\d/.test(source);
    if (/^[+-]?0[xo]/i.test(source))
        return Number.isInteger(value) && !Number.isSafeInteger(value);
    const read = decimal(source);
    const written = decimal(String(value));
    if (!read || !written)
        return false;
    return read.sign !== written.sign || read.digits !== written.digits || read.exponent !== written.exponent;
}
/** Collects lossy literals while a parser meets numbers, then gives the warnings and the table. */
class NumberLiteralLog {
    file;
    /** By value: its one literal (and whether that is lossy), or null when several literals give it. */
    byKey = new Map();
    notes = [];
    constructor(file) {
        this.file = file;
    }
    /** Every number met goes through here; only long literals, exponents and -0 can be lossy. */
    meet(source, value, pointer, position) {
        if (source.length <= 15 && !/[eE]/.test(source) && !(value === 0 && source.startsWith('-')))
            return;
        const lossy = isLossyNumber(source, value);
        const key = numberKey(value);
        const known = this.byKey.get(key);
        // Two literals giving one value cannot both be written back from it.
        this.byKey.set(key, known === undefined ? { source, lossy } : known?.source === source ? known : null);
        if (!lossy)
            return;
        const at = pointer();
        this.notes.push({
            code: 'SPEC_NUMBER_PRECISION',
            severity: 'warning',
            message: `The number ${source} at ${at || '/'} cannot be held exactly as a JavaScript number; it is read as ${written(value)}.`,
            pointer: at,
            location: { file: this.file, pointer: at, ...position() }
        });
    }
    /** Literals to write back; not for 0 or infinities, which other literals give too. */
    get literals() {
        const table = new Map();
        for (const [key, entry] of this.byKey)
            if (entry?.lossy && key !== '0' && Number.isFinite(Number(key)))
                table.set(key, entry.source);
        return table;
    }
}
/** One table for several files' literals; a value two files write differently is written as read. */
function mergeNumberLiterals(tables) {
    const merged = new Map();
    for (const table of tables)
        for (const [key, source] of table) {
            const known = merged.get(key);
            merged.set(key, known === undefined || known === source ? source : null);
        }
    const table = new Map();
    for (const [key, source] of merged)
        if (source !== null)
            table.set(key, source);
    return table;
}
function written(value) {
    return Object.is(value, -0)
        ? '-0 (written as 0 in JSON)'
        : Number.isFinite(value)
            ? String(value)
            : `${value} (written as null in JSON)`;
}


/***/ }),

/***/ 9877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jr: () => (/* binding */ LOCATED_DEPTH),
  M1: () => (/* binding */ MAX_NESTING),
  qF: () => (/* binding */ parseJson)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/pointer.ts
var engine_pointer = __webpack_require__(8227);
// EXTERNAL MODULE: ./src/engine/load/count-keys.ts
var count_keys = __webpack_require__(9225);
// EXTERNAL MODULE: ./src/engine/load/number-literals.ts
var number_literals = __webpack_require__(8451);
// EXTERNAL MODULE: ./src/engine/load/json-strings.ts
var json_strings = __webpack_require__(982);
;// CONCATENATED MODULE: ./src/engine/load/json-numbers.ts
/**
 * The number literals of a JSON text that a double cannot hold as written, with their pointers and
 * places. It reads the whole text, so it runs only when the parsed data holds a suspect value.
 */



/** Whether a parsed value may come from a literal it does not hold: past 2^53, long, infinite or -0. */
function isSuspectNumber(value) {
    if (value === 0)
        return Object.is(value, -0);
    if (Number.isInteger(value))
        return !Number.isSafeInteger(value);
    return !Number.isFinite(value) || String(value).length >= 17;
}
function jsonNumberNotes(text, file) {
    const log = new number_literals/* NumberLiteralLog */.hz(file);
    const stack = [];
    let line = 1;
    let lineStart = 0;
    let expectKey = false;
    const pointer = () => stack.map(frame => '/' + (frame.isObject ? (0,engine_pointer/* escapeToken */.tj)(frame.key) : String(frame.index))).join('');
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10 /* \n */) {
            line++;
            lineStart = i + 1;
        }
        else if (ch === 34 /* " */) {
            const j = (0,json_strings/* closingQuote */.m)(text, i);
            if (expectKey) {
                const raw = text.slice(i + 1, j);
                stack[stack.length - 1].key = raw.includes('\\') ? JSON.parse(text.slice(i, j + 1)) : raw;
            }
            expectKey = false;
            i = j;
        }
        else if (ch === 123 /* { */ || ch === 91 /* [ */) {
            stack.push({ isObject: ch === 123, index: 0, key: '' });
            expectKey = ch === 123;
        }
        else if (ch === 125 /* } */ || ch === 93 /* ] */) {
            stack.pop();
        }
        else if (ch === 44 /* , */) {
            const frame = stack[stack.length - 1];
            if (frame.isObject)
                expectKey = true;
            else
                frame.index++;
        }
        else if (ch === 45 /* - */ || (ch >= 48 && ch <= 57)) {
            let end = i + 1;
            while (end < text.length && /[\d.eE+-]/.test(text[end]))
                end++;
            const source = text.slice(i, end);
            const column = i - lineStart + 1;
            log.meet(source, Number(source), pointer, () => ({ line, column }));
            i = end - 1;
        }
    }
    return { notes: log.notes, numberLiterals: log.literals };
}

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






/** Keys this deep (paths → path → method → field) are recorded in one scan; deeper ones are looked up. */
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
    // The text is read for its numbers only when the walk met a value that may not be as written.
    const numbers = tree.suspectNumbers ? jsonNumberNotes(text, file) : { notes: [], numberLiterals: new Map() };
    return {
        data,
        externalRefs: tree.externalRefs,
        ...numbers,
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
 * How many keys the parsed objects hold, whether a `$ref` among them points outside the document, and
 * whether a number may not be as written. Walked without recursion: the nesting is checked only after
 * this walk, by the count of the text.
 */
function surveyTree(data) {
    let keys = 0;
    let externalRefs = false;
    let suspectNumbers = typeof data === 'number' && isSuspectNumber(data);
    const stack = [data];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        if (Array.isArray(node)) {
            for (const child of node) {
                if (typeof child === 'object')
                    stack.push(child);
                else if (typeof child === 'number' && isSuspectNumber(child))
                    suspectNumbers = true;
            }
            continue;
        }
        for (const key in node) {
            keys++;
            const child = node[key];
            if (typeof child === 'object')
                stack.push(child);
            else if (typeof child === 'number')
                suspectNumbers ||= isSuspectNumber(child);
            else if (key === '$ref' && typeof child === 'string' && !child.startsWith('#'))
                externalRefs = true;
        }
    }
    return { keys, externalRefs, suspectNumbers };
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
            const j = (0,json_strings/* closingQuote */.m)(text, i);
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

/***/ 90:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ze: () => (/* binding */ withLiterals),
/* harmony export */   l2: () => (/* binding */ JSON_NUMBER),
/* harmony export */   qr: () => (/* binding */ YAML_NUMBER)
/* harmony export */ });
/* harmony import */ var _load_number_literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8451);
/**
 * Writes numbers as the source wrote them where a double does not hold them (see
 * load/number-literals.ts): the serializer's replacer puts a mark in place of each such number, and the
 * marks in the text are then replaced by the literals. A document whose own text holds the mark
 * character is written without literals rather than risk replacing its text.
 */

const MARK = '\uE000';
const MARKED = /(["']?)\uE000(\d+)\uE000\1/g;
/** JSON's number grammar, for literals read from YAML that JSON cannot hold as they are. */
const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
/** YAML 1.2 core numbers: what a reader of a YAML slice reads back as a number. */
const YAML_NUMBER = /^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$/;
/**
 * Serializes with the literals put back. `write` is given a replacer to pass to its serializer; the
 * text it gives back has every marked number written as its literal.
 */
function withLiterals(literals, grammar, write) {
    const marked = [];
    let clash = false;
    const text = write((_key, value) => {
        if (typeof value === 'number') {
            const source = literals.get((0,_load_number_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .numberKey */ .Hk)(value));
            if (source === undefined || !grammar.test(source))
                return value;
            marked.push(source);
            return `${MARK}${marked.length - 1}${MARK}`;
        }
        if (typeof value === 'string')
            clash ||= value.includes(MARK);
        else if (typeof value === 'object' && value !== null && !Array.isArray(value))
            for (const key in value)
                clash ||= key.includes(MARK);
        return value;
    });
    if (clash)
        return undefined;
    return marked.length === 0
        ? text
        : text.replace(MARKED, (_, _quote, index) => marked[Number(index)]);
}


/***/ }),

/***/ 8227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ formatPointer),
/* harmony export */   ko: () => (/* binding */ unescapeToken),
/* harmony export */   po: () => (/* binding */ pointerText),
/* harmony export */   qL: () => (/* binding */ derefLocal),
/* harmony export */   sM: () => (/* binding */ getAt),
/* harmony export */   tj: () => (/* binding */ escapeToken),
/* harmony export */   vp: () => (/* binding */ parsePointer)
/* harmony export */ });
/* unused harmony exports parseRef, isLocalRef, startsWithTokens */
/* harmony import */ var _json_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5978);
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
        // Decoded in place, not with map: every token list is then one kind of array, like the literal
        // ones, so the loops over tokens stay optimised (docs/performance.md).
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

/***/ 5242:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

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
const formats10 = (__webpack_require__(779)/* .fullFormats */ .U9).regex;
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
const formats14 = (__webpack_require__(779)/* .fullFormats */ .U9).uri;

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
const func0 = (__webpack_require__(4951)/* ["default"] */ .A);
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

};
