import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file atomically: the text goes to a temporary file beside it, which is then renamed over
 * it, so a reader never sees half a file and a failed write leaves the old one. Creates the folder.
 * Keeps the mode of a file it replaces.
 */
export function writeFileAtomic(file: string, text: string): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    let mode: number | undefined;
    try {
        mode = fs.statSync(file).mode & 0o7777;
    } catch {
        mode = undefined;
    }
    try {
        fs.writeFileSync(temporary, text, mode !== undefined ? { mode } : {});
        fs.renameSync(temporary, file);
    } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
    }
}
