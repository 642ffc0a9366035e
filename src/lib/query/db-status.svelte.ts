/** The DuckDB-WASM start-up state, shown by the dashboard ("筛选引擎加载中…") and read by tests and the bench. */
export type DbState = 'idle' | 'loading' | 'ready' | 'error';
export const dbStatus = $state<{ state: DbState; message: string; ms: number | null }>({ state: 'idle', message: '', ms: null });
