import * as fs from 'node:fs';
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { describeFsError } from './errors.js';

/**
 * Reading input the way a linter must: only regular files (a FIFO or a device would block or never
 * end), up to a size limit, and only text (UTF-8 without NUL bytes). Anything else is refused with
 * a one-line reason naming what is wrong and, for bytes, where; nothing of the file is echoed.
 */

/** A few MB: far above any real order, far below what would exhaust memory or time. */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

/** An input the CLI refuses to read, with the one-line reason. */
export class RefusedInput extends Error {
    readonly code = 'ESANCTIONINPUT';
    constructor(reason: string) {
        super(reason);
        this.name = 'RefusedInput';
    }
}

/** "4 MB", "512 kB", "100 bytes". */
export function formatSize(bytes: number): string {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) {
        return `${bytes / (1024 * 1024)} MB`;
    }
    if (bytes >= 1024 * 1024) {
        return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
    }
    if (bytes >= 1024 && bytes % 1024 === 0) {
        return `${bytes / 1024} kB`;
    }
    return `${bytes} bytes`;
}

/** "4MB", "4 MB", "512kB", "100000": bytes, or undefined when it is not a size. */
export function parseSize(text: string): number | undefined {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(b|bytes?|kb|k|mb|m)?\s*$/i.exec(text);
    if (!match) {
        return undefined;
    }
    const unit = (match[2] ?? 'b').toLowerCase();
    const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
    const bytes = Math.floor(Number(match[1]) * factor);
    return bytes > 0 ? bytes : undefined;
}

function kindOf(stats: fs.Stats): string {
    if (stats.isDirectory()) {
        return 'is a folder, not a file';
    }
    if (stats.isFIFO()) {
        return 'is a FIFO (named pipe), not a regular file';
    }
    if (stats.isCharacterDevice() || stats.isBlockDevice()) {
        return 'is a device, not a regular file';
    }
    if (stats.isSocket()) {
        return 'is a socket, not a regular file';
    }
    return 'is not a regular file';
}

/**
 * The byte offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
 * surrogates and code points above U+10FFFF are not), or -1.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need: number;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b === 0xe0) lo = 0xa0;
            if (b === 0xed) hi = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b === 0xf0) lo = 0x90;
            if (b === 0xf4) hi = 0x8f;
        } else {
            return i;
        }
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            const low = k === 1 ? lo : 0x80;
            const high = k === 1 ? hi : 0xbf;
            if (c === undefined || c < low || c > high) {
                return i;
            }
        }
        i += need + 1;
    }
    return -1;
}

/** The text of bytes that must be UTF-8 text, or the reason they are not. */
export function decodeText(bytes: Uint8Array): string {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        throw new RefusedInput(`not a text file: NUL byte at byte offset ${nul}`);
    }
    try {
        // Keep a byte order mark as the text's first character, as the editor does: offsets stay put.
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
        const offset = invalidUtf8Offset(bytes);
        throw new RefusedInput(`not UTF-8 text: invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at byte offset ${offset}`);
    }
}

/**
 * Reads a file that must be a regular text file no larger than `maxSize` bytes. The file is looked
 * at before it is opened (a FIFO is never opened), opened without blocking, and looked at again
 * through the open descriptor (it may have been swapped meanwhile); it is read up to one byte past
 * the limit, whatever its size claims.
 */
export function readTextFile(file: string, maxSize: number): string {
    const before = fs.statSync(file);
    if (!before.isFile()) {
        throw new RefusedInput(kindOf(before));
    }
    if (before.size > maxSize) {
        throw tooLarge(before.size, maxSize);
    }
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
        const stats = fs.fstatSync(fd);
        if (!stats.isFile()) {
            throw new RefusedInput(kindOf(stats));
        }
        // Read until the end or one byte past the limit, whatever the size claims (/proc says 0).
        const chunks: Buffer[] = [];
        let length = 0;
        while (length <= maxSize) {
            const chunk = Buffer.alloc(Math.min(Math.max(stats.size - length, 64 * 1024), maxSize + 1 - length));
            const read = fs.readSync(fd, chunk, 0, chunk.length, null);
            if (read === 0) {
                break;
            }
            chunks.push(chunk.subarray(0, read));
            length += read;
        }
        if (length > maxSize) {
            throw tooLarge(length, maxSize);
        }
        const buffer = Buffer.concat(chunks, length);
        return decodeText(buffer);
    } finally {
        fs.closeSync(fd);
    }
}

function tooLarge(size: number, maxSize: number): RefusedInput {
    return new RefusedInput(`too large: ${size > maxSize + 1 ? formatSize(size) : `more than ${formatSize(maxSize)}`} (the limit is ${formatSize(maxSize)}; --max-file-size or maxFileSize in the configuration raises it)`);
}

/**
 * Langium's Node file system, reading every document and configuration file through
 * `readTextFile`. The reasons it refused files are kept by URI, so the CLI can tell a refused
 * input from a failure of its own while loading a document.
 */
export class GuardedFileSystemProvider extends NodeFileSystemProvider {
    readonly refused = new Map<string, string>();
    /**
     * Texts read instead of the files at these paths (stdin, text being fixed): a document is made
     * from its text when its batch loads it, not all of them before the first batch.
     */
    readonly texts = new Map<string, string>();

    constructor(readonly maxSize: number) {
        super();
    }

    override readFileSync(uri: URI): string {
        const text = this.texts.get(uri.fsPath);
        if (text !== undefined) {
            return text;
        }
        try {
            return readTextFile(uri.fsPath, this.maxSize);
        } catch (error) {
            this.refused.set(uri.toString(), describeReadFailure(error));
            throw error;
        }
    }

    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }
}

/** The one-line reason a file could not be read: ours for refused input, else the file system's. */
export function describeReadFailure(error: unknown): string {
    return error instanceof RefusedInput ? error.message : describeFsError(error);
}
