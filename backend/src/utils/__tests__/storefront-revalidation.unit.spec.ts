import type { Logger } from "@medusajs/framework/types"
import { revalidateStorefront } from "../storefront-revalidation"

const logger = () =>
  ({
    debug: vi.fn(),
    warn: vi.fn(),
    info: vi.fn(),
    error: vi.fn(),
  }) as unknown as Logger & {
    debug: ReturnType<typeof vi.fn>
    warn: ReturnType<typeof vi.fn>
  }

describe("revalidateStorefront", () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it("skips quietly when no secret is configured", async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal("fetch", fetchMock)
    const log = logger()

    const sent = await revalidateStorefront(["products"], log, {
      storefrontUrl: "http://storefront.test",
      secret: undefined,
    })

    expect(sent).toBe(false)
    expect(fetchMock).not.toHaveBeenCalled()
    expect(log.debug).toHaveBeenCalledWith(
      expect.stringMatching(/REVALIDATE_SECRET/)
    )
  })

  it("posts the tags with the shared secret", async () => {
    const fetchMock = vi.fn().mockResolvedValue({ ok: true, status: 200 })
    vi.stubGlobal("fetch", fetchMock)

    const sent = await revalidateStorefront(
      ["products", "producers"],
      logger(),
      {
        storefrontUrl: "http://storefront.test/",
        secret: "s3cret-s3cret-s3cret",
      }
    )

    expect(sent).toBe(true)
    expect(fetchMock).toHaveBeenCalledWith(
      "http://storefront.test/api/revalidate",
      expect.objectContaining({
        method: "POST",
        headers: expect.objectContaining({
          "x-revalidate-secret": "s3cret-s3cret-s3cret",
        }),
        body: JSON.stringify({ tags: ["products", "producers"] }),
      })
    )
  })

  it("logs a warning instead of throwing when the storefront is unreachable", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new Error("ECONNREFUSED")))
    const log = logger()

    const sent = await revalidateStorefront(["products"], log, {
      storefrontUrl: "http://storefront.test",
      secret: "s3cret-s3cret-s3cret",
    })

    expect(sent).toBe(false)
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/ECONNREFUSED/))
  })

  it("logs a warning when the storefront refuses the request", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue({ ok: false, status: 401 })
    )
    const log = logger()

    await revalidateStorefront(["products"], log, {
      storefrontUrl: "http://storefront.test",
      secret: "wrong-secret-wrong-secret",
    })

    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/401/))
  })
})
