/** Test helper: run a panel's bound SQL with @duckdb/node-api over a folder of contract Parquet files. */
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import type { Bound } from '../../src/lib/query/selection.ts';
import { DATA_TABLES } from '../../src/lib/server/build/aggregates.ts';

export async function openParquet(dir: string) {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const t of DATA_TABLES) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
	return {
		async all<T = Record<string, unknown>>(bound: Bound): Promise<T[]> {
			const reader = await conn.runAndReadAll(bound.sql, bound.params);
			return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))) as T[];
		},
		close() {
			conn.disconnectSync();
			instance.closeSync();
		}
	};
}

/** Agency-type and theme labels as DOMAIN.md §4 and §5 print them. */
export const DOMAIN_LABELS = {
	types: new Map([
		['gov_office', '人民政府/政府办公室/政务服务'],
		['industry_it', '工信/经信/科技'],
		['commerce', '商务/经济合作/投促']
	]),
	themes: new Map([
		['staff', '队伍/人员能力'],
		['interpretation', '政策解读'],
		['content_depth', '公开内容深度/丰富度'],
		['timeliness_quality', '信息质量与时效/报送'],
		['platform_channel', '平台与渠道'],
		['publicity_reach', '宣传与知晓率'],
		['technology', '新技术/智能化'],
		['enterprise_service', '企业服务']
	])
};
