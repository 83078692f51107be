import { createHash } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { OaTokens } from "./zalo-api"

/** Created by this provider's migration (see migrations/): one row per Zalo app. */
const TABLE = "zalo_oa_token"

export type StoredAccessToken = { accessToken: string; expiresAt: Date }

type TokenRow = {
  refresh_token: string
  access_token: string | null
  access_token_expires_at: Date | null
}

const digest = (token: string) =>
  createHash("sha256").update(token).digest("hex")

const storedAccessToken = (row: TokenRow): StoredAccessToken | null =>
  row.access_token && row.access_token_expires_at
    ? {
        accessToken: row.access_token,
        expiresAt: new Date(row.access_token_expires_at),
      }
    : null

/**
 * The Official Account's tokens in the shared database. Zalo's refresh token is single-use and
 * rotates at every renewal, so it lives here rather than in a process: a restarted backend, or
 * any other server or worker, continues from the newest one.
 */
export class OaTokenStore {
  constructor(
    private readonly pg: Knex,
    private readonly appId: string,
    private readonly configuredRefreshToken: string
  ) {}

  /**
   * Stores the configured refresh token when the app has no row yet, or when the configured
   * token is not the one the row started from (an officer authorized the app again, e.g. after
   * the stored token expired). Only the configured token's digest is compared, so every
   * process starting with the same setting keeps the rotated token it finds.
   */
  async adoptConfiguredToken(): Promise<void> {
    await this.pg.raw(
      `INSERT INTO ${TABLE} (app_id, refresh_token, seed_digest)
       VALUES (?, ?, ?)
       ON CONFLICT (app_id) DO UPDATE SET
         refresh_token = EXCLUDED.refresh_token,
         seed_digest = EXCLUDED.seed_digest,
         access_token = NULL,
         access_token_expires_at = NULL,
         updated_at = now()
       WHERE ${TABLE}.seed_digest <> EXCLUDED.seed_digest`,
      [
        this.appId,
        this.configuredRefreshToken,
        digest(this.configuredRefreshToken),
      ]
    )
  }

  /** The stored access token, if any: maybe renewed meanwhile by another process. */
  async current(): Promise<StoredAccessToken | null> {
    const row: TokenRow | undefined = await this.pg(TABLE)
      .where({ app_id: this.appId })
      .first("refresh_token", "access_token", "access_token_expires_at")
    return row ? storedAccessToken(row) : null
  }

  /**
   * Renews the access token under the row's lock, so that of several processes renewing at
   * once one spends the refresh token and the others wait and take its result. Returns the
   * stored access token without renewing when it is not `stale` and `usable` accepts it.
   */
  async renew(
    stale: string | null,
    usable: (token: StoredAccessToken) => boolean,
    exchange: (refreshToken: string) => Promise<OaTokens>
  ): Promise<StoredAccessToken> {
    return this.pg.transaction(async (trx) => {
      const row = await this.lockRow(trx)
      const stored = storedAccessToken(row)
      if (stored && stored.accessToken !== stale && usable(stored)) {
        return stored
      }
      const tokens = await exchange(row.refresh_token)
      const renewed = {
        accessToken: tokens.accessToken,
        expiresAt: new Date(Date.now() + tokens.expiresInSeconds * 1000),
      }
      await trx(TABLE).where({ app_id: this.appId }).update({
        refresh_token: tokens.refreshToken,
        access_token: renewed.accessToken,
        access_token_expires_at: renewed.expiresAt,
        updated_at: trx.fn.now(),
      })
      return renewed
    })
  }

  /** The app's row, locked until the transaction ends; seeded again if it was removed. */
  private async lockRow(trx: Knex.Transaction): Promise<TokenRow> {
    await trx(TABLE)
      .insert({
        app_id: this.appId,
        refresh_token: this.configuredRefreshToken,
        seed_digest: digest(this.configuredRefreshToken),
      })
      .onConflict("app_id")
      .ignore()
    return trx(TABLE)
      .where({ app_id: this.appId })
      .forUpdate()
      .first("refresh_token", "access_token", "access_token_expires_at")
  }
}
