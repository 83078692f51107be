// Prints each phase of a long command with its duration, so a slow step is visible at once.
const started = Date.now()

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`
}

export async function phase(name, work) {
  const begin = Date.now()
  process.stdout.write(`▸ ${name}…\n`)
  try {
    const result = await work()
    process.stdout.write(`✔ ${name} (${seconds(Date.now() - begin)})\n`)
    return result
  } catch (error) {
    process.stdout.write(`✘ ${name} (${seconds(Date.now() - begin)})\n`)
    throw error
  }
}

export function elapsed() {
  return seconds(Date.now() - started)
}
