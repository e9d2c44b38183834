#!/usr/bin/env node
// Checked before the bundle loads, in syntax every Node.js can read: on an older Node.js, one line
// and exit code 2 instead of a crash somewhere inside the bundle.
var major = Number(String(process.versions.node).split('.')[0]);
if (!(major >= 22)) {
    process.stderr.write('sanction: Node.js 22 or later is needed; this is Node.js ' + process.versions.node + '\n');
    process.exit(2);
}
require('../dist/sanction.cjs');
