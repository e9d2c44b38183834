/**
 * Delta debugging (Zeller's ddmin, complements first): the smallest text, by lines and then by
 * characters, that still shows the failure. `reproduces` says whether a candidate does.
 */
export interface MinimiseBudget {
    /** At most this many candidates are tried. */
    evaluations: number;
    /** Stop at this time (performance.now()). */
    deadline: number;
}

export async function minimise(text: string, reproduces: (candidate: string) => Promise<boolean>, budget: MinimiseBudget): Promise<{ text: string; evaluations: number }> {
    let evaluations = 0;
    const cache = new Map<string, boolean>();
    const exhausted = () => evaluations >= budget.evaluations || performance.now() > budget.deadline;
    const test = async (candidate: string): Promise<boolean> => {
        if (exhausted()) {
            return false;
        }
        const known = cache.get(candidate);
        if (known !== undefined) {
            return known;
        }
        evaluations++;
        const result = await reproduces(candidate);
        cache.set(candidate, result);
        return result;
    };
    let current = text;
    current = (await ddmin(current.split(/(?<=\n)/), units => test(units.join('')), exhausted)).join('');
    if (current.length > 3000 && !exhausted()) {
        // By words and spaces first: by characters would take too many tries.
        current = (await ddmin(current.match(/\s+|[^\s]+/g) ?? [], units => test(units.join('')), exhausted)).join('');
    }
    if (current.length <= 3000 && !exhausted()) {
        current = (await ddmin([...current.split('')], units => test(units.join('')), exhausted)).join('');
    }
    // Lines that became empty, or spaces at the ends of lines, can often go too.
    const tidy = current.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n');
    if (tidy !== current && await test(tidy)) {
        current = tidy;
    }
    return { text: current, evaluations };
}

/** ddmin over units; stops as soon as the budget is spent (`exhausted`), with the smallest found so far. */
async function ddmin<T>(units: T[], test: (units: T[]) => Promise<boolean>, exhausted: () => boolean): Promise<T[]> {
    let n = 2;
    while (units.length >= 2 && !exhausted()) {
        const size = Math.ceil(units.length / n);
        let reduced = false;
        for (let start = 0; start < units.length && !exhausted(); start += size) {
            const complement = [...units.slice(0, start), ...units.slice(start + size)];
            if (await test(complement)) {
                units = complement;
                n = Math.max(n - 1, 2);
                reduced = true;
                break;
            }
        }
        if (!reduced && n === 2) {
            // A half on its own may show it, where neither complement does.
            for (let start = 0; start < units.length && !reduced; start += size) {
                const subset = units.slice(start, start + size);
                if (subset.length < units.length && await test(subset)) {
                    units = subset;
                    reduced = true;
                }
            }
        }
        if (!reduced) {
            if (n >= units.length) {
                break;
            }
            n = Math.min(units.length, n * 2);
        }
    }
    if (units.length === 1 && await test([])) {
        return [];
    }
    return units;
}
