import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";

// Three pages: the explorer (index.html), the review of duplicates
// (review.html) and GraphiQL (playground.html). The Go server embeds dist/
// and serves /, /review, /playground and /assets/*.
// During `npm run dev`, /graphql and /healthz are proxied to the Go server.
const api = process.env.COALITION_URL || "http://127.0.0.1:8080";

export default defineConfig({
  base: "/",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true, // public/.gitkeep is copied back, so dist/.gitkeep survives
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 4096, // monaco (playground only) is big by nature
    rollupOptions: {
      // graphiql's "use no memo" directives are harmless when bundled.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
      input: {
        index: resolve(import.meta.dirname, "index.html"),
        playground: resolve(import.meta.dirname, "playground.html"),
        review: resolve(import.meta.dirname, "review.html"),
      },
    },
  },
  worker: { format: "es" },
  server: {
    proxy: {
      "/graphql": api,
      "/healthz": api,
    },
  },
});
