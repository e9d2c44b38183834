#!/usr/bin/env node
require("../dist/sanction.cjs");
