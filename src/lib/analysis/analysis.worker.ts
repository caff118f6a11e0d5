// The analysis runs here, off the page's thread, so a large file never freezes the page; progress is posted back.
// The messages are typed in analysisProtocol.ts, which the page's client (site/analyze/analysisClient.svelte.ts) shares.
import { answerAnalysisRequest, type AnalysisReply, type AnalysisRequest } from './analysisProtocol';

const post = (reply: AnalysisReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (e: MessageEvent<AnalysisRequest>) => answerAnalysisRequest(e.data, post);
