import { readMarketEnv } from "../env"
import { searchModule } from "../search"

const DATABASE_URL = "postgres://market:secret@localhost:5432/market"

const providerOf = (source: NodeJS.ProcessEnv) =>
  searchModule(readMarketEnv({ DATABASE_URL, ...source })).options.providers[0]

describe("search provider selection", () => {
  it("uses our PostgreSQL provider (typo matching on the folded name) by default", () => {
    expect(providerOf({})).toMatchObject({
      resolve: "./src/modules/providers/search-postgres",
      id: "postgres",
      options: { typo_field: "folded" },
    })
  })

  it("uses our Meilisearch provider when MEILISEARCH_HOST is set", () => {
    expect(
      providerOf({
        MEILISEARCH_HOST: "http://meilisearch:7700",
        MEILISEARCH_API_KEY: "master-key",
      })
    ).toEqual({
      resolve: "./src/modules/providers/meilisearch",
      id: "meilisearch",
      options: { host: "http://meilisearch:7700", api_key: "master-key" },
    })
  })

  it("stops the boot when MEILISEARCH_HOST is not a URL, naming the setting", () => {
    expect(() => providerOf({ MEILISEARCH_HOST: "not a url" })).toThrow(
      /MEILISEARCH_HOST/
    )
  })

  it("stops the boot when only MEILISEARCH_API_KEY is set", () => {
    expect(() => providerOf({ MEILISEARCH_API_KEY: "master-key" })).toThrow(
      /MEILISEARCH_HOST is required when MEILISEARCH_API_KEY is set/
    )
  })
})
