#!/usr/bin/env node
// The published CLI is the committed bundle, so `npx rehearse` needs no build step.
import '../dist/cli/index.js';
