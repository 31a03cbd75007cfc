/** Vite config: the app lives in web/src; the API is proxied to the server in development. */
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const apiPort = process.env.PORT ?? "3000";

export default defineConfig({
  root: "web/src",
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { "/api": `http://127.0.0.1:${apiPort}` },
  },
  worker: { format: "es" },
});
