interface ImportMetaEnv {
  readonly VITE_NEWSROOM_API?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
