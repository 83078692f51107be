/**
 * Answers to recent searches, each valid only for the index generation it was computed at
 * (the catalogue row's write clock, read on every search): a write anywhere — this process,
 * a worker, another server — changes the generation, so nothing stale is ever served.
 * Shoppers repeat queries (the empty browse page, facet clicks, popular words), and an answer
 * costs a few milliseconds of CPU to rebuild. Copies go in and out, because callers (the
 * Search Module merging disjunctive facets) may change what they receive.
 */
export class ResultCache<T> {
  private readonly entries = new Map<string, { generation: string; value: T }>()

  constructor(private readonly capacity: number) {}

  get(key: string, generation: string): T | undefined {
    const entry = this.entries.get(key)
    if (!entry || entry.generation !== generation) {
      return undefined
    }
    // Re-inserted so that the Map's order stays least recently used first.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return structuredClone(entry.value)
  }

  set(key: string, generation: string, value: T): void {
    if (this.capacity <= 0 || !generation) {
      return
    }
    this.entries.delete(key)
    this.entries.set(key, { generation, value: structuredClone(value) })
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string)
    }
  }
}
