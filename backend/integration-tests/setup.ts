import path from "node:path"
import { register } from "ts-node"

// Medusa requires medusa-config.ts and src/**/*.ts at run time, so the forked test process
// compiles them on the fly with the backend's own tsconfig.
register({
  project: path.join(__dirname, "..", "tsconfig.json"),
  transpileOnly: true,
})
