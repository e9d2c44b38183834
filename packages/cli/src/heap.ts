import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/**
 * Keeps the heap of a long lint run near what it holds. Each batch's syntax trees outlive several
 * young-generation collections, so they are promoted and die in the old generation, which V8 lets
 * grow to a few times the live data before collecting it: 10,000 orders peaked at over 500 MB
 * with under 60 MB live (issue 12). After a batch, when the heap has grown by `slackBytes` since
 * the last full collection, `collect` runs one.
 *
 * `gc` is exposed at run time because a bin cannot pass V8 flags to its own process; where that
 * fails, nothing is collected by hand and only memory, never the result, differs.
 */
export class HeapKeeper {
    private readonly gc = exposedGc();
    private floor = usedHeap();

    constructor(private readonly slackBytes: number) {}

    collect(): void {
        if (this.gc && usedHeap() - this.floor > this.slackBytes) {
            this.gc();
            this.floor = usedHeap();
        }
    }
}

function usedHeap(): number {
    return v8.getHeapStatistics().used_heap_size;
}

let exposed: (() => void) | null | undefined;

function exposedGc(): (() => void) | null {
    if (exposed === undefined) {
        try {
            v8.setFlagsFromString('--expose-gc');
            const gc: unknown = vm.runInNewContext('gc');
            exposed = typeof gc === 'function' ? gc as () => void : null;
        } catch {
            exposed = null;
        }
    }
    return exposed;
}
