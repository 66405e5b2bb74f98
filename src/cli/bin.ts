#!/usr/bin/env node
import { execute } from './cli.js';
import { nodeIo } from './node-io.js';

process.exitCode = await execute(process.argv.slice(2), nodeIo());
