// The `?script` imports are typed by crxjs itself; the project tsconfig lists only browser and node types.
/// <reference types="@crxjs/vite-plugin/client" />
