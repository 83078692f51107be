/** Long side of a photo before it leaves the phone; the backend resizes to 1600 px wide anyway. */
const MAX_SIDE = 2000

/**
 * Shrinks a camera photo in the browser so it uploads quickly on a slow 3G connection. A picture
 * the browser cannot decode (HEIC on most Android phones) is sent as it is and the backend decides.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height))
    if (scale === 1 && file.size < 1024 * 1024) {
      bitmap.close()
      return file
    }
    const canvas = document.createElement("canvas")
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas
      .getContext("2d")
      ?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, "image/jpeg", 0.85)
    )
    if (!blob) return file
    const name = file.name.replace(/\.[^.]+$/, "") || "photo"
    return new File([blob], `${name}.jpg`, { type: "image/jpeg" })
  } catch {
    return file
  }
}
