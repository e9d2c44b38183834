import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadCorpus } from './corpus.js';
import { InputGenerator, type FuzzInput } from './generate.js';
import { minimise } from './minimise.js';
import { FAILURE_CLASSES, fuzzServices, runPipeline, STAGES, type Failure, type FailureClass, type PipelineOptions } from './pipeline.js';
import { hash32 } from './prng.js';
import { formatRegression, parseRegression, readRegressions } from './regression-file.js';

/**
 * The fuzzer: `npm run fuzz -- --seconds 300 --seed 1`.
 *
 * Generates inputs (test/fuzz/generate.ts) and runs each through every provider of the language
 * server (test/fuzz/pipeline.ts) in a child process, so that a call that never returns (a true
 * infinite loop) can be killed and reported as a hang. Each new failure is minimised (by lines,
 * then characters) and saved under test/robustness/regressions/, which test/robustness/
 * regressions.test.ts runs. Prints a summary by failure class; exits 1 if anything failed.
 *
 *   --seconds N         fuzzing time (minimising is not counted)               default 60
 *   --seed S            the run's seed: input i of seed S is always the same   default 1
 *   --start I           the first input index                                   default 0
 *   --inputs N          stop after N inputs (whatever the time)
 *   --call-limit MS     a call taking longer is a hang                          default 2000
 *   --kill-after MS     a call running this long is killed (the child restarts) default 20000
 *   --minimise-seconds  time for minimising one failure                         default 60
 *   --no-minimise       save failures as found
 *   --no-save           save nothing
 *   --max-saves N       saved failures per class in one run                     default 8
 *   --out DIR           where failures are saved          default test/robustness/regressions
 *   --report FILE       also write the summary as JSON
 *   --show I            print input I of the seed and what it fails, and stop
 *   --file PATH         run one file through the pipeline (thorough), print what fails, and stop
 */
interface Args {
    seconds: number;
    seed: number;
    start: number;
    inputs?: number;
    callLimit: number;
    killAfter: number;
    minimiseSeconds: number;
    minimise: boolean;
    save: boolean;
    maxSaves: number;
    out: string;
    report?: string;
    show?: number;
    file?: string;
    child: boolean;
}

function parseArgs(argv: string[], root: string): Args {
    const args: Args = {
        seconds: 60, seed: 1, start: 0, callLimit: 2000, killAfter: 20_000, minimiseSeconds: 60, minimise: true, save: true,
        maxSaves: 8, out: join(root, 'test', 'robustness', 'regressions'), child: false
    };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined) {
                throw new Error(`${flag} needs a value`);
            }
            return v;
        };
        const number = () => {
            const v = Number(value());
            if (!Number.isFinite(v)) {
                throw new Error(`${flag} needs a number`);
            }
            return v;
        };
        switch (flag) {
            case '--seconds': args.seconds = number(); break;
            case '--seed': args.seed = number(); break;
            case '--start': args.start = number(); break;
            case '--inputs': args.inputs = number(); break;
            case '--call-limit': args.callLimit = number(); break;
            case '--kill-after': args.killAfter = number(); break;
            case '--minimise-seconds': args.minimiseSeconds = number(); break;
            case '--no-minimise': args.minimise = false; break;
            case '--no-save': args.save = false; break;
            case '--max-saves': args.maxSaves = number(); break;
            case '--out': args.out = resolve(value()); break;
            case '--report': args.report = resolve(value()); break;
            case '--show': args.show = number(); break;
            case '--file': args.file = resolve(value()); break;
            case '--child': args.child = true; break;
            case '--help': case '-h':
                console.log('usage: npm run fuzz -- [--seconds N] [--seed S] [--inputs N] [--call-limit MS] [--no-save] [--no-minimise] [--show I] [--file PATH] (see test/fuzz/fuzz.ts)');
                process.exit(0);
                break;
            default:
                throw new Error(`unknown option ${flag}`);
        }
    }
    return args;
}

export async function main(argv: string[], root: string): Promise<number> {
    const args = parseArgs(argv, root);
    if (args.child) {
        return child();
    }
    return parent(args, root);
}

// ---------------------------------------------------------------------------------------------
// The child: runs inputs through the pipeline as the parent sends them
// ---------------------------------------------------------------------------------------------

type ToChild = { type: 'run'; id: number; text: string; options: Omit<PipelineOptions, 'stages' | 'onCall'> & { stages?: string[] } };
type FromChild =
    | { type: 'ready' }
    | { type: 'call'; id: number; stage: string }
    | { type: 'result'; id: number; failures: Failure[]; ms: number };

async function child(): Promise<number> {
    fuzzServices();
    // A call that went over the limit may still reject later: that is already reported.
    process.on('unhandledRejection', () => undefined);
    const send = (message: FromChild) => process.send?.(message);
    let queue = Promise.resolve();
    process.on('message', (message: ToChild) => {
        queue = queue.then(async () => {
            const started = performance.now();
            const { stages, ...rest } = message.options;
            let failures: Failure[];
            // The watchdog hears of a new stage, and of the same one at most every 500 ms: a message
            // for each of thousands of calls would queue up, and not leave while a call blocks.
            let lastStage = '';
            let lastSent = 0;
            const onCall = (stage: string) => {
                const now = performance.now();
                if (stage !== lastStage || now - lastSent > 500) {
                    send({ type: 'call', id: message.id, stage });
                    lastStage = stage;
                    lastSent = now;
                }
            };
            try {
                failures = await runPipeline(message.text, { ...rest, ...(stages ? { stages: new Set(stages) } : {}), onCall });
            } catch (error) {
                // The fuzzer's own fault: say so rather than stall.
                const text = error instanceof Error ? error.stack ?? error.message : String(error);
                failures = [{ kind: 'crash', stage: 'fuzzer', signature: `crash|fuzzer|${text.split('\n')[0]}`, message: `the fuzzer failed: ${text}` }];
            }
            send({ type: 'result', id: message.id, failures, ms: performance.now() - started });
        }).catch(() => undefined);
    });
    send({ type: 'ready' });
    await new Promise<void>(resolve => process.on('disconnect', () => resolve()));
    return 0;
}

interface RunResult {
    failures: Failure[];
    ms: number;
}

/** Runs inputs in a child process; kills and restarts it when a call runs past `killAfter`. */
class Executor {
    private process?: ChildProcess;
    private ready?: Promise<void>;
    private current?: { id: number; stage: string; started: number; resolve: (result: RunResult) => void; timer?: ReturnType<typeof setTimeout> };
    private nextId = 0;
    restarts = 0;

    constructor(private readonly script: string, private readonly killAfter: number) {}

    private start(): void {
        const child = fork(this.script, ['--child'], {
            execArgv: ['--enable-source-maps', '--max-old-space-size=3072'],
            serialization: 'advanced',
            stdio: ['ignore', 'ignore', process.env.SANCTION_FUZZ_VERBOSE ? 'inherit' : 'ignore', 'ipc'],
            env: process.env
        });
        this.process = child;
        this.ready = new Promise(resolve => {
            child.on('message', (message: FromChild) => {
                if (message.type === 'ready') {
                    resolve();
                } else {
                    this.onMessage(message);
                }
            });
        });
        child.on('exit', (code, signal) => {
            if (this.process !== child) {
                return; // killed by the watchdog: already reported
            }
            this.process = undefined;
            const current = this.current;
            if (current) {
                this.finish({
                    failures: [{
                        kind: 'crash', stage: current.stage, signature: `crash|${current.stage}|process exited`,
                        message: `the process exited during ${current.stage} (${signal ?? `code ${code}`})`
                    }],
                    ms: performance.now() - current.started
                });
            }
        });
    }

    async run(text: string, options: ToChild['options']): Promise<RunResult> {
        if (!this.process) {
            this.start();
        }
        await this.ready;
        const child = this.process!;
        return new Promise(resolve => {
            const id = ++this.nextId;
            this.current = { id, stage: 'build', started: performance.now(), resolve };
            this.arm();
            child.send({ type: 'run', id, text, options } satisfies ToChild);
        });
    }

    private arm(): void {
        const current = this.current;
        if (!current) {
            return;
        }
        clearTimeout(current.timer);
        current.timer = setTimeout(() => this.kill(), this.killAfter);
    }

    private onMessage(message: FromChild): void {
        const current = this.current;
        if (!current || message.type === 'ready' || message.id !== current.id) {
            return;
        }
        if (message.type === 'call') {
            current.stage = message.stage;
            this.arm();
        } else {
            this.finish({ failures: message.failures, ms: message.ms });
        }
    }

    private finish(result: RunResult): void {
        const current = this.current;
        if (!current) {
            return;
        }
        clearTimeout(current.timer);
        this.current = undefined;
        current.resolve(result);
    }

    private kill(): void {
        const current = this.current;
        const child = this.process;
        this.process = undefined;
        this.restarts++;
        child?.kill('SIGKILL');
        if (current) {
            this.finish({
                failures: [{
                    kind: 'hang', stage: current.stage, signature: `hang|${current.stage}`, ms: this.killAfter,
                    message: `${current.stage} did not finish within ${this.killAfter} ms: killed`
                }],
                ms: performance.now() - current.started
            });
        }
    }

    stop(): void {
        const child = this.process;
        this.process = undefined;
        child?.disconnect();
    }
}

// ---------------------------------------------------------------------------------------------
// The parent: generates, runs, minimises, saves, reports
// ---------------------------------------------------------------------------------------------

interface Known {
    failure: Failure;
    inputs: number;
    firstInput: number;
    origin: string;
    saved?: string;
    alreadySaved?: string;
}

function stageToRun(failure: Failure): string[] {
    if (failure.stage === 'code-actions') {
        return ['fix'];
    }
    return (STAGES as readonly string[]).includes(failure.stage) && failure.stage !== 'build' ? [failure.stage] : [];
}

async function parent(args: Args, root: string): Promise<number> {
    const script = process.argv[1];
    const executor = new Executor(script, args.killAfter);
    const pipelineOptions = { callLimitMs: args.callLimit, settleMs: args.killAfter };
    try {
        if (args.file) {
            const text = readFileSync(args.file, 'utf8');
            const content = args.file.endsWith('.sanction') ? parseRegression(args.file, text).input : text;
            const result = await executor.run(content, { ...pipelineOptions, thorough: true });
            printFailures(result.failures);
            return result.failures.length > 0 ? 1 : 0;
        }
        const corpus = loadCorpus(root);
        const generator = new InputGenerator(args.seed, fuzzServices().Grammar, corpus);
        if (args.show !== undefined) {
            const input = generator.generate(args.show);
            console.log(`input ${input.index} of seed ${args.seed} (${input.origin}), ${input.text.length} characters:\n${input.text}\n---`);
            const result = await executor.run(input.text, pipelineOptions);
            printFailures(result.failures);
            return result.failures.length > 0 ? 1 : 0;
        }
        return await fuzz(args, root, executor, generator, corpus.length);
    } finally {
        executor.stop();
    }
}

function printFailures(failures: Failure[]): void {
    if (failures.length === 0) {
        console.log('no failure');
    }
    for (const failure of failures) {
        console.log(`${failure.kind} (${failure.stage}): ${failure.message}${failure.detail ? ` [${failure.detail}]` : ''}`);
        for (const frame of failure.frames ?? []) {
            console.log(`    at ${frame}`);
        }
    }
}

async function fuzz(args: Args, root: string, executor: Executor, generator: InputGenerator, corpusSize: number): Promise<number> {
    const pipelineOptions = { callLimitMs: args.callLimit, settleMs: args.killAfter };
    const savedSignatures = new Map(readRegressions(args.out).filter(r => r.signature).map(r => [r.signature!, r.file]));
    const known = new Map<string, Known>();
    const byClass = new Map<FailureClass, number>();
    const savesByClass = new Map<FailureClass, number>();
    const slowest = new Map<string, number>();
    let unconfirmedHangs = 0;
    let inputs = 0;
    let fuzzMs = 0;
    let minimiseMs = 0;
    let lastProgress = performance.now();
    console.log(`fuzzing for ${args.seconds} s, seed ${args.seed}, from input ${args.start}; corpus of ${corpusSize} documents; a call over ${args.callLimit} ms is a hang`);
    for (let index = args.start; ; index++) {
        if (fuzzMs > args.seconds * 1000 || (args.inputs !== undefined && inputs >= args.inputs)) {
            break;
        }
        const input = generator.generate(index);
        const started = performance.now();
        const result = await executor.run(input.text, pipelineOptions);
        let failures = result.failures;
        // A hang is confirmed by a second run of that request alone (the machine may just have been busy).
        const hangs = failures.filter(f => f.kind === 'hang' && !f.message.endsWith('killed'));
        for (const hang of hangs) {
            const again = await executor.run(input.text, { ...pipelineOptions, stages: stageToRun(hang) });
            if (!again.failures.some(f => f.signature === hang.signature)) {
                failures = failures.filter(f => f !== hang);
                unconfirmedHangs++;
            }
        }
        fuzzMs += performance.now() - started;
        inputs++;
        for (const failure of failures) {
            if (failure.kind === 'hang') {
                slowest.set(failure.stage, Math.max(slowest.get(failure.stage) ?? 0, failure.ms ?? 0));
            }
        }
        for (const kind of new Set(failures.map(f => f.kind))) {
            byClass.set(kind, (byClass.get(kind) ?? 0) + 1);
        }
        for (const failure of failures) {
            const entry = known.get(failure.signature);
            if (entry) {
                entry.inputs++;
                continue;
            }
            const fresh: Known = { failure, inputs: 1, firstInput: index, origin: input.origin };
            known.set(failure.signature, fresh);
            console.log(`  new: ${failure.kind} (${failure.stage}) at input ${index}: ${failure.message}${topFrames(failure.frames ?? []).map(f => `\n       at ${f}`).join('')}`);
            const already = savedSignatures.get(failure.signature);
            if (already) {
                fresh.alreadySaved = already;
                continue;
            }
            if (args.save && (savesByClass.get(failure.kind) ?? 0) < args.maxSaves) {
                const before = performance.now();
                const file = await save(args, root, executor, input, failure);
                minimiseMs += performance.now() - before;
                if (file) {
                    fresh.saved = file;
                    savedSignatures.set(failure.signature, file);
                    savesByClass.set(failure.kind, (savesByClass.get(failure.kind) ?? 0) + 1);
                }
            }
        }
        if (performance.now() - lastProgress > 15_000) {
            lastProgress = performance.now();
            const failing = [...byClass.values()].reduce((a, b) => a + b, 0);
            console.log(`  … ${inputs} inputs in ${Math.round(fuzzMs / 1000)} s, ${known.size} distinct failures (${failing} class-inputs)`);
        }
    }
    const summary = {
        seed: args.seed, start: args.start, inputs, fuzzSeconds: Math.round(fuzzMs / 1000), minimiseSeconds: Math.round(minimiseMs / 1000),
        restarts: executor.restarts, unconfirmedHangs,
        classes: Object.fromEntries(FAILURE_CLASSES.map(kind => [kind, {
            inputs: byClass.get(kind) ?? 0,
            distinct: [...known.values()].filter(k => k.failure.kind === kind).length
        }])),
        slowestHangMs: Object.fromEntries(slowest),
        failures: [...known.values()].sort((a, b) => b.inputs - a.inputs).map(k => ({
            kind: k.failure.kind, stage: k.failure.stage, message: k.failure.message, frames: k.failure.frames ?? [], inputs: k.inputs,
            firstInput: k.firstInput, origin: k.origin, signature: k.failure.signature,
            ...(k.saved ? { saved: relative(root, k.saved) } : {}), ...(k.alreadySaved ? { alreadySaved: k.alreadySaved } : {})
        }))
    };
    printSummary(summary);
    if (args.report) {
        writeFileSync(args.report, JSON.stringify(summary, null, 2) + '\n');
    }
    return known.size > 0 ? 1 : 0;
}

type Summary = {
    seed: number; inputs: number; fuzzSeconds: number; minimiseSeconds: number; restarts: number; unconfirmedHangs: number;
    classes: Record<string, { inputs: number; distinct: number }>;
    slowestHangMs: Record<string, number>;
    failures: Array<{ kind: string; stage: string; message: string; frames: string[]; inputs: number; firstInput: number; origin: string; saved?: string; alreadySaved?: string }>;
};

function printSummary(summary: Summary): void {
    console.log('');
    console.log(`${summary.inputs} inputs in ${summary.fuzzSeconds} s of fuzzing (seed ${summary.seed}), ${summary.minimiseSeconds} s minimising, ${summary.restarts} restarts after a kill${summary.unconfirmedHangs ? `, ${summary.unconfirmedHangs} slow calls not confirmed as hangs` : ''}`);
    console.log('');
    console.log(`${'class'.padEnd(28)}${'inputs'.padStart(8)}${'distinct'.padStart(10)}`);
    for (const [kind, { inputs, distinct }] of Object.entries(summary.classes)) {
        console.log(`${kind.padEnd(28)}${String(inputs).padStart(8)}${String(distinct).padStart(10)}`);
    }
    if (Object.keys(summary.slowestHangMs).length > 0) {
        console.log('');
        console.log(`slowest hangs: ${Object.entries(summary.slowestHangMs).map(([stage, ms]) => `${stage} ${ms} ms`).join(', ')}`);
    }
    if (summary.failures.length > 0) {
        console.log('');
        for (const failure of summary.failures) {
            console.log(`${failure.kind} (${failure.stage}) ×${failure.inputs}, first at input ${failure.firstInput}: ${failure.message}`);
            for (const frame of topFrames(failure.frames)) {
                console.log(`    at ${frame}`);
            }
            if (failure.saved || failure.alreadySaved) {
                console.log(`    ${failure.saved ? 'saved as' : 'already saved as'} ${failure.saved ?? failure.alreadySaved}`);
            }
        }
    }
}

/** The top three frames, and the first in the project's sources if it is not among them. */
function topFrames(frames: string[]): string[] {
    const top = frames.slice(0, 3);
    const own = frames.find(f => f.includes('language/src/'));
    return own && !top.includes(own) ? [...top, '…', own] : top;
}

/** Minimises a failure and saves it as a regression file; its path, or undefined if it did not reproduce. */
async function save(args: Args, root: string, executor: Executor, input: FuzzInput, failure: Failure): Promise<string | undefined> {
    const hang = failure.kind === 'hang';
    const base = { callLimitMs: args.callLimit, settleMs: args.killAfter };
    const options = { ...base, thorough: !hang, stages: stageToRun(failure) };
    const reproduces = async (candidate: string) => (await executor.run(candidate, options)).failures.some(f => f.signature === failure.signature);
    let text = input.text;
    let note = 'not minimised';
    if (args.minimise) {
        if (!(await reproduces(text))) {
            console.log(`    (did not reproduce on its own: not saved)`);
            return undefined;
        }
        const started = performance.now();
        const budget = { evaluations: hang ? 40 : 600, deadline: performance.now() + args.minimiseSeconds * 1000 };
        const result = await minimise(text, reproduces, budget);
        text = result.text;
        note = `minimised from ${input.text.length} to ${text.length} characters (${result.evaluations} tries, ${Math.round((performance.now() - started) / 1000)} s)`;
    }
    const header = [
        `// Fuzz regression: ${failure.kind} in ${failure.stage}.`,
        `// ${failure.message}`,
        ...topFrames(failure.frames ?? []).map(f => `//   at ${f}`),
        `// Found by npm run fuzz -- --seed ${args.seed} (input ${input.index}: ${input.origin}); ${note}.`,
        `// signature: ${failure.signature}`,
        '// The input is everything after the next line; test/robustness/regressions.test.ts runs it through every provider.'
    ];
    if (!existsSync(args.out)) {
        mkdirSync(args.out, { recursive: true });
    }
    const stage = failure.stage.replace(/[^a-z0-9-]+/gi, '-');
    const file = join(args.out, `${failure.kind}-${stage}-${hash32(failure.signature).toString(16).padStart(8, '0')}.sanction`);
    writeFileSync(file, formatRegression(header, text));
    console.log(`    saved ${relative(root, file)} (${note})`);
    return file;
}
