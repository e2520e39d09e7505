/** The intake service's public answers (GET /registry, GET /public-notices), typed by the contracts. */
export type { FiledSpace, NoticeView as Notice, Page } from '@makerspace/contracts/browser';
