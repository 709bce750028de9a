// Owns the compile-time constants Vite injects into the renderer.
declare const __APP_VERSION__: string;
