// The edition of the rules this build plays, recorded in every save. A save written under another
// edition may not mean the same game any more: it opens as a replay if every move still applies,
// and is refused (naming its edition) if not. Bump this whenever a rules change can alter what a
// recorded move list plays out to.
//
// It lives in the client for now because the client is what writes saves; the kernel's owner will
// move it into src/rules, next to the rules it numbers.
export const RULES_VERSION = 1;
