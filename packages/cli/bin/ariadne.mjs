#!/usr/bin/env node
// The CLI runs from TypeScript source through tsx's loader: no build step between a clone and a run.
import { register } from "tsx/esm/api";

register();
const { runFromProcess } = await import("../src/main.ts");
runFromProcess();
