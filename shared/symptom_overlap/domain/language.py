"""A cheap guess at whether free text is written in English, for a notice (never for scoring).

Everyday English is full of short function words ("the", "my", "and", "is"), and symptom text
uses the words of the knowledge base's own vocabulary; text in other languages, or keyboard
mashing, has almost none of either. Text written mostly in another script (Chinese, Arabic, Hindi ...)
is not English however few its words: Chinese has no spaces to count words by. No language model is loaded.
"""

from __future__ import annotations

import re

from symptom_overlap.knowledge.derived import per_version
from symptom_overlap.knowledge.schema import KnowledgeBase

# Words that are common in English and rare in other languages written in Latin letters; words
# that other languages share (such as "a", "no", "me", "to") are left out on purpose.
FUNCTION_WORDS = frozenset(
    {
        "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "both", "but", "by", "can", "can't", "could", "did", "didn't", "do", "does", "doesn't",
        "don't", "down", "each", "even", "every", "feel", "feeling", "feels", "felt", "few", "for", "from", "get",
        "gets", "getting", "go", "going", "got", "had", "has", "have", "having", "he", "her", "here", "him", "his",
        "how", "i", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "just", "keep", "know",
        "last", "like", "little", "lot", "many", "more", "most", "much", "my", "myself", "not", "now", "of", "off",
        "on", "once", "only", "or", "other", "our", "out", "over", "own", "really", "same", "she", "should", "since",
        "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "through", "too", "under", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "why", "will", "with", "won't", "would", "you", "your", "weeks", "week", "months", "month",
        "years", "year", "days", "day", "ago", "worse", "better",
    }
)  # fmt: skip
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
MIN_WORDS = 4  # fewer words than this cannot be judged
MIN_ENGLISH_SHARE = 0.15  # English symptom text is usually 35% or more such words
MIN_OTHER_SCRIPT_LETTERS = 4  # Chinese says "chest pain" in two characters; four can be judged
FIRST_NON_LATIN = 0x370  # Greek onwards: every letter before it is Latin


def looks_like_english(text: str, knowledge_base: KnowledgeBase) -> bool | None:
    """True or False when the text is long enough to judge, None when it is not."""
    if not text.isascii() and _mostly_another_script(text):
        return False
    words = [word.casefold() for word in WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    english = FUNCTION_WORDS | vocabulary(knowledge_base)
    return sum(word in english for word in words) / len(words) >= MIN_ENGLISH_SHARE


def _mostly_another_script(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    other = sum(ord(char) >= FIRST_NON_LATIN for char in letters)
    return other >= MIN_OTHER_SCRIPT_LETTERS and other * 2 >= len(letters)


@per_version
def vocabulary(knowledge_base: KnowledgeBase) -> frozenset[str]:
    """Every word of the evidence labels, synonyms and normal terms, four letters or longer."""
    phrases = (
        phrase
        for evidence in knowledge_base.evidence
        for phrase in (evidence.label, *evidence.synonyms, *evidence.normal_terms)
    )
    return frozenset(word.casefold() for phrase in phrases for word in WORD.findall(phrase) if len(word) >= 4)
