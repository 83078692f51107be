import type { Logger, SearchTypes } from "@medusajs/framework/types"
import {
  AbstractSearchProviderService,
  MedusaError,
} from "@medusajs/framework/utils"
import type { EnqueuedTask, Meilisearch, Task } from "meilisearch" with {
  "resolution-mode": "import",
}
import { deletionTarget } from "./deletion"
import { toMedusaError } from "./errors"
import { toEpochMs } from "./filters"
import {
  MeilisearchOptionsSchema,
  type MeilisearchOptions,
  type MeilisearchOptionsInput,
} from "./options"
import { mapPath } from "./paths"
import { planQuery } from "./query"
import { toSearchResult, type MeilisearchSearchResponse } from "./results"
import { datePaths, planFields, toMeilisearchSettings } from "./settings"

type Definition = SearchTypes.ResolvedSearchIndexDefinition
type SearchTask = SearchTypes.SearchTask

// Several task uids travel in one SearchTask id when a write went out in several batches.
const TASK_ID_SEPARATOR = ","

const batches = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size)
  )

/**
 * Search Module provider backed by Meilisearch: builds indexes from the definitions,
 * writes in batches as asynchronous tasks the module can wait for, and translates queries.
 */
export default class MeilisearchSearchProviderService extends AbstractSearchProviderService {
  static identifier = "meilisearch"

  protected readonly options_: MeilisearchOptions
  protected readonly logger_?: Logger
  protected client_?: Promise<Meilisearch>

  constructor(
    { logger }: { logger?: Logger },
    options: MeilisearchOptionsInput
  ) {
    super()
    const parsed = MeilisearchOptionsSchema.safeParse(options ?? {})
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        `Meilisearch search provider misconfigured: ${parsed.error.issues
          .map((issue) => issue.message)
          .join("; ")}`
      )
    }
    this.options_ = parsed.data
    this.logger_ = logger
  }

  /** The client is an ES module, so it is loaded on first use rather than required. */
  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch: Client }) =>
        new Client({
          host: this.options_.host,
          apiKey: this.options_.api_key,
          timeout: this.options_.request_timeout_ms,
          defaultWaitOptions: { timeout: this.options_.task_timeout_ms },
        })
    )
    return this.client_
  }

  protected async call<T>(
    action: string,
    run: (client: Meilisearch) => Promise<T>
  ) {
    try {
      return await run(await this.client())
    } catch (error) {
      throw toMedusaError(error, action)
    }
  }

  protected enqueued(index: string, tasks: EnqueuedTask[]): SearchTask {
    return {
      id: tasks.map((task) => task.taskUid).join(TASK_ID_SEPARATOR),
      index,
      status: "enqueued",
    }
  }

  protected settled(index: string | undefined, tasks: Task[]): SearchTask {
    const failed = tasks.find((task) => task.status !== "succeeded")
    if (!failed) {
      return {
        id: tasks.map((t) => t.uid).join(TASK_ID_SEPARATOR),
        index,
        status: "succeeded",
      }
    }
    return {
      id: String(failed.uid),
      index,
      status: "failed",
      error: {
        message:
          failed.error?.message ??
          `Meilisearch task ${failed.uid} was ${failed.status}`,
        code: failed.error?.code,
      },
    }
  }

  async waitForTask(
    task: SearchTask,
    options?: { timeout_ms?: number }
  ): Promise<SearchTask> {
    if (!task.id) {
      return task
    }
    const uids = task.id.split(TASK_ID_SEPARATOR).map(Number)
    const timeout = options?.timeout_ms ?? this.options_.task_timeout_ms
    const tasks = await this.call(`waiting for task ${task.id}`, (client) =>
      client.tasks.waitForTasks(uids, { timeout })
    )
    return this.settled(task.index, tasks)
  }

  async upsertIndex({ index }: { index: Definition }): Promise<SearchTask> {
    const uid = index.physical_name
    const settings = toMeilisearchSettings(index, this.getIdentifier())
    const created = await this.call(`creating index "${uid}"`, (client) =>
      client.createIndex(uid, { primaryKey: index.primary_key }).waitTask()
    )
    if (
      created.status !== "succeeded" &&
      created.error?.code !== "index_already_exists"
    ) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch could not create index "${uid}": ${created.error?.message ?? created.status}`
      )
    }
    // The module never waits on this task, and documents must not arrive before the settings.
    const updated = await this.call(`configuring index "${uid}"`, (client) =>
      client.index(uid).updateSettings(settings).waitTask()
    )
    if (updated.status !== "succeeded") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Meilisearch refused the settings of index "${uid}": ${updated.error?.message ?? updated.status}`
      )
    }
    return { id: String(updated.uid), index: uid, status: "succeeded" }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTask> {
    const task = await this.call(`deleting index "${index}"`, (client) =>
      client.deleteIndex(index)
    )
    return this.enqueued(index, [task])
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await this.call("listing indexes", (client) =>
      client.getStats()
    )
    return Object.entries(stats.indexes).map(([name, info]) => ({
      name,
      provider: this.getIdentifier(),
      document_count: info.numberOfDocuments,
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: Definition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTask> {
    const dates = datePaths(planFields(definition))
    const stored = documents.map((document) => {
      const copy: Record<string, unknown> = dates.length
        ? structuredClone(document)
        : document
      for (const path of dates) {
        mapPath(copy, path, (value) =>
          value === null || value === undefined ? value : toEpochMs(value)
        )
      }
      return copy
    })
    const tasks = await this.call(`writing documents to "${index}"`, (client) =>
      Promise.all(
        batches(stored, this.options_.batch_size).map((batch) =>
          client.index(index).addDocuments(batch, {
            primaryKey: definition.primary_key,
          })
        )
      )
    )
    return this.enqueued(index, tasks)
  }

  async deleteDocuments({
    index,
    filters,
  }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTask> {
    const target = deletionTarget(filters)
    const tasks = await this.call(
      `deleting documents from "${index}"`,
      (client) =>
        "ids" in target
          ? Promise.all(
              batches(target.ids, this.options_.batch_size).map((ids) =>
                client.index(index).deleteDocuments(ids)
              )
            )
          : client
              .index(index)
              .deleteDocuments({ filter: target.filter })
              .then((task) => [task])
    )
    return this.enqueued(index, tasks)
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTask> {
    const task = await this.call(`clearing index "${index}"`, (client) =>
      client.index(index).deleteAllDocuments()
    )
    return this.enqueued(index, [task])
  }

  async search(
    input: SearchTypes.ProviderSearchQuery
  ): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query — and each range facet's count — in one `POST /multi-search` round trip. */
  async searchMany(
    inputs: SearchTypes.ProviderSearchQuery[]
  ): Promise<SearchTypes.SearchResult[]> {
    const plans = inputs.map((input) => planQuery(input, this.getIdentifier()))
    const queries = plans.flatMap((plan) => [plan.main, ...plan.rangeQueries])
    const { results } = await this.call("searching", (client) =>
      client.multiSearch({ queries })
    )
    const responses = results as unknown as MeilisearchSearchResponse[]
    let offset = 0
    return plans.map((plan) => {
      const main = responses[offset]
      const ranges = responses.slice(
        offset + 1,
        offset + 1 + plan.rangeQueries.length
      )
      offset += 1 + plan.rangeQueries.length
      return toSearchResult(plan, main, ranges)
    })
  }
}
