import { describe, expect, it } from "vitest"
import { imageHosts } from "../image-hosts"

describe("hosts product photos may come from", () => {
  it("allows the backend's uploads on this machine during development", () => {
    expect(imageHosts({})).toEqual([
      { protocol: "http", hostname: "localhost", pathname: "/static/**" },
      { protocol: "http", hostname: "127.0.0.1", pathname: "/static/**" },
    ])
  })

  it("adds the public backend's uploads in a deployment", () => {
    expect(imageHosts({ backendUrl: "https://api.xuantho.vn" })).toContainEqual(
      { protocol: "https", hostname: "api.xuantho.vn", pathname: "/static/**" }
    )
  })

  it("adds the S3 file store's public address, keeping its port and folder", () => {
    const hosts = imageHosts({
      backendUrl: "https://api.xuantho.vn",
      fileStoreUrl: "https://files.xuantho.vn:9443/market/",
    })
    expect(hosts).toContainEqual({
      protocol: "https",
      hostname: "files.xuantho.vn",
      port: "9443",
      pathname: "/market/**",
    })
  })

  it("allows a bucket served from its host's root", () => {
    expect(
      imageHosts({
        fileStoreUrl: "https://market.s3.ap-southeast-1.amazonaws.com",
      })
    ).toContainEqual({
      protocol: "https",
      hostname: "market.s3.ap-southeast-1.amazonaws.com",
      pathname: "/**",
    })
  })
})
