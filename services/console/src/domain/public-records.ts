/** The intake service's public answers (GET /registry, GET /public-notices), typed by the service itself. */
export type { FiledSpace, NoticeView as Notice } from '../../../intake/src/registry/registry.service';
export type { Page } from '../../../intake/src/registry/registry.dto';
