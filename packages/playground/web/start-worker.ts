/**
 * Starts the language server's worker first of all (main.ts imports this module before Monaco),
 * so that the worker loads while Monaco sets itself up.
 */
export const serverWorker = new Worker('./server.worker.js', { type: 'module' });
