// Built into NEXT_DIST_DIR so that a bench run leaves no build of its own behind in the folder.
const nextConfig = { distDir: process.env.NEXT_DIST_DIR ?? ".next" }

export default nextConfig
