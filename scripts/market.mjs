// Entry point of the root npm scripts: `npm start`, `npm run dev`, `npm test`.
// Only Node's own modules are imported before dependencies are installed.
const command = process.argv[2]

if (command === "start" || command === "dev") {
  const { start } = await import("./start.mjs")
  await start({ dev: command === "dev" })
} else if (command === "test") {
  const { test } = await import("./test.mjs")
  process.exitCode = await test()
} else {
  process.stderr.write("usage: node scripts/market.mjs start|dev|test\n")
  process.exitCode = 2
}
