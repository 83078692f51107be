/** The part of an axios response the specs read. */
export type ApiResponse<TData = unknown> = {
  status: number
  data: TData
  headers?: Record<string, string | undefined>
}

/**
 * The requests shared fixtures send through the test runner's `api` (an axios instance);
 * each call names the body it expects back.
 */
export type TestApi = {
  get<TData = unknown>(
    url: string,
    config?: unknown
  ): Promise<ApiResponse<TData>>
  post<TData = unknown>(
    url: string,
    body?: unknown,
    config?: unknown
  ): Promise<ApiResponse<TData>>
  put<TData = unknown>(
    url: string,
    body?: unknown,
    config?: unknown
  ): Promise<ApiResponse<TData>>
  patch<TData = unknown>(
    url: string,
    body?: unknown,
    config?: unknown
  ): Promise<ApiResponse<TData>>
  delete<TData = unknown>(
    url: string,
    config?: unknown
  ): Promise<ApiResponse<TData>>
}

/** Medusa's error body: what a refused request answers. */
export type ErrorBody = {
  type?: string
  message: string
  errors?: { field: string; message?: string }[]
}

/** The answer a refused request carried: axios puts it on the error it rejects with. */
export function responseOf<TData = ErrorBody>(
  error: unknown
): ApiResponse<TData> {
  if (typeof error === "object" && error !== null && "response" in error) {
    return error.response as ApiResponse<TData>
  }
  throw error
}

/** What Medusa's `/auth/<actor>/emailpass` routes answer: the bearer token. */
export type TokenResponse = { token: string }

/** The answer of a request that may be refused: its status, error body and headers either way. */
export function settled(
  request: Promise<unknown>
): Promise<ApiResponse<ErrorBody>> {
  return request.then(
    (response) => response as ApiResponse<ErrorBody>,
    (error: unknown) => responseOf(error)
  )
}
