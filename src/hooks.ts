import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /en/datasets/x/ is served by the route /datasets/x/
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
