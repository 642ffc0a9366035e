import { error } from '@sveltejs/kit';
import { isPanelId, PANEL_IDS } from '$lib/charts/common.ts';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered page per panel id: the ids are the public embed API.
export const entries: EntryGenerator = () => PANEL_IDS.map((panel) => ({ panel }));

export const load: PageLoad = ({ params }) => {
	if (!isPanelId(params.panel)) error(404, `没有这个图表：${params.panel}`);
	return { panel: params.panel };
};
