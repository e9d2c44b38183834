#!/usr/bin/env node
// The bundle needs Node.js 20 or later: say so in one line rather than fail on some syntax.
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
    process.stderr.write(`sanction: Node.js 20 or later is needed; this is Node.js ${process.versions.node}\n`);
    process.exit(2);
}
require("../dist/sanction.cjs");
