#!/usr/bin/env node
// The CLI is written in TypeScript and compiled to dist/ by `npm run build`.
require("../dist/src/cli/main.js")
