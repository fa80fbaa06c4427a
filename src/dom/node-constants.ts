/**
 * The numeric values of the `NodeFilter` and `Node` constants the DOM walkers use, instead of those
 * globals, which belong to one window and not to every realm (a content script's, an iframe's, jsdom's).
 */
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;
export const FILTER_ACCEPT = 1;
export const FILTER_REJECT = 2;
export const FILTER_SKIP = 3;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_POSITION_FOLLOWING = 0x4;
export const DOCUMENT_POSITION_CONTAINED_BY = 0x10;
